/**
 * @module reader-store
 * The read queries of the web reader: story cards, top-story candidates, coverage, entities, related
 * stories, articles, topics, publishers, sections and feed health. Every query is written once in
 * Kysely for both dialects; rows are mapped to plain objects with camelCase fields and Date instants.
 * Ranking decisions (Top stories, related stories) are pure functions in `rank/`; this store only
 * fetches their inputs. `dialect` is taken for symmetry with the other stores: nothing here differs.
 */
import { type Kysely, type Selectable, sql } from 'kysely'

import type { EntityId, EntryId, FeedId, PublisherId, StoryId } from '../domain/ids.js'
import { type Dialect, toDate, toTimestamp } from './dialect-helpers.js'
import type { PublishersTable, Tables } from './tables.js'

export type ReaderStore = ReturnType<typeof createReaderStore>

export interface PublisherRef {
  id: PublisherId
  slug: string
  name: string
  country: string | null
  language: string | null
  homepageUrl: string | null
  iconUrl: string | null
}

export interface StoryCard {
  id: StoryId
  headline: string
  lead: string | null
  imageUrl: string | null
  firstReportedAt: Date | null
  lastEntryAt: Date | null
  entryCount: number
  /** distinct publishers with an entry in the story */
  publisherCount: number
  /** the publishers, in the order they first reported (at most `PUBLISHERS_PER_CARD`) */
  publishers: PublisherRef[]
}

export interface TopStoryCandidate extends StoryCard {
  /** sort instants of the story's entries in the candidate window (for velocity) */
  entryTimes: Date[]
}

export interface EntrySummary {
  id: EntryId
  title: string
  url: string | null
  sortAt: Date
  authors: string[]
  imageUrl: string | null
  /** the start of the plain text, at most ~300 characters */
  excerpt: string
  publisher: PublisherRef
  storyId: StoryId | null
  /** publishers covering the entry's story (0 when it has none) */
  storyPublisherCount: number
}

export interface StoryDetail extends StoryCard {
  firstEntry: { id: EntryId; title: string; publisher: PublisherRef } | null
}

export interface CoverageMember {
  entry: EntrySummary
  score: number
  explanation: string
  evidence: unknown
  copyOfEntryId: EntryId | null
}

export interface EntityRef {
  id: EntityId
  key: string
  kind: string
  name: string
}

export interface StoryEntity extends EntityRef {
  mentions: number
  /** entries of the story that mention it */
  entryCount: number
}

export interface Article {
  id: EntryId
  title: string
  url: string | null
  authors: string[]
  publishedAt: Date | null
  updatedAt: Date | null
  sortAt: Date
  summaryHtml: string | null
  contentHtml: string | null
  plainText: string
  hasFullText: boolean
  language: string | null
  imageUrl: string | null
  categories: string[]
  publisher: PublisherRef
  story: { id: StoryId; headline: string; publisherCount: number; entryCount: number } | null
  copyOfEntryId: EntryId | null
}

export interface FeedRef {
  id: FeedId
  url: string
  title: string | null
  siteUrl: string | null
  format: string | null
  entryCount: number
  lastCheckedAt: Date | null
  lastSuccessAt: Date | null
}

export interface FeedHealth extends FeedRef {
  publisher: PublisherRef
  nextCheckAt: Date
  consecutiveErrors: number
  lastErrorReason: string | null
  lastErrorMessage: string | null
  lastErrorAt: Date | null
  warnings: string[]
  fullTextAttempts: number
  fullTextFailures: number
  lastFullTextError: string | null
}

/** Inputs of `relateStories` (rank/relate-stories.ts); the same shape, declared here so db/ needs no rank/. */
export interface RelatedStoryInputs {
  entities: { entityId: number; mentions: number }[]
  candidates: { storyId: number; entityId: number; mentions: number }[]
  storiesInWindow: number
}

export interface Section {
  entity: EntityRef
  /** stories of the window mentioning the entity */
  storyCount: number
  stories: StoryCard[]
}

/** Cursor of the "Latest" list: entries strictly older than this (sortAt, id). */
export interface EntryCursor {
  sortAt: Date
  id: number
}

export const PUBLISHERS_PER_CARD = 6
const HOUR_MS = 3_600_000
const MAX_MERGE_HOPS = 16

function toPublisherRef(row: {
  publisher_id: number
  publisher_slug: string
  publisher_name: string
  publisher_country: string | null
  publisher_language: string | null
  publisher_homepage_url: string | null
  publisher_icon_url: string | null
}): PublisherRef {
  return {
    id: row.publisher_id as PublisherId,
    slug: row.publisher_slug,
    name: row.publisher_name,
    country: row.publisher_country,
    language: row.publisher_language,
    homepageUrl: row.publisher_homepage_url,
    iconUrl: row.publisher_icon_url,
  }
}

function rowToPublisherRef(row: Selectable<PublishersTable>): PublisherRef {
  return {
    id: row.id as PublisherId,
    slug: row.slug,
    name: row.name,
    country: row.country,
    language: row.language,
    homepageUrl: row.homepage_url,
    iconUrl: row.icon_url,
  }
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}

function excerptOf(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= 300) return clean
  const cut = clean.slice(0, 300)
  const space = cut.lastIndexOf(' ')
  return `${cut.slice(0, space > 200 ? space : 300)}…`
}

export function createReaderStore(db: Kysely<Tables>, dialect: Dialect) {
  void dialect

  /** Entries joined with publisher and story membership, as EntrySummary rows. */
  function entrySummaryQuery() {
    return db
      .selectFrom('entries as e')
      .innerJoin('publishers as p', 'p.id', 'e.publisher_id')
      .leftJoin('story_members as sm', 'sm.entry_id', 'e.id')
      .leftJoin('stories as s', 's.id', 'sm.story_id')
      .select([
        'e.id',
        'e.title',
        'e.url',
        'e.sort_at',
        'e.authors',
        'e.image_url',
        sql<string>`substr(e.plain_text, 1, 400)`.as('excerpt'),
        'p.id as publisher_id',
        'p.slug as publisher_slug',
        'p.name as publisher_name',
        'p.country as publisher_country',
        'p.language as publisher_language',
        'p.homepage_url as publisher_homepage_url',
        'p.icon_url as publisher_icon_url',
        'sm.story_id',
        's.publisher_count as story_publisher_count',
      ])
  }

  type EntrySummaryRow = Awaited<
    ReturnType<ReturnType<typeof entrySummaryQuery>['executeTakeFirstOrThrow']>
  >

  function toEntrySummary(row: EntrySummaryRow): EntrySummary {
    return {
      id: row.id as EntryId,
      title: row.title,
      url: row.url,
      sortAt: toDate(row.sort_at),
      authors: parseJson<string[]>(row.authors, []),
      imageUrl: row.image_url,
      excerpt: excerptOf(row.excerpt ?? ''),
      publisher: toPublisherRef(row),
      storyId: (row.story_id ?? null) as StoryId | null,
      storyPublisherCount: row.story_publisher_count ?? 0,
    }
  }

  /** Story rows + their members' publishers and entry times, as cards in the order of `ids`. */
  async function loadStoryCards(
    ids: readonly number[],
    options: { entryTimesSince?: Date } = {},
  ): Promise<TopStoryCandidate[]> {
    if (ids.length === 0) return []
    const unique = [...new Set(ids)]
    const [stories, members] = await Promise.all([
      db
        .selectFrom('stories')
        .select([
          'id',
          'headline',
          'lead',
          'image_url',
          'first_reported_at',
          'last_entry_at',
          'entry_count',
          'publisher_count',
        ])
        .where('id', 'in', unique)
        .execute(),
      db
        .selectFrom('story_members as sm')
        .innerJoin('entries as e', 'e.id', 'sm.entry_id')
        .innerJoin('publishers as p', 'p.id', 'e.publisher_id')
        .select([
          'sm.story_id',
          'e.sort_at',
          'e.image_url',
          'p.id as publisher_id',
          'p.slug as publisher_slug',
          'p.name as publisher_name',
          'p.country as publisher_country',
          'p.language as publisher_language',
          'p.homepage_url as publisher_homepage_url',
          'p.icon_url as publisher_icon_url',
        ])
        .where('sm.story_id', 'in', unique)
        .orderBy('e.sort_at')
        .orderBy('e.id')
        .execute(),
    ])
    const since = options.entryTimesSince?.getTime() ?? Number.NEGATIVE_INFINITY
    const byStory = new Map<
      number,
      { publishers: Map<number, PublisherRef>; times: Date[]; image: string | null }
    >()
    for (const row of members) {
      let acc = byStory.get(row.story_id)
      if (!acc) byStory.set(row.story_id, (acc = { publishers: new Map(), times: [], image: null }))
      if (!acc.publishers.has(row.publisher_id)) {
        acc.publishers.set(row.publisher_id, toPublisherRef(row))
      }
      const at = toDate(row.sort_at)
      if (at.getTime() >= since) acc.times.push(at)
      acc.image ??= row.image_url
    }
    const cards = new Map<number, TopStoryCandidate>()
    for (const row of stories) {
      const acc = byStory.get(row.id)
      const publishers = acc ? [...acc.publishers.values()] : []
      cards.set(row.id, {
        id: row.id as StoryId,
        headline: row.headline,
        lead: row.lead,
        imageUrl: row.image_url ?? acc?.image ?? null,
        firstReportedAt: toDate(row.first_reported_at),
        lastEntryAt: toDate(row.last_entry_at),
        entryCount: row.entry_count,
        publisherCount: acc ? publishers.length : row.publisher_count,
        publishers: publishers.slice(0, PUBLISHERS_PER_CARD),
        entryTimes: acc?.times ?? [],
      })
    }
    return unique.flatMap((id) => {
      const card = cards.get(id)
      return card ? [card] : []
    })
  }

  function withoutTimes({ entryTimes: _, ...card }: TopStoryCandidate): StoryCard {
    return card
  }

  return {
    /** Story cards for these ids, in the same order; unknown ids are skipped. */
    async storyCards(ids: readonly number[]): Promise<StoryCard[]> {
      return (await loadStoryCards(ids)).map(withoutTimes)
    },

    /**
     * Stories (not merged away) whose latest entry falls in the last `windowHours`, most recent first,
     * with what `rankStories` needs: distinct publishers and the entry instants of the window.
     */
    async topStoryCandidates(options: {
      now: Date
      windowHours?: number
      limit?: number
    }): Promise<TopStoryCandidate[]> {
      const since = new Date(options.now.getTime() - (options.windowHours ?? 72) * HOUR_MS)
      const rows = await db
        .selectFrom('stories')
        .select('id')
        .where('merged_into_id', 'is', null)
        .where('last_entry_at', '>=', toTimestamp(since))
        .orderBy('last_entry_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit ?? 300)
        .execute()
      return loadStoryCards(
        rows.map((r) => r.id),
        { entryTimesSince: since },
      )
    },

    /** The newest entries (copies folded away), with publisher and story; `before` pages on. */
    async latestEntries(
      options: { limit: number; before?: EntryCursor | null } = { limit: 20 },
    ): Promise<EntrySummary[]> {
      let query = entrySummaryQuery().where('sm.copy_of_entry_id', 'is', null)
      const before = options.before
      if (before) {
        const at = toTimestamp(before.sortAt)
        query = query.where((eb) =>
          eb.or([
            eb('e.sort_at', '<', at),
            eb.and([eb('e.sort_at', '=', at), eb('e.id', '<', before.id)]),
          ]),
        )
      }
      const rows = await query
        .orderBy('e.sort_at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(options.limit)
        .execute()
      return rows.map(toEntrySummary)
    },

    /**
     * The story with this id, following `merged_into_id` to the story it was merged into. `id` of the
     * result differs from the one asked for when the story was merged (the page redirects).
     */
    async storyById(id: number): Promise<StoryDetail | null> {
      let currentId = id
      for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
        const row = await db
          .selectFrom('stories')
          .select(['id', 'merged_into_id', 'first_entry_id'])
          .where('id', '=', currentId)
          .executeTakeFirst()
        if (!row) return null
        if (row.merged_into_id !== null && row.merged_into_id !== row.id) {
          currentId = row.merged_into_id
          continue
        }
        const [card] = await loadStoryCards([row.id])
        if (!card) return null
        let firstEntry: StoryDetail['firstEntry'] = null
        const first = await entrySummaryQuery()
          .where('sm.story_id', '=', row.id)
          .orderBy('e.sort_at')
          .orderBy('e.id')
          .limit(1)
          .executeTakeFirst()
        if (first) {
          firstEntry = {
            id: first.id as EntryId,
            title: first.title,
            publisher: toPublisherRef(first),
          }
        }
        return { ...withoutTimes(card), firstEntry }
      }
      return null
    },

    /** Every member of the story, oldest first, with entry, publisher, evidence and copy-of. */
    async storyCoverage(storyId: number): Promise<CoverageMember[]> {
      const rows = await entrySummaryQuery()
        .select(['sm.score', 'sm.explanation', 'sm.evidence', 'sm.copy_of_entry_id'])
        .where('sm.story_id', '=', storyId)
        .orderBy('e.sort_at')
        .orderBy('e.id')
        .execute()
      return rows.map((row) => ({
        entry: toEntrySummary(row),
        score: row.score ?? 0,
        explanation: row.explanation ?? '',
        evidence: parseJson<unknown>(row.evidence ?? '{}', {}),
        copyOfEntryId: (row.copy_of_entry_id ?? null) as EntryId | null,
      }))
    },

    /** The story's entities summed over its members, most mentioned first. */
    async storyEntities(storyId: number, limit = 8): Promise<StoryEntity[]> {
      const rows = await db
        .selectFrom('story_members as sm')
        .innerJoin('entry_entities as ee', 'ee.entry_id', 'sm.entry_id')
        .innerJoin('entities as en', 'en.id', 'ee.entity_id')
        .select((eb) => [
          'en.id',
          'en.key',
          'en.kind',
          'en.name',
          eb.fn.sum<number>('ee.mentions').as('mentions'),
          eb.fn.count<number>('ee.entry_id').as('entry_count'),
        ])
        .where('sm.story_id', '=', storyId)
        .groupBy(['en.id', 'en.key', 'en.kind', 'en.name'])
        .orderBy('entry_count', 'desc')
        .orderBy('mentions', 'desc')
        .orderBy('en.name')
        .limit(limit)
        .execute()
      return rows.map((row) => ({
        id: row.id as EntityId,
        key: row.key,
        kind: row.kind,
        name: row.name,
        mentions: Number(row.mentions),
        entryCount: Number(row.entry_count),
      }))
    },

    /**
     * What `relateStories` (rank/) needs to find stories related to this one: the story's top entities
     * and, for stories of the last `windowDays` (not this one, not merged away), their mentions of those
     * entities, plus how many stories the window holds (for idf).
     */
    async relatedStoryInputs(
      storyId: number,
      options: { now: Date; windowDays?: number },
    ): Promise<RelatedStoryInputs> {
      const since = toTimestamp(
        new Date(options.now.getTime() - (options.windowDays ?? 14) * 24 * HOUR_MS),
      )
      const entities = await db
        .selectFrom('story_members as sm')
        .innerJoin('entry_entities as ee', 'ee.entry_id', 'sm.entry_id')
        .select((eb) => ['ee.entity_id', eb.fn.sum<number>('ee.mentions').as('mentions')])
        .where('sm.story_id', '=', storyId)
        .groupBy('ee.entity_id')
        .orderBy('mentions', 'desc')
        .orderBy('ee.entity_id')
        .limit(12)
        .execute()
      if (entities.length === 0) return { entities: [], candidates: [], storiesInWindow: 0 }
      const [candidates, count] = await Promise.all([
        db
          .selectFrom('entry_entities as ee')
          .innerJoin('story_members as sm', 'sm.entry_id', 'ee.entry_id')
          .innerJoin('stories as s', 's.id', 'sm.story_id')
          .select((eb) => [
            'sm.story_id',
            'ee.entity_id',
            eb.fn.sum<number>('ee.mentions').as('mentions'),
          ])
          .where(
            'ee.entity_id',
            'in',
            entities.map((e) => e.entity_id),
          )
          .where('sm.story_id', '!=', storyId)
          .where('s.merged_into_id', 'is', null)
          .where('s.last_entry_at', '>=', since)
          .groupBy(['sm.story_id', 'ee.entity_id'])
          .execute(),
        db
          .selectFrom('stories')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('merged_into_id', 'is', null)
          .where('last_entry_at', '>=', since)
          .executeTakeFirstOrThrow(),
      ])
      return {
        entities: entities.map((e) => ({ entityId: e.entity_id, mentions: Number(e.mentions) })),
        candidates: candidates.map((c) => ({
          storyId: c.story_id,
          entityId: c.entity_id,
          mentions: Number(c.mentions),
        })),
        storiesInWindow: Number(count.n),
      }
    },

    /** One entry for the reader view, with its publisher and story. */
    async entryById(id: number): Promise<Article | null> {
      const row = await db
        .selectFrom('entries as e')
        .innerJoin('publishers as p', 'p.id', 'e.publisher_id')
        .leftJoin('story_members as sm', 'sm.entry_id', 'e.id')
        .leftJoin('stories as s', 's.id', 'sm.story_id')
        .select([
          'e.id',
          'e.title',
          'e.url',
          'e.authors',
          'e.published_at',
          'e.updated_at',
          'e.sort_at',
          'e.summary_html',
          'e.content_html',
          'e.plain_text',
          'e.has_full_text',
          'e.language',
          'e.image_url',
          'e.categories',
          'p.id as publisher_id',
          'p.slug as publisher_slug',
          'p.name as publisher_name',
          'p.country as publisher_country',
          'p.language as publisher_language',
          'p.homepage_url as publisher_homepage_url',
          'p.icon_url as publisher_icon_url',
          's.id as story_id',
          's.headline as story_headline',
          's.publisher_count as story_publisher_count',
          's.entry_count as story_entry_count',
          'sm.copy_of_entry_id',
        ])
        .where('e.id', '=', id)
        .executeTakeFirst()
      if (!row) return null
      return {
        id: row.id as EntryId,
        title: row.title,
        url: row.url,
        authors: parseJson<string[]>(row.authors, []),
        publishedAt: toDate(row.published_at),
        updatedAt: toDate(row.updated_at),
        sortAt: toDate(row.sort_at),
        summaryHtml: row.summary_html,
        contentHtml: row.content_html,
        plainText: row.plain_text,
        hasFullText: row.has_full_text === 1,
        language: row.language,
        imageUrl: row.image_url,
        categories: parseJson<string[]>(row.categories, []),
        publisher: toPublisherRef(row),
        story:
          row.story_id === null
            ? null
            : {
                id: row.story_id as StoryId,
                headline: row.story_headline ?? '',
                publisherCount: row.story_publisher_count ?? 0,
                entryCount: row.story_entry_count ?? 0,
              },
        copyOfEntryId: (row.copy_of_entry_id ?? null) as EntryId | null,
      }
    },

    /** A topic page: the entity and its latest stories (by latest entry). */
    async entityByKey(
      key: string,
      options: { limit?: number } = {},
    ): Promise<{ entity: EntityRef; stories: StoryCard[]; entryCount: number } | null> {
      const entity = await db
        .selectFrom('entities')
        .select(['id', 'key', 'kind', 'name'])
        .where('key', '=', key)
        .executeTakeFirst()
      if (!entity) return null
      const [stories, entries] = await Promise.all([
        db
          .selectFrom('entry_entities as ee')
          .innerJoin('story_members as sm', 'sm.entry_id', 'ee.entry_id')
          .innerJoin('stories as s', 's.id', 'sm.story_id')
          .select(['s.id', 's.last_entry_at'])
          .distinct()
          .where('ee.entity_id', '=', entity.id)
          .where('s.merged_into_id', 'is', null)
          .orderBy('s.last_entry_at', 'desc')
          .orderBy('s.id', 'desc')
          .limit(options.limit ?? 24)
          .execute(),
        db
          .selectFrom('entry_entities')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('entity_id', '=', entity.id)
          .executeTakeFirstOrThrow(),
      ])
      return {
        entity: { ...entity, id: entity.id as EntityId },
        stories: await this.storyCards(stories.map((s) => s.id)),
        entryCount: Number(entries.n),
      }
    },

    /** A publisher page: the publisher, its feeds and its latest entries. */
    async publisherBySlug(
      slug: string,
      options: { limit?: number } = {},
    ): Promise<{ publisher: PublisherRef; feeds: FeedRef[]; entries: EntrySummary[] } | null> {
      const publisher = await db
        .selectFrom('publishers')
        .selectAll()
        .where('slug', '=', slug)
        .executeTakeFirst()
      if (!publisher) return null
      const [feeds, entries] = await Promise.all([
        db
          .selectFrom('feeds')
          .select([
            'id',
            'url',
            'title',
            'site_url',
            'format',
            'entry_count',
            'last_checked_at',
            'last_success_at',
          ])
          .where('publisher_id', '=', publisher.id)
          .orderBy('id')
          .execute(),
        entrySummaryQuery()
          .where('e.publisher_id', '=', publisher.id)
          .orderBy('e.sort_at', 'desc')
          .orderBy('e.id', 'desc')
          .limit(options.limit ?? 30)
          .execute(),
      ])
      return {
        publisher: rowToPublisherRef(publisher),
        feeds: feeds.map((f) => ({
          id: f.id as FeedId,
          url: f.url,
          title: f.title,
          siteUrl: f.site_url,
          format: f.format,
          entryCount: f.entry_count,
          lastCheckedAt: toDate(f.last_checked_at),
          lastSuccessAt: toDate(f.last_success_at),
        })),
        entries: entries.map(toEntrySummary),
      }
    },

    /**
     * What `pickSections` (rank/) needs for the home page's sections by topic: for every story of the
     * window (not merged away), each entity it mentions with the summed mentions, and the entities.
     */
    async sectionInputs(options: { now: Date; windowHours?: number }): Promise<{
      rows: { entityId: number; storyId: number; lastEntryAt: number; mentions: number }[]
      entities: Map<number, EntityRef>
    }> {
      const since = toTimestamp(
        new Date(options.now.getTime() - (options.windowHours ?? 72) * HOUR_MS),
      )
      const rows = await db
        .selectFrom('entry_entities as ee')
        .innerJoin('story_members as sm', 'sm.entry_id', 'ee.entry_id')
        .innerJoin('stories as s', 's.id', 'sm.story_id')
        .innerJoin('entities as en', 'en.id', 'ee.entity_id')
        .select((eb) => [
          'en.id as entity_id',
          'en.key',
          'en.kind',
          'en.name',
          's.id as story_id',
          's.last_entry_at',
          eb.fn.sum<number>('ee.mentions').as('mentions'),
        ])
        .where('s.merged_into_id', 'is', null)
        .where('s.last_entry_at', '>=', since)
        .groupBy(['en.id', 'en.key', 'en.kind', 'en.name', 's.id', 's.last_entry_at'])
        .execute()
      const entities = new Map<number, EntityRef>()
      for (const row of rows) {
        if (!entities.has(row.entity_id)) {
          entities.set(row.entity_id, {
            id: row.entity_id as EntityId,
            key: row.key,
            kind: row.kind,
            name: row.name,
          })
        }
      }
      return {
        rows: rows.map((row) => ({
          entityId: row.entity_id,
          storyId: row.story_id,
          lastEntryAt: toDate(row.last_entry_at)?.getTime() ?? 0,
          mentions: Number(row.mentions),
        })),
        entities,
      }
    },

    /** Every feed with its health, failing feeds first, then by publisher name. */
    async feedsHealth(): Promise<FeedHealth[]> {
      const rows = await db
        .selectFrom('feeds as f')
        .innerJoin('publishers as p', 'p.id', 'f.publisher_id')
        .select([
          'f.id',
          'f.url',
          'f.title',
          'f.site_url',
          'f.format',
          'f.entry_count',
          'f.last_checked_at',
          'f.last_success_at',
          'f.next_check_at',
          'f.consecutive_errors',
          'f.last_error_reason',
          'f.last_error_message',
          'f.last_error_at',
          'f.warnings',
          'f.full_text_attempts',
          'f.full_text_failures',
          'f.last_full_text_error',
          'p.id as publisher_id',
          'p.slug as publisher_slug',
          'p.name as publisher_name',
          'p.country as publisher_country',
          'p.language as publisher_language',
          'p.homepage_url as publisher_homepage_url',
          'p.icon_url as publisher_icon_url',
        ])
        .orderBy('f.consecutive_errors', 'desc')
        .orderBy('p.name')
        .orderBy('f.id')
        .execute()
      return rows.map((row) => ({
        id: row.id as FeedId,
        url: row.url,
        title: row.title,
        siteUrl: row.site_url,
        format: row.format,
        entryCount: row.entry_count,
        lastCheckedAt: toDate(row.last_checked_at),
        lastSuccessAt: toDate(row.last_success_at),
        nextCheckAt: toDate(row.next_check_at),
        consecutiveErrors: row.consecutive_errors,
        lastErrorReason: row.last_error_reason,
        lastErrorMessage: row.last_error_message,
        lastErrorAt: toDate(row.last_error_at),
        warnings: parseJson<string[]>(row.warnings, []),
        fullTextAttempts: row.full_text_attempts,
        fullTextFailures: row.full_text_failures,
        lastFullTextError: row.last_full_text_error,
        publisher: toPublisherRef(row),
      }))
    },

    /** Publishers for the search filter, by name. */
    async publishers(): Promise<PublisherRef[]> {
      const rows = await db.selectFrom('publishers').selectAll().orderBy('name').execute()
      return rows.map(rowToPublisherRef)
    },
  }
}
