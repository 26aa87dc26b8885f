/**
 * @module search-index
 * Full-text search over entries: the interface both engines implement (`sqlite-fts5-index.ts`,
 * `postgres-tsvector-index.ts`), and the few dialect-neutral pieces they share.
 *
 * The index is kept in step with `entries` by database triggers (migration 0002), so writers need not
 * call anything; `index`/`remove` exist for engines that cannot and are harmless no-ops here.
 */
import { type RawBuilder, sql } from 'kysely'

import type { EntryId, PublisherId, StoryId } from '../domain/ids.js'
import type { ParsedSearchQuery } from './parse-search-query.js'

export interface SearchRequest {
  /** what the reader typed; see parse-search-query.ts for the syntax */
  query: string
  publisherId?: number
  /** an entity key such as `person:mark-rutte` (a "topic") */
  entityKey?: string
  /** entries sorted at or after this instant */
  from?: Date
  /** entries sorted before this instant */
  to?: Date
  limit: number
  offset: number
}

export interface SearchHit {
  entryId: EntryId
  storyId: StoryId | null
  storyHeadline: string | null
  storyPublisherCount: number
  title: string
  /** the title, HTML-escaped, with matched words in <mark> */
  titleHtml: string
  /** a fragment of the body, HTML-escaped, with matched words in <mark> */
  snippetHtml: string
  url: string | null
  publisher: {
    id: PublisherId
    slug: string
    name: string
    country: string | null
    iconUrl: string | null
  }
  sortAt: Date
  /** higher is better; comparable within one result set */
  rank: number
}

export interface SearchResult {
  /** matching entries, counted up to COUNT_CAP */
  total: number
  /** true when there are more than `total` matches (the count stopped at COUNT_CAP) */
  isTotalCapped: boolean
  hits: SearchHit[]
  /** the query as understood (empty `include`: nothing was searched) */
  parsed: ParsedSearchQuery
}

export interface SearchIndex {
  /** (Re)index these entries. Triggers already do it; safe to call. */
  index(entryIds: readonly number[]): Promise<void>
  /** Drop these entries from the index. Triggers already do it on delete; safe to call. */
  remove(entryIds: readonly number[]): Promise<void>
  /** Rebuilds the whole index from `entries` (after a restore, or if it ever drifted). */
  rebuild(): Promise<void>
  /** Never throws on malformed queries: they search for their words, or for nothing. */
  search(request: SearchRequest): Promise<SearchResult>
}

/**
 * Bounded work at any corpus size: a query ranks at most the RANK_POOL newest matching entries (news
 * search favours recent reporting; a rare query ranks all its matches), and counts stop at COUNT_CAP.
 */
export const RANK_POOL = 2000
export const COUNT_CAP = 10_000

/** Private-use characters the engines wrap matches in; replaced by <mark> after escaping. */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

/** Engine output (plain text with MARK_START/MARK_END around matches) → safe HTML with <mark>. */
export function markedTextToHtml(text: string | null): string {
  if (!text) return ''
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
  return escaped
    .replace(/\uE000([^\uE000\uE001]*)\uE001/g, (_, inner: string) =>
      inner.length > 0 ? `<mark>${inner}</mark>` : '',
    )
    .replace(/[\uE000\uE001]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The WHERE conditions of a request's filters on `entries e` (dialect-neutral SQL). */
export function hasFilters(request: SearchRequest): boolean {
  return (
    request.publisherId !== undefined ||
    request.from !== undefined ||
    request.to !== undefined ||
    request.entityKey !== undefined
  )
}

export function filterConditions(request: SearchRequest): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = []
  if (request.publisherId !== undefined) {
    conditions.push(sql`e.publisher_id = ${request.publisherId}`)
  }
  if (request.from !== undefined) conditions.push(sql`e.sort_at >= ${request.from.toISOString()}`)
  if (request.to !== undefined) conditions.push(sql`e.sort_at < ${request.to.toISOString()}`)
  if (request.entityKey !== undefined) {
    conditions.push(sql`exists (
      select 1 from entry_entities ee join entities en on en.id = ee.entity_id
      where ee.entry_id = e.id and en.key = ${request.entityKey})`)
  }
  return conditions
}

/** Columns of a hit other than rank and highlights, from `entries e`, `publishers p`, `stories s`. */
export const HIT_COLUMNS = sql`e.id, e.title, e.url, e.sort_at,
  p.id as publisher_id, p.slug as publisher_slug, p.name as publisher_name,
  p.country as publisher_country, p.icon_url as publisher_icon_url,
  sm.story_id, s.headline as story_headline, s.publisher_count as story_publisher_count`

export interface HitRow {
  id: number
  title: string
  url: string | null
  sort_at: string | Date
  publisher_id: number
  publisher_slug: string
  publisher_name: string
  publisher_country: string | null
  publisher_icon_url: string | null
  story_id: number | null
  story_headline: string | null
  story_publisher_count: number | null
  title_marked: string | null
  snippet_marked: string | null
}

export function rowToHit(row: HitRow, rank: number): SearchHit {
  return {
    entryId: row.id as EntryId,
    storyId: row.story_id as StoryId | null,
    storyHeadline: row.story_headline,
    storyPublisherCount: Number(row.story_publisher_count ?? 0),
    title: row.title,
    titleHtml: markedTextToHtml(row.title_marked) || markedTextToHtml(row.title),
    snippetHtml: markedTextToHtml(row.snippet_marked),
    url: row.url,
    publisher: {
      id: row.publisher_id as PublisherId,
      slug: row.publisher_slug,
      name: row.publisher_name,
      country: row.publisher_country,
      iconUrl: row.publisher_icon_url,
    },
    sortAt: row.sort_at instanceof Date ? row.sort_at : new Date(row.sort_at),
    rank,
  }
}

/** Clamps paging so a hostile `limit`/`offset` cannot make a query expensive. */
export function clampPaging(request: SearchRequest): { limit: number; offset: number } {
  const limit = Math.min(100, Math.max(1, Math.floor(request.limit) || 20))
  const offset = Math.min(RANK_POOL, Math.max(0, Math.floor(request.offset) || 0))
  return { limit, offset }
}
