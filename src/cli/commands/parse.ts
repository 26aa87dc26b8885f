/**
 * @module parse
 * `broadsheet parse [--base-url URL] FILE_OR_URL...`: one JSON object per input, one per line, in order.
 * A stable contract for other tools: see README. Unparseable input prints
 * `{"ok":false,"error":{"code","message"}}` on its line; the exit code is 1 if any input failed.
 */
import { createFetcherFromConfig } from '../../app.js'
import { AppError, isAppError } from '../../domain/errors.js'
import type { Fetcher } from '../../ingest/fetch/fetcher.js'
import { parseFeed, toParseOutput } from '../../ingest/parse/parse-feed.js'
import type { Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'
import { readInput } from './read-input.js'

export const parseCommand: Command = {
  name: ['parse'],
  usage: 'parse [--base-url URL] FILE_OR_URL...',
  summary: 'parse feeds and print one JSON object per input (stable contract)',
  async run(args, ctx) {
    const { values, positionals } = parseFlags(args, { 'base-url': { type: 'string' } }, this.usage)
    if (positionals.length === 0) {
      throw new AppError('invalid-input', `expected a file or URL\nusage: broadsheet ${this.usage}`)
    }
    let fetcher: Fetcher | null = null
    let failed = 0
    try {
      for (const input of positionals) {
        try {
          if (/^https?:\/\//i.test(input)) fetcher ??= createFetcherFromConfig(ctx.config())
          const { body, contentType, url } = await readInput(input, fetcher)
          const feed = parseFeed({ body, contentType, url, baseUrl: values['base-url'] ?? null })
          ctx.out.json(toParseOutput(feed))
        } catch (error) {
          failed++
          ctx.out.json({
            ok: false,
            error: {
              code: isAppError(error) ? error.code : 'internal',
              message: (error as Error).message,
            },
          })
        }
      }
    } finally {
      await fetcher?.close()
    }
    return failed > 0 ? 1 : 0
  },
}
