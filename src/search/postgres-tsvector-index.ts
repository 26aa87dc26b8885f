/**
 * @module postgres-tsvector-index
 * Search on PostgreSQL: `entry_search.document` (title weighted 'A', body 'B', english configuration)
 * from migration 0002, with a GIN index; ranked by `ts_rank_cd` with the title weighted 10× the body
 * (as bm25's weights on SQLite), highlighted with `ts_headline`. The parsed query is rebuilt from
 * `plainto_tsquery`/`phraseto_tsquery`/`to_tsquery(word:*)` calls joined with `&&` and `!!`, each word
 * a bound parameter, so user input is never parsed as tsquery syntax.
 *
 * Bounded work at any size: ts_rank_cd ranks at most the RANK_POOL newest matches, counts stop at
 * COUNT_CAP, and `ts_headline` (costly) runs only on the page's rows (a second query).
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

/** ts_rank_cd weights for {D, C, B, A}: body (B) 0.1, title (A) 1.0. */
const WEIGHTS = '{0.05, 0.05, 0.1, 1.0}'
/** rank / (1 + log(document length)), like bm25's length normalisation */
const NORMALIZATION = 1
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=32, MinWords=16, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`
const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`

function tsTerm(term: SearchTerm): RawBuilder<unknown> {
  switch (term.kind) {
    case 'word':
      return sql`plainto_tsquery('english', ${term.word})`
    case 'prefix':
      // the word is letters and digits only (parse-search-query), so ':*' is the only operator
      return sql`to_tsquery('english', ${`${term.word}:*`})`
    case 'phrase':
      return sql`phraseto_tsquery('english', ${term.words.join(' ')})`
  }
}

/** The tsquery expression of a parsed query, or null when it searches nothing. */
export function toTsQuery(query: ParsedSearchQuery): RawBuilder<unknown> | null {
  if (query.include.length === 0) return null
  const parts = [...query.include.map(tsTerm), ...query.exclude.map((t) => sql`(!! ${tsTerm(t)})`)]
  return sql`(${sql.join(parts, sql` && `)})`
}

export function createPostgresTsvectorIndex(db: Kysely<Tables>): SearchIndex {
  return {
    async index() {
      // kept in step by the entries_search_after_write trigger
    },
    async remove() {
      // entry_search rows go with their entries (on delete cascade)
    },
    async rebuild() {
      await sql`insert into entry_search (entry_id, document)
        select e.id, setweight(to_tsvector('english', coalesce(e.title, '')), 'A')
          || setweight(to_tsvector('english', coalesce(e.plain_text, '')), 'B')
        from entries e
        on conflict (entry_id) do update set document = excluded.document`.execute(db)
    },
    async search(request: SearchRequest): Promise<SearchResult> {
      const parsed = parseSearchQuery(request.query)
      const tsquery = toTsQuery(parsed)
      if (tsquery === null) return { total: 0, isTotalCapped: false, hits: [], parsed }
      const { limit, offset } = clampPaging(request)
      // the tsquery is written inline (not in a CTE) so the planner can estimate how many entries
      // match: a rare query uses the GIN index, a common one walks entries newest first and stops
      // at RANK_POOL. ts_rank_cd, which reads each document, only runs on that pool.
      const condition = sql.join(
        [sql`es.document @@ ${tsquery}`, ...filterConditions(request)],
        sql` and `,
      )
      const from = hasFilters(request)
        ? sql`entry_search es join entries e on e.id = es.entry_id`
        : sql`entry_search es`
      const ranked = await sql<{ id: number; rank: number }>`
        with q as (select ${tsquery} as query),
        pool as (
          select es.entry_id as id from ${from}
          where ${condition}
          order by es.entry_id desc
          limit ${RANK_POOL}
        )
        select pool.id,
          ts_rank_cd(${WEIGHTS}::float4[], es.document, q.query, ${NORMALIZATION}) as rank
        from pool
        join entry_search es on es.entry_id = pool.id
        join entries e on e.id = pool.id
        cross join q
        order by rank desc, e.sort_at desc, pool.id desc
        limit ${limit} offset ${offset}`.execute(db)
      let total = offset + ranked.rows.length
      let isTotalCapped = false
      if (ranked.rows.length === limit || offset > 0) {
        const counted = await sql<{ n: number }>`
          select count(*) as n from (
            select 1 from ${from} where ${condition} limit ${COUNT_CAP + 1}) matches`.execute(db)
        total = Math.min(Number(counted.rows[0]?.n ?? 0), COUNT_CAP)
        isTotalCapped = Number(counted.rows[0]?.n ?? 0) > COUNT_CAP
      }
      if (ranked.rows.length === 0) return { total, isTotalCapped, hits: [], parsed }
      const ids = ranked.rows.map((r) => r.id)
      const details = await sql<HitRow>`
        with q as (select ${tsquery} as query)
        select ${HIT_COLUMNS},
          ts_headline('english', e.title, q.query, ${TITLE_OPTIONS}) as title_marked,
          ts_headline('english', left(e.plain_text, 20000), q.query, ${HEADLINE_OPTIONS}) as snippet_marked
        from q, entries e
        join publishers p on p.id = e.publisher_id
        left join story_members sm on sm.entry_id = e.id
        left join stories s on s.id = sm.story_id
        where e.id in (${sql.join(ids)})`.execute(db)
      const byId = new Map(details.rows.map((row) => [row.id, row]))
      const hits = ranked.rows.flatMap((r) => {
        const row = byId.get(r.id)
        return row ? [rowToHit(row, Number(r.rank))] : []
      })
      return { total, isTotalCapped, hits, parsed }
    },
  }
}
