/**
 * @module fetch-full-text
 * For new entries that carry only a teaser, fetch the article page through the same guarded fetcher and
 * replace the teaser with the extracted article. Returns the feed's extraction health for this run.
 */
import type { EntryStore } from '../db/entry-store.js'
import type { FullTextMode } from '../domain/feed.js'
import type { EntryId } from '../domain/ids.js'
import type { Logger } from '../lib/logger.js'
import { extractArticle } from './extract/extract-article.js'
import { type Fetcher, isCancelled } from './fetch/fetcher.js'
import { decodeBody } from './parse/decode-body.js'

export interface FullTextDeps {
  entries: Pick<EntryStore, 'byIds' | 'setFullText'>
  fetcher: Fetcher
  logger: Logger
}

export interface FullTextHealth {
  attempts: number
  failures: number
  lastError: string | null
}

/** Pages fetched at once for one feed; the fetcher's per-host limit applies on top. */
const PARALLEL = 4

/**
 * `signal` cancels what is left (a stopping worker): pages not yet fetched are skipped and a
 * cancelled fetch counts as neither an attempt nor a failure; the entries keep their feed text.
 */
export async function fetchFullText(
  entryIds: readonly EntryId[],
  mode: FullTextMode,
  deps: FullTextDeps,
  signal?: AbortSignal,
): Promise<FullTextHealth> {
  const health: FullTextHealth = { attempts: 0, failures: 0, lastError: null }
  if (mode === 'never' || entryIds.length === 0) return health
  const entries = (await deps.entries.byIds(entryIds)).filter(
    (e) => e.url && (mode === 'always' || !e.hasFullText),
  )
  for (let i = 0; i < entries.length && !signal?.aborted; i += PARALLEL) {
    await Promise.all(
      entries.slice(i, i + PARALLEL).map(async (entry) => {
        const failure = (message: string) => {
          health.failures++
          health.lastError = message
          deps.logger.debug(
            { entry_id: entry.id, url: entry.url, error: message },
            'full text failed',
          )
        }
        let result
        try {
          result = await deps.fetcher.fetch({
            url: entry.url!,
            accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
            signal,
          })
        } catch (error) {
          if (isCancelled(error)) return
          throw error
        }
        health.attempts++
        if (result.kind !== 'ok') {
          failure(
            result.kind === 'failed'
              ? `${result.failure.reason}: ${result.failure.message}`
              : 'fetch: unexpected 304',
          )
          return
        }
        try {
          const html = decodeBody(result.body, result.contentType).text
          const article = extractArticle({ html, url: result.url })
          if (article.text.length <= entry.plainText.length) {
            failure('extract: extracted text is not longer than the feed text')
            return
          }
          await deps.entries.setFullText(entry.id, {
            contentHtml: article.contentHtml,
            plainText: article.text,
            imageUrl: null,
          })
        } catch (error) {
          failure((error as Error).message)
        }
      }),
    )
  }
  return health
}
