/** @module migrate `broadsheet migrate [--down]`: apply (or revert the last) schema migration. */
import { migrateDatabase } from '../../app.js'
import type { Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'

export const migrateCommand: Command = {
  name: ['migrate'],
  usage: 'migrate [--down]',
  summary: 'apply pending database migrations (or revert the last with --down)',
  async run(args, ctx) {
    const { values } = parseFlags(args, { down: { type: 'boolean' } }, this.usage)
    const result = await migrateDatabase(ctx.config(), values.down ? 'down' : 'up')
    for (const r of result.results ?? []) {
      ctx.out.line(
        `${r.direction === 'Up' ? 'applied' : 'reverted'} ${r.migrationName}: ${r.status}`,
      )
    }
    if (result.error) throw result.error
    if ((result.results ?? []).length === 0) {
      ctx.out.line(`${result.description}: schema is up to date`)
    }
    return 0
  },
}
