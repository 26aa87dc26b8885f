/**
 * Clustering is canonical on a real database (each dialect): the same entries form the same
 * stories whatever order their feeds were fetched in and however many workers decide them. One
 * database gets the entries in one order and two clusterers (two workers) deciding interleaved
 * chunks of 4; another gets them in another order and one clusterer. The stories must be equal,
 * which also checks that each worker's replay of the other's decisions (joins, merges and splits)
 * reproduces the decider's state.
 *
 * Data: labelled ECB+ topics (testdata/ecbplus-SOURCE.txt; two confusable events per topic, and
 * topic 25 makes clustering merge and split stories), given publication times over two days.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, describe, it } from 'node:test'

import { createTestDatabaseUrl, DIALECTS } from '../../test/support/dialects.js'
import { type App, createApp } from '../app.js'
import { parseConfig } from '../config/load-config.js'
import type { NewEntry } from '../domain/entry.js'
import type { FeedId, PublisherId } from '../domain/ids.js'
import { fixedClock } from '../lib/clock.js'
import { silentLogger } from '../lib/logger.js'
import type { ClusterTotals } from './cluster-entries.js'
import { parseClusterJsonl } from './cluster-jsonl.js'
import { seededRandom } from './synthetic-news.js'

const now = new Date('2026-11-20T12:00:00.000Z')
const docs = ['ecbplus-sample.jsonl', 'ecbplus-topic-25.jsonl'].flatMap((file) =>
  parseClusterJsonl(readFileSync(new URL(`./testdata/${file}`, import.meta.url), 'utf8')),
)

/** Each document as an entry, published at a seeded time in the last 48 hours (some share one). */
function entries(): NewEntry[] {
  const rand = seededRandom(7)
  return docs.map((d) => ({
    identityKey: `guid:${d.id}`,
    guid: d.id,
    url: `https://news.example/${d.id}`,
    canonicalUrl: `https://news.example/${d.id}`,
    title: d.title,
    authors: [],
    publishedAt: new Date(now.getTime() - Math.floor(rand() * 48) * 3_600_000),
    updatedAt: null,
    summaryHtml: null,
    contentHtml: null,
    plainText: d.text,
    language: 'en',
    imageUrl: null,
    categories: [],
    contentFingerprint: d.id,
    hasFullText: false,
  }))
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rand = seededRandom(seed)
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

interface Instance {
  apps: App[]
  drop(): Promise<void>
}

/** A database with three feeds, `workers` apps on it, and the entries stored in `order`, feed by feed. */
async function instance(
  dialect: (typeof DIALECTS)[number],
  workers: number,
  order: NewEntry[],
  chunk?: number,
): Promise<Instance> {
  const db = await createTestDatabaseUrl(dialect)
  const config = parseConfig({ DATABASE_URL: db.url, CLUSTER_WINDOW_HOURS: '96' }, '/tmp')
  const apps: App[] = []
  for (let i = 0; i < workers; i++) {
    apps.push(
      await createApp(config, {
        migrate: i === 0,
        logger: silentLogger,
        clock: fixedClock(now),
        ...(chunk !== undefined && { clusterChunkSize: chunk }),
      }),
    )
  }
  const app = apps[0]!
  const feeds: { feed: FeedId; publisher: PublisherId }[] = []
  for (const slug of ['herald', 'courier', 'ledger']) {
    const { feed, publisher } = await app.services.addPublisherFeed(
      { slug, name: slug, homepageUrl: null, country: null, language: 'en', iconUrl: null },
      { url: `https://${slug}.example/feed` },
    )
    feeds.push({ feed: feed.id, publisher: publisher.id })
  }
  // each batch of 10 goes to the next feed, like feeds fetched one after another
  for (let i = 0; i < order.length; i += 10) {
    const { feed, publisher } = feeds[(i / 10) % feeds.length]!
    await app.stores.entries.upsertMany(
      feed,
      publisher,
      order.slice(i, i + 10),
      now,
      undefined,
      (trx, inserted) =>
        app.stores.jobs.enqueueMany(
          inserted.map((e) => ({
            kind: 'cluster-entry',
            key: `entry:${e.id}`,
            payload: { entryId: e.id },
            runAt: e.sortAt,
          })),
          now,
          trx,
        ),
    )
  }
  return {
    apps,
    drop: async () => {
      for (const a of apps) await a.close()
      await db.drop()
    },
  }
}

/** The stories as sets of guids (ids differ between databases). */
async function stories(app: App): Promise<string[]> {
  assert.deepEqual(await app.stores.jobs.list('cluster-entry'), [], 'no entry is left pending')
  const memberships = await app.stores.stories.openMemberships(new Date(0))
  const guids = new Map(
    (await app.stores.entries.byIds(memberships.map((m) => m.entryId))).map((e) => [e.id, e.guid]),
  )
  const groups = new Map<number, string[]>()
  for (const m of memberships) {
    groups.set(m.storyId, [...(groups.get(m.storyId) ?? []), guids.get(m.entryId) ?? ''])
  }
  return [...groups.values()].map((g) => g.sort().join(' ')).sort()
}

async function takeTurns(apps: App[]): Promise<ClusterTotals[]> {
  const totals = apps.map(() => ({ assigned: 0, created: 0, merged: 0, split: 0 }))
  for (let busy = true; busy;) {
    busy = false
    for (const [i, app] of apps.entries()) {
      const t = await app.clusterer.clusterPending({ chunks: 1 })
      for (const k of ['assigned', 'created', 'merged', 'split'] as const) totals[i]![k] += t[k]
      busy ||= t.assigned > 0
    }
  }
  return totals
}

for (const dialect of DIALECTS) {
  describe(`canonical clustering on ${dialect}`, () => {
    const cleanup: (() => Promise<void>)[] = []
    after(async () => {
      for (const drop of cleanup) await drop()
    })

    it('forms the same stories with two interleaved workers as with one, whatever the fetch order', async (t) => {
      const all = entries()
      const multi = await instance(dialect, 2, shuffled(all, 1), 4)
      cleanup.push(multi.drop)
      const single = await instance(dialect, 1, shuffled(all, 2))
      cleanup.push(single.drop)

      for (const app of multi.apps) await app.clusterer.warmUp()
      // PostgreSQL: the two race for the decision lock. SQLite runs one process per database (two
      // connections in one process would block each other), so they take turns, a chunk each.
      const totals =
        dialect === 'postgres'
          ? await Promise.all(multi.apps.map((app) => app.clusterer.clusterPending()))
          : await takeTurns(multi.apps)
      const alone = await single.apps[0]!.clusterer.clusterPending()
      t.diagnostic(`two workers: ${JSON.stringify(totals)}; one: ${JSON.stringify(alone)}`)

      assert.equal(totals[0]!.assigned + totals[1]!.assigned, all.length)
      assert.ok(
        totals[0]!.assigned > 0 && totals[1]!.assigned > 0,
        'both workers decided some entries (the test interleaves them)',
      )
      assert.ok(alone.merged + alone.split > 0, 'the data makes clustering merge or split stories')
      assert.deepEqual(await stories(multi.apps[1]!), await stories(single.apps[0]!))
    })
  })
}
