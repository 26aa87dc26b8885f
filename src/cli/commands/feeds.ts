/** @module feeds `broadsheet feeds add|list|remove`. */
import { AppError } from '../../domain/errors.js'
import { feedStatus } from '../../domain/feed.js'
import type { FeedId } from '../../domain/ids.js'
import type { Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'

export const feedsAddCommand: Command = {
  name: ['feeds', 'add'],
  usage: 'feeds add URL [--publisher NAME] [--folder NAME] [--json]',
  summary: 'subscribe to a feed, or to the feeds a web page links to',
  async run(args, ctx) {
    const { values, positionals } = parseFlags(
      args,
      { publisher: { type: 'string' }, folder: { type: 'string' }, json: { type: 'boolean' } },
      this.usage,
    )
    if (positionals.length !== 1) {
      throw new AppError('invalid-input', `expected one URL\nusage: broadsheet ${this.usage}`)
    }
    const app = await ctx.openApp(ctx.config())
    try {
      const result = await app.services.addFeed({
        url: positionals[0]!,
        publisherName: values.publisher,
        folder: values.folder,
      })
      if (values.json) ctx.out.json({ ok: true, data: result })
      else {
        const found = result.discoveredFrom ? ` (found on ${result.discoveredFrom})` : ''
        ctx.out.line(
          `${result.created ? 'added' : 'already subscribed:'} feed ${result.feed.id} ${result.feed.url}${found}, publisher "${result.publisher.name}"`,
        )
      }
      return 0
    } finally {
      await app.close()
    }
  },
}

export const feedsListCommand: Command = {
  name: ['feeds', 'list'],
  usage: 'feeds list [--json]',
  summary: "each feed's status, last error and next check",
  async run(args, ctx) {
    const { values } = parseFlags(args, { json: { type: 'boolean' } }, this.usage)
    const app = await ctx.openApp(ctx.config())
    try {
      const rows = (await app.services.listFeeds()).map(({ feed, publisher }) => ({
        id: feed.id,
        publisher: publisher.name,
        title: feed.title,
        url: feed.url,
        status: feedStatus(feed),
        entries: feed.entryCount,
        lastCheck: feed.lastCheckedAt,
        nextCheck: feed.nextCheckAt,
        errors: feed.consecutiveErrors,
        lastError: feed.lastErrorReason,
        lastErrorMessage: feed.lastErrorMessage,
        warnings: feed.warnings,
        fullTextFailures: feed.fullTextFailures,
        fullTextAttempts: feed.fullTextAttempts,
      }))
      if (values.json) ctx.out.json(rows)
      else {
        ctx.out.table(
          rows.map((r) => ({
            ...r,
            lastError: r.lastError
              ? `${r.lastError}: ${r.lastErrorMessage ?? ''}`.slice(0, 70)
              : null,
          })),
          [
            'id',
            'publisher',
            'status',
            'entries',
            'lastCheck',
            'nextCheck',
            'errors',
            'lastError',
            'url',
          ],
        )
      }
      return 0
    } finally {
      await app.close()
    }
  },
}

export const feedsRemoveCommand: Command = {
  name: ['feeds', 'remove'],
  usage: 'feeds remove FEED_ID...',
  summary: 'unsubscribe (the feed and its entries are deleted)',
  async run(args, ctx) {
    const { positionals } = parseFlags(args, {}, this.usage)
    if (positionals.length === 0) {
      throw new AppError('invalid-input', `expected feed IDs\nusage: broadsheet ${this.usage}`)
    }
    const ids = positionals.map(parseId)
    const app = await ctx.openApp(ctx.config())
    try {
      for (const id of ids) {
        await app.services.removeFeed(id)
        ctx.out.line(`removed feed ${id}`)
      }
      return 0
    } finally {
      await app.close()
    }
  },
}

export function parseId(text: string): FeedId {
  if (!/^\d+$/.test(text)) {
    throw new AppError('invalid-input', `"${text}" is not a feed ID (a number from \`feeds list\`)`)
  }
  return Number(text) as FeedId
}
