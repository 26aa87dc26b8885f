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

export type ExistingEntry = Pick<
  Selectable<EntriesTable>,
  'id' | 'identity_key' | 'canonical_url' | 'content_fingerprint'
>

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
/** rows per INSERT: 24 columns × 25 rows stays far below SQLite's 32766 bound parameters */
const INSERT_CHUNK = 25

export function createEntryStore(db: Kysely<Tables>) {
  return {
    /**
     * Stores a feed's entries. An entry already stored under the same identity key or canonical URL is
     * updated in place when its fingerprint changed and left untouched otherwise, so re-fetching an
     * unchanged feed writes nothing.
     */
    /** Stored entries of a feed that share an identity key or canonical URL with these. */
    async existing(
      feedId: FeedId,
      keys: readonly string[],
      urls: readonly string[],
    ): Promise<ExistingEntry[]> {
      const out: ExistingEntry[] = []
      const uniqueKeys = [...new Set(keys)]
      const uniqueUrls = [...new Set(urls)]
      for (let i = 0; i < Math.max(uniqueKeys.length, uniqueUrls.length); i += CHUNK) {
        const keyChunk = uniqueKeys.slice(i, i + CHUNK)
        const urlChunk = uniqueUrls.slice(i, i + CHUNK)
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
        out.push(...rows)
      }
      return out
    },

    /**
     * Stores a feed's entries. An entry already stored under the same identity key or canonical URL is
     * updated in place when its fingerprint changed and left untouched otherwise, so re-fetching an
     * unchanged feed writes nothing. `known` saves the lookup when the caller already made it.
     */
    async upsertMany(
      feedId: FeedId,
      publisherId: PublisherId,
      entries: NewEntry[],
      now: Date,
      known?: ExistingEntry[],
      /**
       * runs inside the same transaction with the new entries (id and sort time), so work queued
       * for them (clustering) is stored with them or not at all
       */
      onInserted?: (
        trx: Kysely<Tables>,
        inserted: { id: EntryId; sortAt: Date }[],
      ) => Promise<void>,
    ): Promise<UpsertResult> {
      const result: UpsertResult = { inserted: [], updated: [], unchanged: 0 }
      if (entries.length === 0) return result
      const existing =
        known ??
        (await this.existing(
          feedId,
          entries.map((e) => e.identityKey),
          entries.flatMap((e) => (e.canonicalUrl ? [e.canonicalUrl] : [])),
        ))
      const byKey = new Map(existing.map((r) => [r.identity_key, r]))
      const byUrl = new Map(
        existing.flatMap((r) => (r.canonical_url ? [[r.canonical_url, r] as const] : [])),
      )
      const matched = new Set<number>()
      const seenKeys = new Set<string>()
      const seenUrls = new Set<string>()
      const nowText = toTimestamp(now)
      const inserts: NewEntry[] = []
      const updates: { id: number; entry: NewEntry }[] = []
      for (const entry of entries) {
        if (seenKeys.has(entry.identityKey)) continue
        seenKeys.add(entry.identityKey)
        const match =
          byKey.get(entry.identityKey) ??
          (entry.canonicalUrl ? byUrl.get(entry.canonicalUrl) : undefined)
        if (match) {
          if (matched.has(match.id)) continue
          matched.add(match.id)
          if (match.content_fingerprint === entry.contentFingerprint) result.unchanged++
          else updates.push({ id: match.id, entry })
        } else if (entry.canonicalUrl && seenUrls.has(entry.canonicalUrl)) {
          result.unchanged++ // the same article twice in one document
        } else {
          if (entry.canonicalUrl) seenUrls.add(entry.canonicalUrl)
          inserts.push(entry)
        }
      }
      const columns = (entry: NewEntry) => ({
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
        sort_at: toTimestamp(sortTime(entry.publishedAt, now)),
      })
      const insertedAt: { id: EntryId; sortAt: Date }[] = []
      // One transaction per feed: one commit instead of one per row, and multi-row inserts.
      await db.transaction().execute(async (trx) => {
        for (const { id, entry } of updates) {
          await trx.updateTable('entries').set(columns(entry)).where('id', '=', id).execute()
          result.updated.push(id as EntryId)
        }
        for (let i = 0; i < inserts.length; i += INSERT_CHUNK) {
          const chunk = inserts.slice(i, i + INSERT_CHUNK)
          const rows = await trx
            .insertInto('entries')
            .values(
              chunk.map((entry) => ({
                ...columns(entry),
                feed_id: feedId,
                publisher_id: publisherId,
                identity_key: entry.identityKey,
                first_seen_at: nowText,
              })),
            )
            .onConflict((oc) => oc.columns(['feed_id', 'identity_key']).doNothing())
            .returning(['id', 'sort_at'])
            .execute()
          for (const row of rows) {
            result.inserted.push(row.id as EntryId)
            insertedAt.push({ id: row.id as EntryId, sortAt: toDate(row.sort_at) })
          }
          result.unchanged += chunk.length - rows.length
        }
        if (onInserted && insertedAt.length > 0) await onInserted(trx, insertedAt)
      })
      result.inserted.sort((a, b) => a - b)
      return result
    },

    /** Replaces a teaser with the full text extracted from the article page. */
    async setFullText(
      id: EntryId,
      full: { contentHtml: string; plainText: string; imageUrl: string | null },
    ): Promise<void> {
      await db
        .updateTable('entries')
        .set((eb) => ({
          content_html: full.contentHtml,
          plain_text: full.plainText,
          has_full_text: 1,
          image_url: eb.fn.coalesce('image_url', eb.val(full.imageUrl)),
        }))
        .where('id', '=', id)
        .execute()
    },

    async byId(id: EntryId): Promise<Entry | null> {
      const row = await db.selectFrom('entries').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? rowToEntry(row) : null
    },

    /** Entries in the order of `ids`; `trx` reads inside a caller's transaction. */
    async byIds(ids: readonly EntryId[], trx: Kysely<Tables> = db): Promise<Entry[]> {
      const out: Entry[] = []
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await trx
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
      if (options.publisherId !== undefined) {
        query = query.where('publisher_id', '=', options.publisherId)
      }
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
