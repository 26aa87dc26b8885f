/**
 * @module run-cli
 * The command table and its dispatcher. `broadsheet help` lists every command; each command parses its
 * own flags with node's util.parseArgs, and every error ends as one line on stderr and a non-zero exit.
 */
import { createApp } from '../app.js'
import { loadConfig } from '../config/load-config.js'
import { AppError } from '../domain/errors.js'
import type { CliContext, Command } from './command.js'
import { clusterCommand } from './commands/cluster.js'
import { configCommand } from './commands/config.js'
import { dbCopyCommand } from './commands/db-copy.js'
import { extractCommand } from './commands/extract.js'
import { feedsAddCommand, feedsListCommand, feedsRemoveCommand } from './commands/feeds.js'
import { migrateCommand } from './commands/migrate.js'
import { exportCommand, importCommand } from './commands/opml.js'
import { parseCommand } from './commands/parse.js'
import { refreshCommand } from './commands/refresh.js'
import { serveCommand, workerCommand } from './commands/serve.js'
import { storiesCommands } from './commands/stories.js'
import { createOutput, type Output } from './output.js'

export const COMMANDS: Command[] = [
  serveCommand,
  workerCommand,
  migrateCommand,
  dbCopyCommand,
  refreshCommand,
  feedsAddCommand,
  feedsListCommand,
  feedsRemoveCommand,
  importCommand,
  exportCommand,
  ...storiesCommands,
  parseCommand,
  extractCommand,
  clusterCommand,
  configCommand,
]

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length))
  return [
    'broadsheet: all your news in one place',
    '',
    'usage: broadsheet <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Configuration comes from BROADSHEET_* environment variables: see docs/config.md or `broadsheet config`.',
  ].join('\n')
}

export async function runCli(argv: string[], out: Output = createOutput()): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    out.line(helpText())
    return argv.length === 0 ? 2 : 0
  }
  const command = COMMANDS.filter((c) => c.name.every((word, i) => argv[i] === word)).sort(
    (a, b) => b.name.length - a.name.length,
  )[0]
  if (!command) {
    return out.error(
      new AppError('invalid-input', `unknown command "${argv.join(' ')}"; run \`broadsheet help\``),
    )
  }
  const ctx: CliContext = {
    out,
    config: (overrides = {}) => loadConfig(undefined, process.cwd(), overrides),
    openApp: (config, overrides) => createApp(config, overrides),
    // installed before the command runs, so a signal that comes as soon as it says it is ready
    // is never missed
    shutdownSignal: command.stopsGracefully ? waitForShutdown() : new Promise<string>(() => {}),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
  }
  try {
    return await command.run(argv.slice(command.name.length), ctx)
  } catch (error) {
    return out.error(error)
  }
}

/**
 * Resolves with the first SIGINT or SIGTERM, so the command can stop gracefully; a second signal
 * of either kind ends the process at once (exit 130 or 143, as a shell reports a signal).
 */
function waitForShutdown(): Promise<string> {
  return new Promise((resolve) => {
    let received = false
    const onSignal = (signal: NodeJS.Signals): void => {
      if (received) process.exit(signal === 'SIGINT' ? 130 : 143)
      received = true
      resolve(signal)
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  })
}
