/** @module refresh `broadsheet refresh [--all | FEED_ID...]`: one pass, then a summary. */
import { AppError } from '../../domain/errors.js'
import type { Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'
import { parseId } from './feeds.js'

export const refreshCommand: Command = {
  name: ['refresh'],
  usage: 'refresh [--all | FEED_ID...] [--json]',
  summary: 'check feeds now (one pass), cluster what is new, print a summary',
  async run(args, ctx) {
    const { values, positionals } = parseFlags(
      args,
      { all: { type: 'boolean' }, json: { type: 'boolean' } },
      this.usage,
    )
    if (!values.all && positionals.length === 0) {
      throw new AppError(
        'invalid-input',
        `name feeds or pass --all\nusage: broadsheet ${this.usage}`,
      )
    }
    const ids = values.all ? 'all' : positionals.map(parseId)
    const app = await ctx.openApp(ctx.config())
    try {
      const total = ids === 'all' ? (await app.services.listFeeds()).length : ids.length
      const progress = ctx.out.progress('refreshing')
      let done = 0
      const failures: { feedId: number; reason: string; message: string }[] = []
      const started = Date.now()
      const summary = await app.services.refreshOnce(ids, (outcome) => {
        progress.update(++done, total)
        if (outcome.kind === 'failed') {
          failures.push({
            feedId: outcome.feedId,
            reason: outcome.reason,
            message: outcome.message,
          })
        }
      })
      progress.finish()
      const result = { ...summary, seconds: (Date.now() - started) / 1000, failures }
      if (values.json) ctx.out.json(result)
      else {
        ctx.out.line(
          `refreshed ${summary.refreshed} feeds in ${result.seconds.toFixed(1)} s: ${summary.updated} updated, ${summary.notModified} not modified, ${summary.failed} failed; ${summary.inserted} new entries, ${summary.clustered} clustered`,
        )
        for (const f of failures) ctx.out.line(`  feed ${f.feedId}: ${f.reason}: ${f.message}`)
      }
      return 0
    } finally {
      await app.close()
    }
  },
}
