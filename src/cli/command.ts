/** @module command The shape of one CLI command and the context every command gets. */
import type { App, AppOverrides } from '../app.js'
import type { Config } from '../config/load-config.js'
import type { Output } from './output.js'

export interface CliContext {
  out: Output
  /** loads and validates the configuration (throws invalid-config listing every problem) */
  config(overrides?: Record<string, string>): Config
  /** builds the app; the caller closes it */
  openApp(config: Config, overrides?: AppOverrides): Promise<App>
  /**
   * resolves with the first SIGINT or SIGTERM, for commands that stop gracefully
   * ({@link Command.stopsGracefully}); never resolves for the others, which end on the signal
   */
  shutdownSignal: Promise<string>
  readStdin(): Promise<string>
}

export interface Command {
  /** words that select it: ['feeds', 'add'] */
  name: string[]
  usage: string
  summary: string
  /**
   * a long-running command (serve, worker): the first SIGINT or SIGTERM asks it to stop
   * (`ctx.shutdownSignal`), a second ends the process at once. Any other command keeps Node's
   * default, so Ctrl-C ends it.
   */
  stopsGracefully?: boolean
  run(args: string[], ctx: CliContext): Promise<number>
}
