/**
 * The clustering use-case on a real database (each dialect): decisions are stored with their evidence,
 * editor merges and splits are kept, and a second clusterer (another worker) replays what the first
 * decided before it decides anything itself.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createTestDatabaseUrl, DIALECTS } from '../../test/support/dialects.js'
import { type App, createApp } from '../app.js'
import { parseConfig } from '../config/load-config.js'
import type { NewEntry } from '../domain/entry.js'
import type { EntryId, FeedId, PublisherId } from '../domain/ids.js'
import { fixedClock } from '../lib/clock.js'
import { silentLogger } from '../lib/logger.js'
import { leadOf } from './cluster-entries.js'

const now = new Date('2026-11-20T12:00:00.000Z')

const quake = (n: number, place: string, extra = ''): Partial<NewEntry> => ({
  title: `Magnitude 6.${n} earthquake strikes ${place}`,
  plainText: `A magnitude 6.${n} earthquake struck near ${place} on Monday morning, the national seismology service said. Rescue teams from ${place} searched collapsed buildings and hospitals treated dozens of injured residents. ${extra}`,
})

function entry(key: string, patch: Partial<NewEntry>, hoursAgo: number): NewEntry {
  return {
    identityKey: `guid:${key}`,
    guid: key,
    url: `https://news.example/${key}`,
    canonicalUrl: `https://news.example/${key}`,
    title: '',
    authors: [],
    publishedAt: new Date(now.getTime() - hoursAgo * 3_600_000),
    updatedAt: null,
    summaryHtml: null,
    contentHtml: null,
    plainText: '',
    language: 'en',
    imageUrl: null,
    categories: [],
    contentFingerprint: key,
    hasFullText: false,
    ...patch,
  }
}

for (const dialect of DIALECTS) {
  describe(`clusterEntries on ${dialect}`, () => {
    let app: App
    let second: App
    let drop: () => Promise<void>
    const feeds: FeedId[] = []
    const publishers: PublisherId[] = []

    before(async () => {
      const db = await createTestDatabaseUrl(dialect)
      drop = db.drop
      const config = parseConfig({ DATABASE_URL: db.url }, '/tmp')
      app = await createApp(config, { migrate: true, logger: silentLogger, clock: fixedClock(now) })
      second = await createApp(config, { logger: silentLogger, clock: fixedClock(now) })
      for (const slug of ['herald', 'courier', 'ledger']) {
        const { feed, publisher } = await app.services.addPublisherFeed(
          { slug, name: slug, homepageUrl: null, country: null, language: 'en', iconUrl: null },
          { url: `https://${slug}.example/feed` },
        )
        feeds.push(feed.id)
        publishers.push(publisher.id)
      }
    })
    after(async () => {
      await second.close()
      await app.close()
      await drop()
    })

    async function store(i: number, entries: NewEntry[]): Promise<EntryId[]> {
      return (await app.stores.entries.upsertMany(feeds[i]!, publishers[i]!, entries, now)).inserted
    }

    it('groups coverage of one event, keeps another apart, and explains each membership', async () => {
      const [a] = await store(0, [entry('a', quake(4, 'Iquique'), 3)])
      const [b] = await store(1, [entry('b', quake(4, 'Iquique', 'Aftershocks followed.'), 2)])
      const [c] = await store(2, [
        entry(
          'c',
          {
            title: 'Parliament passes the budget after a late-night vote',
            plainText:
              'The parliament in Oslo passed the national budget for next year after a late-night vote on Thursday, ending weeks of talks between the coalition parties.',
          },
          1,
        ),
      ])
      const totals = await app.clusterer.clusterEntries([a!, b!, c!])
      assert.equal(totals.assigned, 3)
      const storyA = await app.stores.stories.storyOfEntry(a!)
      assert.equal(await app.stores.stories.storyOfEntry(b!), storyA)
      assert.notEqual(await app.stores.stories.storyOfEntry(c!), storyA)
      const story = await app.services.storyDetail(storyA!)
      assert.equal(story.publisherCount, 2)
      assert.equal(story.entryCount, 2)
      const joined = story.members.find((m) => m.entryId === b)!
      assert.match(joined.explanation, /Iquique/)
      assert.ok(joined.score > 0)
      // the entry's entities are stored for topic pages
      const detail = await app.httpDeps.reader.storyEntities(storyA!)
      assert.ok(
        detail.some((e) => e.name === 'Iquique'),
        JSON.stringify(detail),
      )
    })

    it("keeps an editor's split: the entry never goes back", async () => {
      const [d] = await store(0, [entry('d', quake(4, 'Iquique', 'The port was closed.'), 1)])
      await app.clusterer.clusterEntries([d!])
      const before = (await app.stores.stories.storyOfEntry(d!))!
      const moved = await app.services.splitEntry(before, d!)
      assert.notEqual(moved, before)
      assert.equal(await app.stores.stories.storyOfEntry(d!), moved)
      // a second worker replays the split, and clusters a new entry of the same event without undoing it
      const [e] = await store(1, [entry('e', quake(4, 'Iquique', 'Schools stayed shut.'), 0.5)])
      await second.clusterer.clusterEntries([e!])
      assert.equal(await app.stores.stories.storyOfEntry(e!), before)
      assert.equal(await app.stores.stories.storyOfEntry(d!), moved)
      await assert.rejects(app.services.splitEntry(before, d!), /not in story/)
    })

    it("keeps an editor's merge, and the merged story's id still resolves", async () => {
      const [f] = await store(2, [
        entry(
          'f',
          {
            title: 'Museum returns a stolen painting to its owners',
            plainText:
              'A museum in Ghent returned a painting stolen in the 1970s to the family that owned it, after a decade-long legal dispute over its provenance.',
          },
          1,
        ),
      ])
      await app.clusterer.clusterEntries([f!])
      const from = (await app.stores.stories.storyOfEntry(f!))!
      const [a] = await app.stores.entries.latest({ limit: 1, feedId: feeds[0] })
      const into = (await app.stores.stories.storyOfEntry(a!.id))!
      assert.equal(await app.services.mergeStories(from, into), into)
      assert.equal(await app.stores.stories.resolve(from), into)
      assert.equal(await app.stores.stories.storyOfEntry(f!), into)
      await assert.rejects(app.services.mergeStories(from, into), /already one story/)
      await assert.rejects(app.services.mergeStories(999_999 as never, into), /no story/)
    })
  })
}

/** A word of letters only, distinct for each n (terms are runs of letters). */
const word = (n: number): string => {
  let w = ''
  for (let k = n + 26 * 26; k > 0; k = Math.floor(k / 26)) w += String.fromCharCode(97 + (k % 26))
  return `${w}ovic`
}

for (const dialect of DIALECTS) {
  describe(`a worker's story index on ${dialect}`, () => {
    it('is rebuilt from the open stories once it has learned too many terms, and decides on', async () => {
      const db = await createTestDatabaseUrl(dialect)
      const messages: string[] = []
      const logger = {
        ...silentLogger,
        info: (_fields: object, message: string) => void messages.push(message),
        child: () => logger,
      }
      const config = parseConfig({ DATABASE_URL: db.url, CLUSTER_VOCABULARY_LIMIT: '1000' }, '/tmp')
      const app = await createApp(config, { migrate: true, logger, clock: fixedClock(now) })
      try {
        const { feed, publisher } = await app.services.addPublisherFeed(
          {
            slug: 'wire',
            name: 'Wire',
            homepageUrl: null,
            country: null,
            language: 'en',
            iconUrl: null,
          },
          { url: 'https://wire.example/feed' },
        )
        const store = async (entries: NewEntry[]) =>
          (await app.stores.entries.upsertMany(feed.id, publisher.id, entries, now)).inserted
        const [first] = await store([entry('q1', quake(2, 'Arica'), 10)])
        await app.clusterer.clusterEntries([first!])
        // 40 reports full of words never seen before: the vocabulary more than doubles
        const noise = Array.from({ length: 40 }, (_, i) =>
          entry(
            `n${i}`,
            {
              title: `Bulletin ${word(i * 1000)} ${word(i * 1000 + 1)}`,
              plainText: Array.from({ length: 200 }, (_, j) => word(i * 1000 + j)).join(' '),
            },
            9 - i / 10,
          ),
        )
        await app.clusterer.clusterEntries(await store(noise))
        assert.ok(
          messages.some((m) => m.includes('rebuilding it from the open stories')),
          messages.join('\n'),
        )
        // the rebuilt index still knows the quake's story
        const [second] = await store([entry('q2', quake(2, 'Arica', 'Roads were closed.'), 1)])
        await app.clusterer.clusterEntries([second!])
        assert.equal(
          await app.stores.stories.storyOfEntry(second!),
          await app.stores.stories.storyOfEntry(first!),
        )
      } finally {
        await app.close()
        await db.drop()
      }
    })
  })
}

describe('leadOf', () => {
  it('cuts after a sentence or a word, never mid-word', () => {
    assert.equal(leadOf('Short lead.', 80), 'Short lead.')
    assert.equal(
      leadOf(
        'Ministers met in Brussels. They agreed to send more systems to Ukraine this winter.',
        40,
      ),
      'Ministers met in Brussels.',
    )
    assert.equal(
      leadOf('Ministers meeting in Brussels agreed to send more air defence', 40),
      'Ministers meeting in Brussels agreed to…',
    )
  })
})
