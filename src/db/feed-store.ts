/** @module feed-store Feeds: catalogue, fetch state and health. */
import type { Kysely, Selectable } from 'kysely'

import { AppError } from '../domain/errors.js'
import type { Feed, FeedSettings } from '../domain/feed.js'
import type { FeedId, PublisherId } from '../domain/ids.js'
import { toDate, toTimestamp } from './dialect-helpers.js'
import type { FeedsTable, Tables } from './tables.js'

export type FeedStore = ReturnType<typeof createFeedStore>

export function rowToFeed(row: Selectable<FeedsTable>): Feed {
  return {
    id: row.id as FeedId,
    publisherId: row.publisher_id as PublisherId,
    url: row.url,
    title: row.title,
    siteUrl: row.site_url,
    format: row.format,
    folder: row.folder,
    etag: row.etag,
    lastModified: row.last_modified,
    nextCheckAt: toDate(row.next_check_at),
    lastCheckedAt: toDate(row.last_checked_at),
    lastSuccessAt: toDate(row.last_success_at),
    consecutiveErrors: row.consecutive_errors,
    lastErrorReason: row.last_error_reason,
    lastErrorMessage: row.last_error_message,
    lastErrorAt: toDate(row.last_error_at),
    warnings: JSON.parse(row.warnings) as string[],
    settings: JSON.parse(row.settings) as FeedSettings,
    entryCount: row.entry_count,
    averageEntryIntervalSeconds: row.avg_entry_interval_seconds,
    fullTextAttempts: row.full_text_attempts,
    fullTextFailures: row.full_text_failures,
    lastFullTextError: row.last_full_text_error,
    createdAt: toDate(row.created_at),
  }
}

/** What one check of a feed changed; undefined fields are left as they are. */
export interface FeedCheck {
  checkedAt: Date
  nextCheckAt: Date
  ok: boolean
  url?: string
  title?: string | null
  siteUrl?: string | null
  format?: string
  etag?: string | null
  lastModified?: string | null
  warnings?: string[]
  errorReason?: string
  errorMessage?: string
  newEntries?: number
  averageEntryIntervalSeconds?: number | null
}

export function createFeedStore(db: Kysely<Tables>) {
  return {
    async byId(id: FeedId): Promise<Feed | null> {
      const row = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? rowToFeed(row) : null
    },
    async byUrl(url: string): Promise<Feed | null> {
      const row = await db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst()
      return row ? rowToFeed(row) : null
    },
    async list(filter: { publisherId?: PublisherId } = {}): Promise<Feed[]> {
      let query = db.selectFrom('feeds').selectAll()
      if (filter.publisherId !== undefined) {
        query = query.where('publisher_id', '=', filter.publisherId)
      }
      const rows = await query.orderBy('id').execute()
      return rows.map(rowToFeed)
    },
    async add(
      input: {
        publisherId: PublisherId
        url: string
        title?: string | null
        folder?: string | null
        settings?: FeedSettings
      },
      now: Date,
    ): Promise<{ feed: Feed; created: boolean }> {
      const existing = await this.byUrl(input.url)
      if (existing) return { feed: existing, created: false }
      const row = await db
        .insertInto('feeds')
        .values({
          publisher_id: input.publisherId,
          url: input.url,
          title: input.title ?? null,
          folder: input.folder ?? null,
          settings: JSON.stringify(input.settings ?? {}),
          next_check_at: now.toISOString(),
          created_at: now.toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return { feed: rowToFeed(row), created: true }
    },
    async remove(id: FeedId): Promise<void> {
      const result = await db.deleteFrom('feeds').where('id', '=', id).executeTakeFirst()
      if (result.numDeletedRows === 0n) throw new AppError('not-found', `feeds: no feed ${id}`)
    },
    async updateSettings(id: FeedId, settings: FeedSettings): Promise<void> {
      await db
        .updateTable('feeds')
        .set({ settings: JSON.stringify(settings) })
        .where('id', '=', id)
        .execute()
    },
    async recordCheck(id: FeedId, check: FeedCheck): Promise<void> {
      await db
        .updateTable('feeds')
        .set((eb) => ({
          last_checked_at: toTimestamp(check.checkedAt),
          next_check_at: toTimestamp(check.nextCheckAt),
          ...(check.url !== undefined && { url: check.url }),
          ...(check.title !== undefined && check.title !== null && { title: check.title }),
          ...(check.siteUrl !== undefined && check.siteUrl !== null && { site_url: check.siteUrl }),
          ...(check.format !== undefined && { format: check.format }),
          ...(check.etag !== undefined && { etag: check.etag }),
          ...(check.lastModified !== undefined && { last_modified: check.lastModified }),
          ...(check.warnings !== undefined && { warnings: JSON.stringify(check.warnings) }),
          ...(check.averageEntryIntervalSeconds != null && {
            avg_entry_interval_seconds: check.averageEntryIntervalSeconds,
          }),
          // recounted rather than incremented, so a worker that died between storing entries and
          // recording the check leaves no drift behind
          ...(check.newEntries !== undefined && {
            entry_count: eb
              .selectFrom('entries')
              .select((sub) => sub.fn.countAll<number>().as('n'))
              .where('feed_id', '=', id),
          }),
          ...(check.ok
            ? {
                last_success_at: toTimestamp(check.checkedAt),
                consecutive_errors: 0,
                last_error_reason: null,
                last_error_message: null,
              }
            : {
                consecutive_errors: eb('consecutive_errors', '+', 1),
                last_error_reason: check.errorReason ?? 'network',
                last_error_message: check.errorMessage ?? null,
                last_error_at: toTimestamp(check.checkedAt),
              }),
        }))
        .where('id', '=', id)
        .execute()
    },
    async recordFullText(
      id: FeedId,
      outcome: { attempts: number; failures: number; lastError: string | null },
    ): Promise<void> {
      if (outcome.attempts === 0) return
      await db
        .updateTable('feeds')
        .set((eb) => ({
          full_text_attempts: eb('full_text_attempts', '+', outcome.attempts),
          full_text_failures: eb('full_text_failures', '+', outcome.failures),
          ...(outcome.lastError !== null && { last_full_text_error: outcome.lastError }),
        }))
        .where('id', '=', id)
        .execute()
    },
  }
}
