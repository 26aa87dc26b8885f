/**
 * @module build-test-app
 * Test builders for the reader and search:
 * - `createReaderTestDatabase(dialect)`: a migrated test database with the search index (migration
 *   0002 is applied here when `migrate.ts` does not list it yet) and a small, hand-written fixture of
 *   publishers, feeds, entries, stories, members and entities (`seedReaderFixture`).
 * - `buildDemoApp()`: the REAL pipeline over the demo corpus (see the function's comment), for e2e.
 */
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Hono } from 'hono'
import type { Kysely } from 'kysely'

import type { App } from '../../src/app.js'
import type { Dialect } from '../../src/db/dialect-helpers.js'
import { createReaderStore } from '../../src/db/reader-store.js'
import type { Tables } from '../../src/db/tables.js'
import type { DemoServer } from '../../src/demo/demo-server.js'
import { AppError } from '../../src/domain/errors.js'
import { createHttpApp } from '../../src/http/create-http-app.js'
import type { AddedFeed, HttpDeps } from '../../src/http/http-deps.js'
import type { WebEnv } from '../../src/http/web/view.js'
import type { Fetcher, FetchResult } from '../../src/ingest/fetch/fetcher.js'
import { fixedClock } from '../../src/lib/clock.js'
import { silentLogger } from '../../src/lib/logger.js'
import { createSearchIndex } from '../../src/search/create-search-index.js'
import { createTestDatabase, type TestDatabase } from './dialects.js'

/** The instant the fixture is written against. */
export const FIXTURE_NOW = new Date('2026-11-20T12:00:00.000Z')

const hoursAgo = (h: number) => new Date(FIXTURE_NOW.getTime() - h * 3_600_000).toISOString()

export async function createReaderTestDatabase(
  dialect: Dialect,
  options: { seed?: boolean } = {},
): Promise<TestDatabase & { fixture: ReaderFixture }> {
  const database = await createTestDatabase(dialect)
  const fixture = options.seed === false ? emptyFixture() : await seedReaderFixture(database.db)
  return { ...database, fixture }
}

export interface ReaderFixture {
  publishers: Record<'meridian' | 'ledger' | 'herald' | 'wire', number>
  feeds: Record<'meridian' | 'ledgerPolitics' | 'ledgerWorld' | 'herald' | 'wire', number>
  entries: Record<
    | 'rutteMeridian'
    | 'fairShareLedger'
    | 'strongerLedger'
    | 'wireOriginal'
    | 'wireCopy'
    | 'airDefenceHerald'
    | 'airDefenceMeridian'
    | 'stormHerald'
    | 'stormMeridian'
    | 'farmBill',
    number
  >
  stories: Record<'nato' | 'airDefence' | 'storm' | 'mergedIntoNato' | 'old', number>
  entities: Record<'nato' | 'rutte' | 'trump' | 'whiteHouse' | 'oonagh' | 'ireland', string>
}

function emptyFixture(): ReaderFixture {
  return {
    publishers: {} as ReaderFixture['publishers'],
    feeds: {} as ReaderFixture['feeds'],
    entries: {} as ReaderFixture['entries'],
    stories: {} as ReaderFixture['stories'],
    entities: {} as ReaderFixture['entities'],
  }
}

/**
 * A morning's news in miniature: the NATO story (3 publishers, 5 entries, one of them a wire copy,
 * Capitol Ledger through two feeds), a related NATO air-defence story, a storm story, a stand-alone
 * entry, a story merged into the NATO one, and an old story outside the 72 h window.
 */
export async function seedReaderFixture(db: Kysely<Tables>): Promise<ReaderFixture> {
  const created = FIXTURE_NOW.toISOString()
  const publisher = async (
    slug: string,
    name: string,
    country: string,
    icon: string | null,
  ): Promise<number> =>
    (
      await db
        .insertInto('publishers')
        .values({
          slug,
          name,
          homepage_url: `https://${slug}.example/`,
          country,
          language: 'en',
          icon_url: icon,
          created_at: created,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  const publishers = {
    meridian: await publisher(
      'meridian-europe',
      'Meridian Europe',
      'BE',
      'https://meridian-europe.example/icon.svg',
    ),
    ledger: await publisher(
      'capitol-ledger',
      'The Capitol Ledger',
      'US',
      'https://capitol-ledger.example/icon.svg',
    ),
    herald: await publisher('northbridge-herald', 'The Northbridge Herald', 'GB', null),
    wire: await publisher('continental-press', 'Continental Press Agency', 'FR', null),
  }
  const feed = async (
    publisherId: number,
    url: string,
    health: Partial<{
      full_text_attempts: number
      full_text_failures: number
      last_full_text_error: string
      consecutive_errors: number
      last_error_reason: string
      last_error_message: string
      last_error_at: string
    }> = {},
  ): Promise<number> =>
    (
      await db
        .insertInto('feeds')
        .values({
          publisher_id: publisherId,
          url,
          title: url.split('/').pop() ?? url,
          format: 'rss',
          next_check_at: hoursAgo(-1),
          last_checked_at: hoursAgo(0.5),
          last_success_at: hoursAgo(0.5),
          settings: '{}',
          created_at: created,
          ...health,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  const feeds = {
    meridian: await feed(publishers.meridian, 'https://meridian-europe.example/europe.xml', {
      full_text_attempts: 10,
      full_text_failures: 3,
      last_full_text_error: 'extract: no article body found',
    }),
    ledgerPolitics: await feed(publishers.ledger, 'https://capitol-ledger.example/politics.xml'),
    ledgerWorld: await feed(publishers.ledger, 'https://capitol-ledger.example/world.xml'),
    herald: await feed(publishers.herald, 'https://northbridge-herald.example/world.xml', {
      consecutive_errors: 3,
      last_error_reason: 'http-5xx',
      last_error_message: 'fetch: HTTP 503 Service Unavailable',
      last_error_at: hoursAgo(0.5),
    }),
    wire: await feed(publishers.wire, 'https://continental-press.example/wire.json'),
  }
  let n = 0
  const entry = async (
    feedId: number,
    publisherId: number,
    h: number,
    title: string,
    text: string,
    extra: { image?: string; authors?: string[] } = {},
  ): Promise<number> => {
    n++
    const at = hoursAgo(h)
    const html = text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')
    return (
      await db
        .insertInto('entries')
        .values({
          feed_id: feedId,
          publisher_id: publisherId,
          identity_key: `guid:${n}`,
          guid: `${n}`,
          url: `https://example.com/articles/${n}`,
          canonical_url: `https://example.com/articles/${n}`,
          title,
          authors: JSON.stringify(extra.authors ?? []),
          published_at: at,
          summary_html: `<p>${text.split('\n\n')[0]}</p>`,
          content_html: html,
          plain_text: text.replace(/\n\n/g, '\n'),
          language: 'en',
          image_url: extra.image ?? null,
          categories: '["World"]',
          content_fingerprint: `fp${n}`,
          has_full_text: 1,
          first_seen_at: at,
          last_seen_at: at,
          sort_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  }
  const wireText =
    'NATO Secretary-General Mark Rutte met President Donald Trump at the White House on Thursday.\n\nThe two discussed defence spending and the alliance target of 5% of GDP.'
  const entries = {
    rutteMeridian: await entry(
      feeds.meridian,
      publishers.meridian,
      20,
      'Rutte to convince Trump to stay in NATO as allies face pressure on defence spending',
      "NATO's secretary-general travels to Washington with one task: keep the United States committed to the alliance.\n\nMark Rutte will sit down with Donald Trump in the Oval Office. European capitals want to avoid a public rebuke over spending.",
      {
        image: 'https://meridian-europe.example/images/rutte.jpg',
        authors: ['Elise Vandermeulen'],
      },
    ),
    fairShareLedger: await entry(
      feeds.ledgerPolitics,
      publishers.ledger,
      17,
      "Trump to demand NATO allies 'pay their fair share' as Rutte visits White House",
      'President Donald Trump will tell NATO Secretary-General Mark Rutte that allies must move faster toward spending 5% of GDP on defense.\n\nThe meeting is scheduled for the Oval Office, followed by a working lunch.',
      { authors: ['Dana Whitfield'] },
    ),
    strongerLedger: await entry(
      feeds.ledgerWorld,
      publishers.ledger,
      8,
      "Trump says NATO is 'much stronger' after Rutte talks",
      'President Donald Trump praised Mark Rutte after an hour of talks.\n\n"They have to pay their fair share. Five percent," Trump told reporters at the White House.',
      { image: 'https://capitol-ledger.example/images/oval.jpg' },
    ),
    wireOriginal: await entry(
      feeds.wire,
      publishers.wire,
      10,
      'Rutte and Trump meet at White House on defence spending',
      wireText,
    ),
    wireCopy: await entry(
      feeds.herald,
      publishers.herald,
      9,
      'NATO chief Rutte meets Trump at White House',
      wireText,
    ),
    airDefenceHerald: await entry(
      feeds.herald,
      publishers.herald,
      30,
      'NATO ministers agree to pool air defence systems',
      'NATO defence ministers meeting in Brussels agreed to pool air defence systems along the eastern flank.\n\nOfficials spoke of burden sharing and every ally paying a fair share of the cost.',
    ),
    airDefenceMeridian: await entry(
      feeds.meridian,
      publishers.meridian,
      28,
      'Defence ministers back NATO air-defence push',
      'Ministers from the alliance backed a plan for joint air defence purchases.\n\nMark Rutte chaired the meeting.',
    ),
    stormHerald: await entry(
      feeds.herald,
      publishers.herald,
      3,
      'Storm Oonagh batters west coast of Ireland',
      'Storm Oonagh brought winds of 130 km/h to the west coast of Ireland, cutting power to thousands of homes.',
      { image: 'https://northbridge-herald.example/images/storm.jpg' },
    ),
    stormMeridian: await entry(
      feeds.meridian,
      publishers.meridian,
      4,
      'Ireland braces for Storm Oonagh',
      'Met Éireann issued a red warning as Storm Oonagh approached Ireland.',
    ),
    farmBill: await entry(
      feeds.ledgerPolitics,
      publishers.ledger,
      2,
      'Senate passes farm bill after late-night session',
      'The Senate passed the farm bill by 61 votes to 38 after a late-night session.',
    ),
  }

  const story = async (
    headline: string,
    lead: string,
    members: { entry: number; copyOf?: number }[],
    extra: { imageUrl?: string | null; mergedInto?: number; lastHours?: number } = {},
  ): Promise<number> => {
    const rows = await db
      .selectFrom('entries')
      .select(['id', 'sort_at', 'publisher_id'])
      .where('id', 'in', members.map((m) => m.entry).concat(members.length === 0 ? [-1] : []))
      .orderBy('sort_at')
      .execute()
    const first = rows[0]
    const last = rows.at(-1)
    const id = (
      await db
        .insertInto('stories')
        .values({
          headline,
          lead,
          image_url: extra.imageUrl ?? null,
          first_entry_id: first?.id ?? null,
          first_reported_at: first ? new Date(first.sort_at).toISOString() : hoursAgo(200),
          last_entry_at: last
            ? new Date(last.sort_at).toISOString()
            : hoursAgo(extra.lastHours ?? 200),
          entry_count: rows.length,
          publisher_count: new Set(rows.map((r) => r.publisher_id)).size,
          merged_into_id: extra.mergedInto ?? null,
          created_at: created,
          updated_at: created,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
    for (const member of members) {
      await db
        .insertInto('story_members')
        .values({
          entry_id: member.entry,
          story_id: id,
          score: member.copyOf ? 0.97 : 0.62,
          evidence: JSON.stringify({ sharedEntities: ['NATO', 'Mark Rutte'], similarity: 0.41 }),
          explanation: member.copyOf
            ? 'copy of the Continental Press Agency text; similarity 0.97'
            : 'shares NATO, Mark Rutte; similarity 0.41; 3 h apart',
          copy_of_entry_id: member.copyOf ?? null,
          assigned_by: 'cluster',
          assigned_at: created,
        })
        .execute()
    }
    return id
  }
  const nato = await story(
    "Trump presses NATO allies to 'pay their fair share' as Rutte visits the White House",
    'NATO Secretary-General Mark Rutte met President Trump, who wants allies to move from 2% towards 5% of GDP.',
    [
      { entry: entries.rutteMeridian },
      { entry: entries.fairShareLedger },
      { entry: entries.strongerLedger },
      { entry: entries.wireOriginal },
      { entry: entries.wireCopy, copyOf: entries.wireOriginal },
    ],
  )
  const airDefence = await story(
    'NATO defence ministers agree to pool air defence',
    'Ministers meeting in Brussels backed joint purchases along the eastern flank.',
    [{ entry: entries.airDefenceHerald }, { entry: entries.airDefenceMeridian }],
  )
  const storm = await story(
    'Storm Oonagh batters Ireland',
    'Red warnings along the west coast as winds reach 130 km/h.',
    [{ entry: entries.stormHerald }, { entry: entries.stormMeridian }],
  )
  const mergedIntoNato = await story('Rutte in Washington', 'Merged away.', [], {
    mergedInto: nato,
    lastHours: 9,
  })
  const old = await story('Last week: an old story', 'Outside every window.', [], {
    lastHours: 200,
  })

  const entity = async (key: string, kind: string, name: string): Promise<number> =>
    (
      await db
        .insertInto('entities')
        .values({ key, kind, name, created_at: created })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  const natoId = await entity('organization:nato', 'organization', 'NATO')
  const rutteId = await entity('person:mark-rutte', 'person', 'Mark Rutte')
  const trumpId = await entity('person:donald-trump', 'person', 'Donald Trump')
  const whiteHouseId = await entity('place:white-house', 'place', 'White House')
  const oonaghId = await entity('name:storm-oonagh', 'place', 'Storm Oonagh')
  const irelandId = await entity('place:ireland', 'place', 'Ireland')
  const mentions: [number, number, number][] = [
    [entries.rutteMeridian, natoId, 3],
    [entries.rutteMeridian, rutteId, 2],
    [entries.rutteMeridian, trumpId, 1],
    [entries.fairShareLedger, natoId, 2],
    [entries.fairShareLedger, rutteId, 2],
    [entries.fairShareLedger, trumpId, 2],
    [entries.fairShareLedger, whiteHouseId, 1],
    [entries.strongerLedger, natoId, 1],
    [entries.strongerLedger, rutteId, 1],
    [entries.strongerLedger, trumpId, 2],
    [entries.strongerLedger, whiteHouseId, 1],
    [entries.wireOriginal, natoId, 1],
    [entries.wireOriginal, rutteId, 1],
    [entries.wireOriginal, whiteHouseId, 1],
    [entries.wireCopy, natoId, 1],
    [entries.wireCopy, rutteId, 1],
    [entries.airDefenceHerald, natoId, 2],
    [entries.airDefenceMeridian, natoId, 1],
    [entries.airDefenceMeridian, rutteId, 1],
    [entries.stormHerald, oonaghId, 2],
    [entries.stormHerald, irelandId, 2],
    [entries.stormMeridian, oonaghId, 1],
    [entries.stormMeridian, irelandId, 1],
  ]
  await db
    .insertInto('entry_entities')
    .values(
      mentions.map(([entry_id, entity_id, count]) => ({ entry_id, entity_id, mentions: count })),
    )
    .execute()

  return {
    publishers,
    feeds,
    entries,
    stories: { nato, airDefence, storm, mergedIntoNato, old },
    entities: {
      nato: 'organization:nato',
      rutte: 'person:mark-rutte',
      trump: 'person:donald-trump',
      whiteHouse: 'place:white-house',
      oonagh: 'name:storm-oonagh',
      ireland: 'place:ireland',
    },
  }
}

/** A fetcher that answers from a table of URLs (for the image proxy); everything else fails. */
export function tableFetcher(
  table: Record<string, { body: string | Buffer; contentType: string }>,
): Fetcher & { requests: string[] } {
  const requests: string[] = []
  return {
    requests,
    fetch(request) {
      requests.push(request.url)
      const hit = table[request.url]
      if (!hit) {
        const failed: FetchResult = {
          kind: 'failed',
          url: request.url,
          failure: { reason: 'not-found', message: 'fetch: HTTP 404 Not Found' },
        }
        return Promise.resolve(failed)
      }
      const body = Buffer.isBuffer(hit.body) ? hit.body : Buffer.from(hit.body)
      return Promise.resolve({
        kind: 'ok',
        url: request.url,
        status: 200,
        headers: { 'content-type': hit.contentType },
        body,
        contentType: hit.contentType,
        etag: null,
        lastModified: null,
        permanentRedirect: null,
        cacheMaxAgeSeconds: null,
      })
    },
    close: () => Promise.resolve(),
  }
}

export interface ReaderTestApp {
  app: Hono<WebEnv>
  database: TestDatabase
  fixture: ReaderFixture
  fetcher: ReturnType<typeof tableFetcher>
  addFeedCalls: { url: string; publisherName?: string | null }[]
  close(): Promise<void>
}

/**
 * The web app over the reader fixture, in-process (drive it with `app.request()`): fixed clock at
 * FIXTURE_NOW, a table fetcher for images, and an `addFeed` that accepts `https://good.example/…`
 * and refuses anything else with an `invalid-input` error.
 */
export async function buildReaderTestApp(
  dialect: Dialect = 'sqlite',
  config: Partial<HttpDeps['config']> = {},
): Promise<ReaderTestApp> {
  const database = await createReaderTestDatabase(dialect)
  const fetcher = tableFetcher({
    'https://meridian-europe.example/icon.svg': {
      body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0b6e4f"/></svg>',
      contentType: 'image/svg+xml',
    },
    'https://meridian-europe.example/images/rutte.jpg': {
      body: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      contentType: 'image/jpeg',
    },
    'https://capitol-ledger.example/images/oval.jpg': {
      body: '<html>not an image</html>',
      contentType: 'text/html',
    },
  })
  const addFeedCalls: ReaderTestApp['addFeedCalls'] = []
  const app = createHttpApp({
    reader: createReaderStore(database.db, dialect),
    search: createSearchIndex(database.db, dialect),
    clock: fixedClock(FIXTURE_NOW),
    logger: silentLogger,
    config: {
      baseUrl: 'http://news.test',
      instanceName: 'Broadsheet',
      imageSigningKey: 'test-key',
      ...config,
    },
    imageFetcher: fetcher,
    addFeed(input): Promise<AddedFeed> {
      addFeedCalls.push(input)
      if (!input.url.startsWith('https://good.example/')) {
        return Promise.reject(
          new AppError('invalid-input', `feeds: ${input.url} is not a feed we can read`),
        )
      }
      return Promise.resolve({
        created: true,
        discoveredFrom: null,
        publisher: { name: input.publisherName ?? 'Good News' },
        feed: { url: input.url, title: 'Good feed' },
      })
    },
  })
  return {
    app,
    database,
    fixture: database.fixture,
    fetcher,
    addFeedCalls,
    close: () => database.close(),
  }
}

export interface DemoTestApp {
  /** e.g. http://127.0.0.1:41234 */
  origin: string
  app: App
  demo: DemoServer
  stats: { queued: number; inserted: number; stories: number; entries: number }
  close(): Promise<void>
}

/**
 * The REAL pipeline over the demo corpus, served on 127.0.0.1 (port 0): a temp SQLite file,
 * `createApp(config, { migrate: true })` with private networks allowed, the demo feeds subscribed
 * with `seedDemo`, one `services.refreshOnce('all')` (fetch, parse, store, full text, clustering),
 * then the web app over the same app's services, listening with @hono/node-server.
 */
export async function buildDemoApp(options: { now?: Date } = {}): Promise<DemoTestApp> {
  // loaded here, not at the top, so the fixture-only tests above do not depend on the whole app
  const [{ createApp }, { parseConfig }, { startDemoServer }, { seedDemo }, { serve }] =
    await Promise.all([
      import('../../src/app.js'),
      import('../../src/config/load-config.js'),
      import('../../src/demo/demo-server.js'),
      import('../../src/demo/seed-demo.js'),
      import('@hono/node-server'),
    ])
  const now = options.now ?? new Date()
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-demo-'))
  const config = parseConfig(
    {
      DATA_DIR: dir,
      DATABASE_URL: `sqlite:${join(dir, 'demo.db')}`,
      ALLOW_PRIVATE_NETWORKS: 'true',
      LOG_LEVEL: 'silent',
    },
    dir,
  )
  const demo = await startDemoServer({ now })
  const app = await createApp(config, { migrate: true, logger: silentLogger })
  await seedDemo(app, demo)
  const refreshed = await app.services.refreshOnce('all')
  let http: Hono<WebEnv> | null = null
  const server = serve({
    fetch: (request, env) => http!.fetch(request, env),
    hostname: '127.0.0.1',
    port: 0,
  })
  await once(server, 'listening')
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  http = createHttpApp({ ...app.httpDeps, config: { ...app.httpDeps.config, baseUrl: origin } })
  return {
    origin,
    app,
    demo,
    stats: {
      queued: refreshed.queued,
      inserted: refreshed.inserted,
      stories: await app.stores.stories.count(),
      entries: await app.stores.entries.count(),
    },
    async close() {
      if ('closeAllConnections' in server) server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await app.close()
      await demo.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
