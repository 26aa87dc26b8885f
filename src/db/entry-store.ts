/** @module entry-store Entries: idempotent upsert by identity, and the listings the reader needs. */
import type { Kysely, Selectable } from 'kysely'

import type { Entry, NewEntry } from '../domain/entry.js'
import type { EntryId, FeedId, PublisherId } from '../domain/ids.js'
import { toDate, toTimestamp } from './dialect-helpers.js'
import type { EntriesTable, Tables } from './tables.js'

export type EntryStore = ReturnType<typeof createEntryStore>

export function rowToEntry(row: Selectable<EntriesTable>): Entry {
  return {
    id: row.id as EntryId,
    feedId: row.feed_id as FeedId,
    publisherId: row.publisher_id as PublisherId,
    identityKey: row.identity_key,
    guid: row.guid,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    authors: JSON.parse(row.authors) as string[],
    publishedAt: toDate(row.published_at),
    updatedAt: toDate(row.updated_at),
    summaryHtml: row.summary_html,
    contentHtml: row.content_html,
    plainText: row.plain_text,
    language: row.language,
    imageUrl: row.image_url,
    categories: JSON.parse(row.categories) as string[],
    contentFingerprint: row.content_fingerprint,
    hasFullText: row.has_full_text === 1,
    firstSeenAt: toDate(row.first_seen_at),
    lastSeenAt: toDate(row.last_seen_at),
    sortAt: toDate(row.sort_at),
  }
}

export interface UpsertResult {
  inserted: EntryId[]
  updated: EntryId[]
  unchanged: number
}

/** The instant lists sort by: the published date unless it is missing or in the future. */
export function sortTime(publishedAt: Date | null, firstSeenAt: Date): Date {
  return publishedAt !== null && publishedAt.getTime() <= firstSeenAt.getTime()
    ? publishedAt
    : firstSeenAt
}

const CHUNK = 200

export function createEntryStore(db: Kysely<Tables>) {
  return {
    /**
     * Stores a feed's entries. An entry already stored under the same identity key or canonical URL is
     * updated in place when its fingerprint changed and left untouched otherwise, so re-fetching an
     * unchanged feed writes nothing.
     */
    async upsertMany(
      feedId: FeedId,
      publisherId: PublisherId,
      entries: NewEntry[],
      now: Date,
    ): Promise<UpsertResult> {
      const result: UpsertResult = { inserted: [], updated: [], unchanged: 0 }
      if (entries.length === 0) return result
      const keys = [...new Set(entries.map((e) => e.identityKey))]
      const urls = [...new Set(entries.flatMap((e) => (e.canonicalUrl ? [e.canonicalUrl] : [])))]
      const existing: Pick<
        Selectable<EntriesTable>,
        'id' | 'identity_key' | 'canonical_url' | 'content_fingerprint'
      >[] = []
      for (let i = 0; i < Math.max(keys.length, urls.length); i += CHUNK) {
        const keyChunk = keys.slice(i, i + CHUNK)
        const urlChunk = urls.slice(i, i + CHUNK)
        const rows = await db
          .selectFrom('entries')
          .select(['id', 'identity_key', 'canonical_url', 'content_fingerprint'])
          .where('feed_id', '=', feedId)
          .where((eb) =>
            eb.or([
              ...(keyChunk.length ? [eb('identity_key', 'in', keyChunk)] : []),
              ...(urlChunk.length ? [eb('canonical_url', 'in', urlChunk)] : []),
            ]),
          )
          .execute()
        existing.push(...rows)
      }
      const byKey = new Map(existing.map((r) => [r.identity_key, r]))
      const byUrl = new Map(
        existing.flatMap((r) => (r.canonical_url ? [[r.canonical_url, r] as const] : [])),
      )
      const seen = new Set<number>()
      const seenKeys = new Set<string>()
      const nowText = toTimestamp(now)
      for (const entry of entries) {
        if (seenKeys.has(entry.identityKey)) continue
        seenKeys.add(entry.identityKey)
        const match =
          byKey.get(entry.identityKey) ??
          (entry.canonicalUrl ? byUrl.get(entry.canonicalUrl) : undefined)
        if (match) {
          if (seen.has(match.id)) continue
          seen.add(match.id)
          if (match.content_fingerprint === entry.contentFingerprint) {
            result.unchanged++
            continue
          }
          await db
            .updateTable('entries')
            .set({
              guid: entry.guid,
              url: entry.url,
              canonical_url: entry.canonicalUrl,
              title: entry.title,
              authors: JSON.stringify(entry.authors),
              published_at: toTimestamp(entry.publishedAt),
              updated_at: toTimestamp(entry.updatedAt),
              summary_html: entry.summaryHtml,
              content_html: entry.contentHtml,
              plain_text: entry.plainText,
              language: entry.language,
              image_url: entry.imageUrl,
              categories: JSON.stringify(entry.categories),
              content_fingerprint: entry.contentFingerprint,
              has_full_text: entry.hasFullText ? 1 : 0,
              last_seen_at: nowText,
            })
            .where('id', '=', match.id)
            .execute()
          result.updated.push(match.id as EntryId)
          continue
        }
        const row = await db
          .insertInto('entries')
          .values({
            feed_id: feedId,
            publisher_id: publisherId,
            identity_key: entry.identityKey,
            guid: entry.guid,
            url: entry.url,
            canonical_url: entry.canonicalUrl,
            title: entry.title,
            authors: JSON.stringify(entry.authors),
            published_at: toTimestamp(entry.publishedAt),
            updated_at: toTimestamp(entry.updatedAt),
            summary_html: entry.summaryHtml,
            content_html: entry.contentHtml,
            plain_text: entry.plainText,
            language: entry.language,
            image_url: entry.imageUrl,
            categories: JSON.stringify(entry.categories),
            content_fingerprint: entry.contentFingerprint,
            has_full_text: entry.hasFullText ? 1 : 0,
            first_seen_at: nowText,
            last_seen_at: nowText,
            sort_at: toTimestamp(sortTime(entry.publishedAt, now)),
          })
          .onConflict((oc) => oc.columns(['feed_id', 'identity_key']).doNothing())
          .returning('id')
          .executeTakeFirst()
        if (row) {
          result.inserted.push(row.id as EntryId)
          if (entry.canonicalUrl)
            {byUrl.set(entry.canonicalUrl, {
              id: row.id,
              identity_key: entry.identityKey,
              canonical_url: entry.canonicalUrl,
              content_fingerprint: entry.contentFingerprint,
            })}
        } else {
          result.unchanged++
        }
      }
      return result
    },

    async byId(id: EntryId): Promise<Entry | null> {
      const row = await db.selectFrom('entries').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? rowToEntry(row) : null
    },

    async byIds(ids: readonly EntryId[]): Promise<Entry[]> {
      const out: Entry[] = []
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await db
          .selectFrom('entries')
          .selectAll()
          .where('id', 'in', ids.slice(i, i + CHUNK))
          .execute()
        out.push(...rows.map(rowToEntry))
      }
      const order = new Map(ids.map((id, index) => [id, index]))
      return out.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    },

    /** Newest first; `before` pages through older entries. */
    async latest(options: {
      limit: number
      publisherId?: PublisherId
      feedId?: FeedId
      before?: Date
    }): Promise<Entry[]> {
      let query = db.selectFrom('entries').selectAll()
      if (options.publisherId !== undefined)
        {query = query.where('publisher_id', '=', options.publisherId)}
      if (options.feedId !== undefined) query = query.where('feed_id', '=', options.feedId)
      if (options.before) query = query.where('sort_at', '<', toTimestamp(options.before))
      const rows = await query
        .orderBy('sort_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .execute()
      return rows.map(rowToEntry)
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('entries')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },

    /** Entry IDs seen since `since`, oldest first (for re-clustering and catch-up). */
    async idsSeenSince(since: Date, limit: number): Promise<EntryId[]> {
      const rows = await db
        .selectFrom('entries')
        .select('id')
        .where('first_seen_at', '>=', toTimestamp(since))
        .orderBy('id')
        .limit(limit)
        .execute()
      return rows.map((r) => r.id as EntryId)
    },
  }
}
