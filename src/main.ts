/**
 * @module main
 * The program: `broadsheet <command>`. Nothing else lives here.
 */
import { runCli } from './cli/run-cli.js'

export function main(argv: string[]): Promise<number> {
  return runCli(argv)
}
