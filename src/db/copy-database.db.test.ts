/**
 * `copyDatabase`: a SQLite instance filled through the real stores and the real clusterer (unicode,
 * nulls, JSON columns, stories with merges and an editor split, a deleted feed leaving an id gap) is copied
 * to PostgreSQL (when BROADSHEET_TEST_POSTGRES_URL is set) and back, and SQLite to SQLite always. The
 * copy opens with `createApp`, searches, and hands out ids above the source's.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { sql } from 'kysely'
import pg from 'pg'

import { createTestDatabaseUrl, POSTGRES_URL } from '../../test/support/dialects.js'
import { type App, createApp } from '../app.js'
import { parseConfig } from '../config/load-config.js'
import type { NewEntry } from '../domain/entry.js'
import { isAppError } from '../domain/errors.js'
import type { StoryId } from '../domain/ids.js'
import { fixedClock } from '../lib/clock.js'
import { silentLogger } from '../lib/logger.js'
import { canonicalRow, copyDatabase, type CopyResult } from './copy-database.js'
import { createDatabase } from './create-database.js'

const NOW = new Date('2026-11-20T12:00:00.000Z')
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000)

/**
 * A fresh PostgreSQL *database* (not a schema): Kysely's migrator looks for its bookkeeping tables in
 * every schema of a database, so schema-per-test databases race with other tests' migrations.
 */
async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `broadsheet_copy_${process.pid}_${Date.now().toString(36)}`
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  await admin(`create database ${name}`)
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) }
}

async function openApp(url: string, migrate = false): Promise<App> {
  const config = parseConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }, process.cwd())
  return createApp(config, { migrate, clock: fixedClock(NOW), logger: silentLogger })
}

function entry(n: number, patch: Partial<NewEntry> = {}): NewEntry {
  return {
    identityKey: `guid:https://news.example/a/${n}`,
    guid: `https://news.example/a/${n}`,
    url: `https://news.example/a/${n}?utm_source=rss`,
    canonicalUrl: `https://news.example/a/${n}`,
    title: `Entry ${n}`,
    authors: ['A. Writer'],
    publishedAt: minutesAgo(n * 7),
    updatedAt: null,
    summaryHtml: `<p>Summary ${n}</p>`,
    contentHtml: null,
    plainText: `Summary ${n} about nothing in particular.`,
    language: 'en',
    imageUrl: null,
    categories: ['World'],
    contentFingerprint: `fp${n}`,
    hasFullText: false,
    ...patch,
  }
}

const GLACIER =
  'The Rhône glacier above Gletsch lost a record share of its ice this summer, glaciologists in Zürich said on Tuesday.'

/** Fills a fresh database through the stores and the clusterer; returns what to look for afterwards. */
async function seed(url: string) {
  const app = await openApp(url, true)
  try {
    const now = NOW
    const ensure = (slug: string, name: string, country: string | null) =>
      app.stores.publishers.ensure(
        {
          slug,
          name,
          homepageUrl: country ? `https://${slug}.example/` : null,
          country,
          language: country ? 'de' : null,
          iconUrl: null,
        },
        now,
      )
    const alpen = await ensure('alpen-zeitung', 'Alpen-Zeitung — Zürich', 'CH')
    const tokyo = await ensure('sumida-times', '隅田タイムズ', 'JP')
    const bare = await ensure('bare', 'Bare 🗞️', null)
    const feeds = {
      alpen: (
        await app.stores.feeds.add(
          { publisherId: alpen.id, url: 'https://alpen.example/rss', folder: 'Europa/Schweiz' },
          now,
        )
      ).feed,
      tokyo: (
        await app.stores.feeds.add(
          { publisherId: tokyo.id, url: 'https://sumida.example/feed', title: '隅田' },
          now,
        )
      ).feed,
      bare: (
        await app.stores.feeds.add(
          {
            publisherId: bare.id,
            url: 'https://bare.example/feed',
            settings: { fullText: 'never' },
          },
          now,
        )
      ).feed,
      gone: (
        await app.stores.feeds.add({ publisherId: bare.id, url: 'https://gone.example/feed' }, now)
      ).feed,
    }
    await app.stores.feeds.recordCheck(feeds.alpen.id, {
      checkedAt: minutesAgo(5),
      nextCheckAt: minutesAgo(-25),
      ok: true,
      title: 'Alpen-Zeitung: Schweiz',
      etag: '"v1-ü"',
      lastModified: 'Fri, 20 Nov 2026 11:55:00 GMT',
      warnings: ['recovered: unescaped “&” in <title>'],
      newEntries: 3,
      averageEntryIntervalSeconds: 1800,
    })
    await app.stores.feeds.recordCheck(feeds.tokyo.id, {
      checkedAt: minutesAgo(3),
      nextCheckAt: minutesAgo(-60),
      ok: false,
      errorReason: 'http-5xx',
      errorMessage: 'fetch: HTTP 503 — サービス利用不可',
    })
    const glacier = (n: number, title: string) =>
      entry(n, {
        title,
        plainText: `${GLACIER} ${n % 2 ? 'Scientists warned the melt is accelerating.' : 'The Swiss glacier monitoring network measured the loss.'}`,
        contentHtml: `<p>${GLACIER}</p>`,
        authors: ['Zoë Müller', 'José Núñez'],
        categories: ['Klima', 'Schweiz'],
        imageUrl: `https://alpen.example/img/${n}.jpg`,
        hasFullText: true,
      })
    const a = await app.stores.entries.upsertMany(
      feeds.alpen.id,
      alpen.id,
      [
        glacier(1, 'Rhône glacier loses record share of ice, Zürich glaciologists say'),
        entry(2, { title: 'Gemeinderat beschließt neue Tramlinie', authors: [], categories: [] }),
        entry(3, {
          publishedAt: null,
          summaryHtml: null,
          language: null,
          title: 'Untitled “quotes” & <angles>',
        }),
      ],
      now,
    )
    const t = await app.stores.entries.upsertMany(
      feeds.tokyo.id,
      tokyo.id,
      [
        glacier(4, 'Record ice loss at Rhône glacier, Swiss glaciologists in Zürich report'),
        entry(5, {
          title: '東京で新しい地下鉄路線が開業',
          plainText: '東京メトロは新しい路線を開業した。',
          language: 'ja',
        }),
      ],
      now,
    )
    const b = await app.stores.entries.upsertMany(
      feeds.bare.id,
      bare.id,
      [
        entry(6, {
          guid: null,
          url: null,
          canonicalUrl: null,
          identityKey: 'hash:abc',
          plainText: '',
        }),
      ],
      now,
    )
    const g = await app.stores.entries.upsertMany(feeds.gone.id, bare.id, [entry(7), entry(8)], now)
    const ids = [...a.inserted, ...t.inserted, ...b.inserted, ...g.inserted]
    await app.stores.jobs.enqueue(
      { kind: 'cluster-entry', key: 'entry:999', payload: { entryId: 999, note: 'ß' }, runAt: now },
      now,
    )
    await app.clusterer.clusterEntries(ids)
    // editor decisions: a split (split event, cannot-link constraint) and a merge (pinned constraints)
    const story = (await app.stores.stories.storyOfEntry(a.inserted[0]!))!
    const members = await app.stores.stories.members(story)
    if (members.length > 1) await app.services.splitEntry(story, members.at(-1)!.entryId)
    const other = (await app.stores.stories.storyOfEntry(t.inserted[1]!))!
    if (other !== story) await app.services.mergeStories(other, story)
    // a deleted feed: its entries go, leaving a gap in the entry ids above which nothing is reused
    await app.services.removeFeed(feeds.gone.id)
    return {
      glacierStory: story as StoryId,
      maxEntryId: Math.max(...ids),
      entries: ids.length - g.inserted.length,
    }
  } finally {
    await app.close()
  }
}

function rowsOf(result: CopyResult): Record<string, number> {
  return Object.fromEntries(result.tables.map((t) => [t.table, t.rows]))
}

async function assertCopyWorks(url: string, seeded: Awaited<ReturnType<typeof seed>>) {
  const app = await openApp(url) // no migrate: the schema must already be current
  try {
    const hits = await app.httpDeps.search.search({ query: 'glacier Zürich', limit: 10, offset: 0 })
    assert.ok(hits.total >= 2, `search finds the glacier entries (found ${hits.total})`)
    assert.ok(hits.hits.every((h) => h.storyId !== null))
    const tokyo = await app.services.listFeeds()
    assert.ok(
      tokyo.some(
        (f) => f.publisher.name === '隅田タイムズ' && f.feed.lastErrorReason === 'http-5xx',
      ),
    )
    const detail = await app.services.storyDetail(seeded.glacierStory)
    assert.ok(detail.members.length >= 1)
    // new rows get ids above everything the source ever handed out
    const [next] = (
      await app.stores.entries.upsertMany(
        tokyo[0]!.feed.id,
        tokyo[0]!.publisher.id,
        [entry(100)],
        NOW,
      )
    ).inserted
    assert.ok(next! > seeded.maxEntryId, `new entry id ${next} > ${seeded.maxEntryId}`)
    const publisher = await app.stores.publishers.ensure(
      { slug: 'new', name: 'New', homepageUrl: null, country: null, language: null, iconUrl: null },
      NOW,
    )
    assert.equal(publisher.id, 4)
  } finally {
    await app.close()
  }
}

describe('copyDatabase', () => {
  const drops: (() => Promise<void>)[] = []
  let sourceUrl: string
  let seeded: Awaited<ReturnType<typeof seed>>
  let fresh: (dialect: 'sqlite' | 'postgres') => Promise<string>

  before(async () => {
    fresh = async (dialect) => {
      const { url, drop } =
        dialect === 'postgres'
          ? await freshPostgresDatabase()
          : await createTestDatabaseUrl(dialect)
      drops.push(drop)
      return url
    }
    sourceUrl = await fresh('sqlite')
    seeded = await seed(sourceUrl)
  })
  after(async () => {
    for (const drop of drops) await drop()
  })

  it('puts dialect-typed rows into one canonical form', () => {
    const instants = new Set(['at'])
    const columns = ['at', 'flag', 'score', 'text']
    assert.equal(
      canonicalRow(
        { at: '2026-11-20T12:00:00Z', flag: true, score: 1, text: null },
        columns,
        instants,
      ),
      canonicalRow(
        { at: new Date('2026-11-20T12:00:00.000Z'), flag: 1, score: 1.0, text: undefined },
        columns,
        instants,
      ),
    )
    assert.notEqual(
      canonicalRow({ at: null, flag: 0, score: 0, text: '' }, columns, instants),
      canonicalRow({ at: null, flag: 0, score: 0, text: null }, columns, instants),
    )
  })

  it('copies SQLite to SQLite with equal checksums, and refuses a non-empty target', async () => {
    const target = await fresh('sqlite')
    const progress: string[] = []
    const result = await copyDatabase(sourceUrl, target, (p) =>
      progress.push(`${p.phase}:${p.table}`),
    )
    assert.equal(result.ok, true)
    const rows = rowsOf(result)
    assert.equal(rows.entries, seeded.entries)
    assert.equal(rows.publishers, 3)
    assert.equal(rows.feeds, 3)
    assert.ok(rows.stories! >= 1 && rows.story_members === seeded.entries)
    assert.ok(rows.story_events! > rows.story_members!)
    assert.ok(rows.entities! > 0 && rows.entry_entities! > 0)
    assert.ok(rows.editor_constraints! >= 1, 'the editor split and merge left constraints')
    assert.equal(result.searchIndexed, seeded.entries)
    assert.ok(progress.includes('copy:entry_entities') && progress.includes('verify:entries'))
    await assertCopyWorks(target, seeded)

    await assert.rejects(copyDatabase(sourceUrl, target), (error: unknown) => {
      assert.ok(isAppError(error) && error.code === 'conflict')
      assert.match(error.message, /^db copy: the target .* is not empty \(publishers: 4/)
      return true
    })
    await assert.rejects(copyDatabase(sourceUrl, sourceUrl), /same database/)
  })

  it('refuses a source table it does not know, rather than leave it behind', async () => {
    const source = await fresh('sqlite')
    const extra = createDatabase(source)
    await sql`create table notes (id integer primary key, body text)`.execute(extra.db)
    await extra.close()
    await openApp(source, true).then((app) => app.close())
    await assert.rejects(
      copyDatabase(source, await fresh('sqlite')),
      /tables this copy does not know \(notes\)/,
    )
  })

  it(
    'copies SQLite to PostgreSQL and back with the same checksums; the copy searches and runs',
    { skip: POSTGRES_URL ? false : 'BROADSHEET_TEST_POSTGRES_URL is not set' },
    async () => {
      const pgUrl = await fresh('postgres')
      const toPg = await copyDatabase(sourceUrl, pgUrl)
      assert.equal(toPg.ok, true)
      assert.equal(rowsOf(toPg).entries, seeded.entries)
      assert.equal(toPg.searchIndexed, seeded.entries, 'the entry_search trigger filled the index')
      // the same data in SQLite (a SQLite-to-SQLite copy) has the same checksums
      const viaSqlite = await copyDatabase(sourceUrl, await fresh('sqlite'))
      assert.deepEqual(toPg.tables, viaSqlite.tables)
      // and back again, unchanged
      const back = await copyDatabase(pgUrl, await fresh('sqlite'))
      assert.deepEqual(back.tables, toPg.tables)
      await assertCopyWorks(pgUrl, seeded)
    },
  )
})
