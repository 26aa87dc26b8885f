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
  /** resolves when SIGINT/SIGTERM arrives */
  shutdownSignal: Promise<string>
  readStdin(): Promise<string>
}

export interface Command {
  /** words that select it: ['feeds', 'add'] */
  name: string[]
  usage: string
  summary: string
  run(args: string[], ctx: CliContext): Promise<number>
}
