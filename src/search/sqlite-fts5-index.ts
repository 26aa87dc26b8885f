/**
 * @module sqlite-fts5-index
 * Search on SQLite: the FTS5 external-content table `entries_fts` (title, plain_text; porter +
 * unicode61) from migration 0002, ranked by bm25 with the title weighted 10× the body, highlighted with
 * `highlight()`/`snippet()`. User input never reaches FTS5 as syntax: every word is a quoted string.
 *
 * Bounded work at any size: bm25 ranks at most the RANK_POOL newest matches, counts stop at
 * COUNT_CAP, and only the page's rows are highlighted (a second query).
 */
import { type Kysely, type RawBuilder, sql } from 'kysely'

import type { Tables } from '../db/tables.js'
import { type ParsedSearchQuery, parseSearchQuery, type SearchTerm } from './parse-search-query.js'
import {
  clampPaging,
  COUNT_CAP,
  filterConditions,
  hasFilters,
  HIT_COLUMNS,
  type HitRow,
  MARK_END,
  MARK_START,
  RANK_POOL,
  rowToHit,
  type SearchIndex,
  type SearchRequest,
  type SearchResult,
} from './search-index.js'

/** bm25 column weights: title, plain_text. */
const TITLE_WEIGHT = 10
const BODY_WEIGHT = 1
const SNIPPET_TOKENS = 28

function ftsTerm(term: SearchTerm): string {
  // words are letters and digits only (parse-search-query), so quoting them is always safe
  switch (term.kind) {
    case 'word':
      return `"${term.word}"`
    case 'prefix':
      return `"${term.word}" *`
    case 'phrase':
      return `"${term.words.join(' ')}"`
  }
}

/** The FTS5 MATCH expression of a parsed query, or null when it searches nothing. */
export function toFts5Query(query: ParsedSearchQuery): string | null {
  if (query.include.length === 0) return null
  const positive = `(${query.include.map(ftsTerm).join(' AND ')})`
  return [positive, ...query.exclude.map((t) => `NOT ${ftsTerm(t)}`)].join(' ')
}

function where(match: string, request: SearchRequest): RawBuilder<unknown> {
  return sql.join([sql`entries_fts match ${match}`, ...filterConditions(request)], sql` and `)
}

export function createSqliteFts5Index(db: Kysely<Tables>): SearchIndex {
  return {
    async index() {
      // kept in step by the entries_fts_* triggers
    },
    async remove() {
      // the delete trigger removes deleted entries
    },
    async rebuild() {
      await sql`insert into entries_fts(entries_fts) values ('rebuild')`.execute(db)
    },
    async search(request: SearchRequest): Promise<SearchResult> {
      const parsed = parseSearchQuery(request.query)
      const match = toFts5Query(parsed)
      if (match === null) return { total: 0, isTotalCapped: false, hits: [], parsed }
      const { limit, offset } = clampPaging(request)
      const condition = where(match, request)
      // FTS5 walks its doclists newest rowid first, so the pool costs RANK_POOL bm25 calls at most
      const ranked = await sql<{ id: number; rank: number }>`
        select id, rank from (
          select e.id, e.sort_at, -bm25(entries_fts, ${TITLE_WEIGHT}, ${BODY_WEIGHT}) as rank
          from entries_fts join entries e on e.id = entries_fts.rowid
          where ${condition}
          order by entries_fts.rowid desc
          limit ${RANK_POOL}
        )
        order by rank desc, sort_at desc, id desc
        limit ${limit} offset ${offset}`.execute(db)
      let total = offset + ranked.rows.length
      let isTotalCapped = false
      if (ranked.rows.length === limit || offset > 0) {
        // without filters the FTS index alone can count (no row lookups)
        const counted = hasFilters(request)
          ? await sql<{ n: number }>`
              select count(*) as n from (
                select 1 from entries_fts join entries e on e.id = entries_fts.rowid
                where ${condition} limit ${COUNT_CAP + 1})`.execute(db)
          : await sql<{ n: number }>`
              select count(*) as n from (
                select 1 from entries_fts where entries_fts match ${match}
                limit ${COUNT_CAP + 1})`.execute(db)
        total = Math.min(Number(counted.rows[0]?.n ?? 0), COUNT_CAP)
        isTotalCapped = Number(counted.rows[0]?.n ?? 0) > COUNT_CAP
      }
      if (ranked.rows.length === 0) return { total, isTotalCapped, hits: [], parsed }
      const ids = ranked.rows.map((r) => r.id)
      const details = await sql<HitRow>`
        select ${HIT_COLUMNS},
          highlight(entries_fts, 0, ${MARK_START}, ${MARK_END}) as title_marked,
          snippet(entries_fts, 1, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as snippet_marked
        from entries_fts
        join entries e on e.id = entries_fts.rowid
        join publishers p on p.id = e.publisher_id
        left join story_members sm on sm.entry_id = e.id
        left join stories s on s.id = sm.story_id
        where entries_fts match ${match} and entries_fts.rowid in (${sql.join(ids)})`.execute(db)
      const byId = new Map(details.rows.map((row) => [row.id, row]))
      const hits = ranked.rows.flatMap((r) => {
        const row = byId.get(r.id)
        return row ? [rowToHit(row, r.rank)] : []
      })
      return { total, isTotalCapped, hits, parsed }
    },
  }
}
