/**
 * @module db-copy
 * `broadsheet db copy [--from URL] --to URL [--json]`: moves an instance to another database (typically
 * the embedded SQLite file to PostgreSQL) and proves nothing was lost: per table, the row count and a
 * SHA-256 of the rows, computed on both sides. `--from` defaults to the configured database. Stop the
 * instance's web and worker processes first: a source that changes during the copy fails the check.
 */
import { copyInstance } from '../../app.js'
import { AppError } from '../../domain/errors.js'
import type { Command } from '../command.js'
import type { Progress } from '../output.js'
import { parseFlags } from '../parse-flags.js'

export const dbCopyCommand: Command = {
  name: ['db', 'copy'],
  usage: 'db copy [--from URL] --to URL [--json]',
  summary: 'copy this instance to another database (e.g. SQLite to PostgreSQL), verified',
  async run(args, ctx) {
    const { values, positionals } = parseFlags(
      args,
      { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
      this.usage,
    )
    if (!values.to || positionals.length > 0) {
      throw new AppError(
        'invalid-input',
        `db copy: ${values.to ? `unexpected argument "${positionals[0]}"` : '--to URL is required'}\nusage: broadsheet ${this.usage}`,
      )
    }
    const from = values.from ?? ctx.config().databaseUrl
    let progress: Progress | null = null
    let table = ''
    const result = await copyInstance(from, values.to, (p) => {
      if (values.json || p.phase !== 'copy') return
      if (p.table !== table) {
        progress?.finish()
        table = p.table
        progress = ctx.out.progress(`db copy: ${table}`)
      }
      progress!.update(p.done, p.total)
    }).finally(() => progress?.finish())
    if (values.json) {
      ctx.out.json(result)
      return 0
    }
    ctx.out.line(`copied ${result.from} to ${result.to} in ${result.seconds.toFixed(1)} s`)
    ctx.out.table(result.tables, ['table', 'rows', 'checksum'])
    ctx.out.line(
      `verified: every table has the same rows and SHA-256 on both sides; ${result.searchIndexed} entries in the search index`,
    )
    return 0
  },
}
