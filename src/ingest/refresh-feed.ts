/**
 * @module refresh-feed
 * THE ingest use-case: check one feed and store what changed.
 *
 *   feed → fetch (conditional) → parse → normalise → upsert → full text for new teasers → schedule →
 *   record the check on the feed → enqueue clustering for new entries
 *
 * Every decision is a pure function elsewhere; this file only sequences I/O. A failure at any step is
 * recorded on the feed with a reason from the closed vocabulary and never throws past this function.
 */
import type { EntryStore } from '../db/entry-store.js'
import type { FeedCheck, FeedStore } from '../db/feed-store.js'
import type { JobStore, NewJob } from '../db/job-store.js'
import type { NewEntry } from '../domain/entry.js'
import { AppError } from '../domain/errors.js'
import type { Feed, FullTextMode } from '../domain/feed.js'
import type { EntryId, FeedId } from '../domain/ids.js'
import type { Clock } from '../lib/clock.js'
import type { Logger } from '../lib/logger.js'
import type { FetchFailureReason } from './fetch/fetch-failure.js'
import type { Fetcher } from './fetch/fetcher.js'
import { fetchFullText } from './fetch-full-text.js'
import { feedLanguage, identifyItem, normalizeItem } from './normalize/normalize-entries.js'
import type { FeedDocument } from './parse/feed-document.js'
import { isNotAFeedError, parseFeedDocument } from './parse/parse-feed.js'
import { nextCheckAt, type ScheduleBounds } from './schedule.js'

export interface RefreshDeps {
  feeds: Pick<FeedStore, 'byId' | 'byUrl' | 'recordCheck' | 'recordFullText'>
  entries: Pick<EntryStore, 'existing' | 'upsertMany' | 'setFullText' | 'byIds'>
  jobs: Pick<JobStore, 'enqueueMany'>
  fetcher: Fetcher
  clock: Clock
  logger: Logger
  schedule: ScheduleBounds
  fullTextDefault: FullTextMode
}

export type RefreshOutcome =
  | {
      kind: 'updated'
      feedId: FeedId
      inserted: number
      updated: number
      unchanged: number
      warnings: string[]
      nextCheckAt: Date
    }
  | { kind: 'not-modified'; feedId: FeedId; nextCheckAt: Date }
  | {
      kind: 'failed'
      feedId: FeedId
      reason: FetchFailureReason
      message: string
      nextCheckAt: Date
    }

export const CLUSTER_JOB = 'cluster-entry'

/** The clustering job of a stored entry: due at once, ordered by the entry's time. */
export function clusterJob(entry: { id: EntryId; sortAt: Date }): NewJob {
  return {
    kind: CLUSTER_JOB,
    key: `entry:${entry.id}`,
    payload: { entryId: entry.id },
    runAt: entry.sortAt,
  }
}

/**
 * Check one feed now. `signal` cancels it (a stopping worker): a feed fetch still in flight
 * rejects with the fetcher's cancellation (see `isCancelled`) and nothing is recorded, so the
 * check simply happens again; once the feed is read, only the article pages still to fetch are
 * skipped and the check is recorded as usual.
 */
export async function refreshFeed(
  feedId: FeedId,
  deps: RefreshDeps,
  options: { signal?: AbortSignal } = {},
): Promise<RefreshOutcome> {
  const feed = await deps.feeds.byId(feedId)
  if (!feed) throw new AppError('not-found', `refresh: no feed ${feedId}`)
  const log = deps.logger.child({ feed_id: feed.id, feed_url: feed.url })
  const bounds = {
    minIntervalSeconds: feed.settings.minIntervalSeconds ?? deps.schedule.minIntervalSeconds,
    maxIntervalSeconds: feed.settings.maxIntervalSeconds ?? deps.schedule.maxIntervalSeconds,
  }
  const result = await deps.fetcher.fetch({
    url: feed.url,
    etag: feed.etag,
    lastModified: feed.lastModified,
    signal: options.signal,
  })
  const checkedAt = deps.clock.now()

  if (result.kind === 'failed') {
    return fail(
      feed,
      result.failure.reason,
      result.failure.message,
      checkedAt,
      deps,
      log,
      bounds,
      result.failure.retryAfterSeconds,
    )
  }
  if (result.kind === 'not-modified') {
    const next = nextCheckAt(
      {
        jitterKey: feed.id,
        consecutiveErrors: 0,
        cacheMaxAgeSeconds: result.cacheMaxAgeSeconds,
        averageEntryIntervalSeconds: feed.averageEntryIntervalSeconds,
        bounds,
      },
      checkedAt,
    ).at
    await deps.feeds.recordCheck(feed.id, { checkedAt, nextCheckAt: next, ok: true })
    log.debug({ next_check_at: next }, 'feed not modified')
    return { kind: 'not-modified', feedId: feed.id, nextCheckAt: next }
  }

  let parsed: FeedDocument
  try {
    parsed = parseFeedDocument({
      body: result.body,
      contentType: result.contentType,
      url: result.url,
    })
  } catch (error) {
    return fail(
      feed,
      isNotAFeedError(error) ? 'not-a-feed' : 'parse-error',
      (error as Error).message,
      checkedAt,
      deps,
      log,
      bounds,
    )
  }
  // Only new or changed items are sanitised and normalised: an unchanged feed costs one lookup.
  const identities = parsed.items.map(identifyItem)
  const existing = await deps.entries.existing(
    feed.id,
    identities.map((i) => i.identityKey),
    identities.flatMap((i) => (i.canonicalUrl ? [i.canonicalUrl] : [])),
  )
  const stored = new Set(existing.map((e) => e.content_fingerprint))
  const language = feedLanguage(parsed)
  const entries: NewEntry[] = []
  let unchangedItems = 0
  parsed.items.forEach((item, i) => {
    const identity = identities[i]!
    if (stored.has(identity.contentFingerprint)) {
      unchangedItems++
      return
    }
    const entry = normalizeItem(item, language, identity)
    if (entry) entries.push(entry)
  })
  // each new entry's clustering job is stored with it; `run_at` is the entry's time, so clustering
  // takes entries in publication order whatever order feeds were fetched in
  const upsert = await deps.entries.upsertMany(
    feed.id,
    feed.publisherId,
    entries,
    checkedAt,
    existing,
    (trx, inserted) => deps.jobs.enqueueMany(inserted.map(clusterJob), checkedAt, trx),
  )
  upsert.unchanged += unchangedItems

  const mode = feed.settings.fullText ?? deps.fullTextDefault
  if (mode !== 'never' && upsert.inserted.length > 0) {
    const health = await fetchFullText(
      upsert.inserted,
      mode,
      { ...deps, logger: log },
      options.signal,
    )
    await deps.feeds.recordFullText(feed.id, health)
  }

  const publishedAts = parsed.items.flatMap((item) => (item.published ? [item.published] : []))
  const next = nextCheckAt(
    {
      jitterKey: feed.id,
      consecutiveErrors: 0,
      cacheMaxAgeSeconds: result.cacheMaxAgeSeconds,
      ttlMinutes: parsed.hints.ttlMinutes,
      updatePeriodMinutes: parsed.hints.updatePeriodMinutes,
      recentEntryPublishedAts: publishedAts,
      bounds,
    },
    checkedAt,
  ).at
  const movedTo =
    result.permanentRedirect && !(await deps.feeds.byUrl(result.permanentRedirect))
      ? result.permanentRedirect
      : undefined
  const check: FeedCheck = {
    checkedAt,
    nextCheckAt: next,
    ok: true,
    url: movedTo,
    title: parsed.title,
    siteUrl: parsed.link,
    format: parsed.format,
    etag: result.etag,
    lastModified: result.lastModified,
    warnings: parsed.warnings,
    newEntries: upsert.inserted.length,
    averageEntryIntervalSeconds: averageGapSeconds(publishedAts, checkedAt),
  }
  await deps.feeds.recordCheck(feed.id, check)
  if (movedTo) log.info({ new_url: movedTo }, 'feed moved permanently')
  log.info(
    {
      inserted: upsert.inserted.length,
      updated: upsert.updated.length,
      unchanged: upsert.unchanged,
      warnings: parsed.warnings.length,
    },
    'feed refreshed',
  )
  return {
    kind: 'updated',
    feedId: feed.id,
    inserted: upsert.inserted.length,
    updated: upsert.updated.length,
    unchanged: upsert.unchanged,
    warnings: parsed.warnings,
    nextCheckAt: next,
  }
}

async function fail(
  feed: Feed,
  reason: FetchFailureReason,
  message: string,
  checkedAt: Date,
  deps: RefreshDeps,
  log: Logger,
  bounds: ScheduleBounds,
  retryAfterSeconds?: number,
): Promise<RefreshOutcome> {
  const next = nextCheckAt(
    {
      jitterKey: feed.id,
      consecutiveErrors: feed.consecutiveErrors + 1,
      retryAfterSeconds: retryAfterSeconds ?? null,
      averageEntryIntervalSeconds: feed.averageEntryIntervalSeconds,
      bounds,
    },
    checkedAt,
  ).at
  await deps.feeds.recordCheck(feed.id, {
    checkedAt,
    nextCheckAt: next,
    ok: false,
    errorReason: reason,
    errorMessage: message,
  })
  log.warn({ reason, error: message, next_check_at: next }, 'feed check failed')
  return { kind: 'failed', feedId: feed.id, reason, message, nextCheckAt: next }
}

/** Mean gap between the feed's entries (remembered so 304s and errors keep the feed's rhythm). */
export function averageGapSeconds(times: readonly Date[], now: Date): number | null {
  const sorted = times
    .map((t) => t.getTime())
    .filter((t) => t <= now.getTime())
    .sort((a, b) => a - b)
  if (sorted.length < 2) return null
  return Math.round((sorted.at(-1)! - sorted[0]!) / 1000 / (sorted.length - 1))
}
