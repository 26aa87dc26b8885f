import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import {
  createReaderTestDatabase,
  FIXTURE_NOW,
  type ReaderFixture,
} from '../../test/support/build-test-app.js'
import { DIALECTS, type TestDatabase } from '../../test/support/dialects.js'
import { DEFAULT_PICK_SECTIONS, pickSections } from '../rank/pick-sections.js'
import { relateStories } from '../rank/relate-stories.js'
import { rankStories } from '../rank/score-story.js'
import { createReaderStore, type ReaderStore } from './reader-store.js'

for (const dialect of DIALECTS) {
  describe(`reader store on ${dialect}`, () => {
    let database: TestDatabase
    let fx: ReaderFixture
    let reader: ReaderStore
    before(async () => {
      const created = await createReaderTestDatabase(dialect)
      database = created
      fx = created.fixture
      reader = createReaderStore(database.db, dialect)
    })
    after(async () => {
      await database.close()
    })

    it('lists top-story candidates of the last 72 h with distinct publishers and entry times', async () => {
      const candidates = await reader.topStoryCandidates({ now: FIXTURE_NOW })
      const ids = candidates.map((c) => c.id)
      assert.ok(ids.includes(fx.stories.nato as never))
      assert.ok(!ids.includes(fx.stories.mergedIntoNato as never), 'merged stories are left out')
      assert.ok(!ids.includes(fx.stories.old as never), 'old stories are left out')
      const nato = candidates.find((c) => c.id === fx.stories.nato)!
      // Capitol Ledger has two feeds in the story: it counts once
      assert.equal(nato.publisherCount, 4)
      assert.equal(nato.entryTimes.length, 5)
      assert.equal(nato.publishers[0]!.slug, 'meridian-europe', 'first reporter first')
      assert.equal(
        nato.imageUrl,
        'https://meridian-europe.example/images/rutte.jpg',
        'falls back to the first member image',
      )
      assert.ok(nato.lastEntryAt instanceof Date)
      // the fresh, accelerating storm (2 publishers, 3 h) outranks the slowing NATO story (4, 8 h)
      const ranked = rankStories(candidates, FIXTURE_NOW)
      assert.deepEqual(
        ranked.map((s) => s.id),
        [fx.stories.storm, fx.stories.nato, fx.stories.airDefence],
      )
    })

    it('pages the latest entries, folding copies away', async () => {
      const first = await reader.latestEntries({ limit: 3 })
      assert.deepEqual(
        first.map((e) => e.id),
        [fx.entries.farmBill, fx.entries.stormHerald, fx.entries.stormMeridian],
      )
      assert.equal(first[0]!.storyId, null)
      assert.equal(first[1]!.storyId, fx.stories.storm)
      assert.equal(first[1]!.storyPublisherCount, 2)
      assert.equal(first[0]!.publisher.name, 'The Capitol Ledger')
      const last = first.at(-1)!
      const next = await reader.latestEntries({
        limit: 10,
        before: { sortAt: last.sortAt, id: last.id },
      })
      assert.equal(next[0]!.id, fx.entries.strongerLedger)
      assert.ok(!next.some((e) => e.id === fx.entries.wireCopy), 'copies are folded away')
      assert.equal(next.length, 6)
    })

    it('finds a story by id and follows merges', async () => {
      const story = await reader.storyById(fx.stories.nato)
      assert.equal(story?.id, fx.stories.nato)
      assert.equal(story?.firstEntry?.publisher.slug, 'meridian-europe')
      const merged = await reader.storyById(fx.stories.mergedIntoNato)
      assert.equal(merged?.id, fx.stories.nato)
      assert.equal(await reader.storyById(999_999), null)
    })

    it('gives the coverage with copies and evidence', async () => {
      const coverage = await reader.storyCoverage(fx.stories.nato)
      assert.equal(coverage.length, 5)
      const copy = coverage.find((m) => m.entry.id === fx.entries.wireCopy)!
      assert.equal(copy.copyOfEntryId, fx.entries.wireOriginal)
      assert.match(copy.explanation, /copy/)
      const original = coverage.find((m) => m.entry.id === fx.entries.rutteMeridian)!
      assert.deepEqual(original.evidence, {
        sharedEntities: ['NATO', 'Mark Rutte'],
        similarity: 0.41,
      })
      assert.equal(original.entry.authors[0], 'Elise Vandermeulen')
    })

    it('aggregates story entities by entries and mentions', async () => {
      const entities = await reader.storyEntities(fx.stories.nato, 3)
      assert.deepEqual(
        entities.map((e) => [e.key, e.entryCount, e.mentions]),
        [
          ['organization:nato', 5, 8],
          ['person:mark-rutte', 5, 7],
          ['person:donald-trump', 3, 5],
        ],
      )
    })

    it('relates stories that share entities, never the story itself', async () => {
      const inputs = await reader.relatedStoryInputs(fx.stories.nato, { now: FIXTURE_NOW })
      const related = relateStories(inputs, { limit: 4 })
      assert.deepEqual(
        related.map((r) => r.storyId),
        [fx.stories.airDefence],
      )
      const none = await reader.relatedStoryInputs(fx.stories.old, { now: FIXTURE_NOW })
      assert.deepEqual(none.candidates, [])
    })

    it('reads an entry with its publisher and story', async () => {
      const article = await reader.entryById(fx.entries.wireCopy)
      assert.equal(article?.publisher.slug, 'northbridge-herald')
      assert.equal(article?.story?.id, fx.stories.nato)
      assert.equal(article?.copyOfEntryId, fx.entries.wireOriginal)
      assert.ok(article?.contentHtml?.includes('<p>'))
      const alone = await reader.entryById(fx.entries.farmBill)
      assert.equal(alone?.story, null)
      assert.equal(await reader.entryById(999_999), null)
    })

    it('reads a topic with its latest stories', async () => {
      const topic = await reader.entityByKey('organization:nato')
      assert.equal(topic?.entity.name, 'NATO')
      assert.deepEqual(
        topic?.stories.map((s) => s.id),
        [fx.stories.nato, fx.stories.airDefence],
      )
      assert.equal(topic?.entryCount, 7)
      assert.equal(await reader.entityByKey('person:nobody'), null)
    })

    it('reads a publisher with its feeds and latest entries', async () => {
      const page = await reader.publisherBySlug('capitol-ledger')
      assert.equal(page?.publisher.country, 'US')
      assert.equal(page?.feeds.length, 2)
      assert.equal(page?.entries[0]?.id, fx.entries.farmBill)
      assert.equal(await reader.publisherBySlug('nope'), null)
    })

    it('gives the inputs of sections by topic', async () => {
      const { rows, entities } = await reader.sectionInputs({ now: FIXTURE_NOW })
      const picks = pickSections(rows, { ...DEFAULT_PICK_SECTIONS, storiesPerSection: 4 })
      assert.equal(entities.get(picks[0]!.entityId)?.key, 'organization:nato')
      assert.deepEqual(picks[0]!.storyIds, [fx.stories.nato, fx.stories.airDefence])
      assert.ok(!rows.some((r) => r.storyId === fx.stories.old), 'old stories are left out')
      const nato = rows.find(
        (r) => r.storyId === fx.stories.nato && entities.get(r.entityId)?.name === 'NATO',
      )
      assert.equal(nato?.mentions, 8)
    })

    it('lists feed health, failing feeds first', async () => {
      const feeds = await reader.feedsHealth()
      assert.equal(feeds.length, 5)
      assert.equal(feeds[0]!.id, fx.feeds.herald)
      assert.equal(feeds[0]!.lastErrorReason, 'http-5xx')
      const meridian = feeds.find((f) => f.id === fx.feeds.meridian)!
      assert.equal(meridian.fullTextFailures, 3)
      assert.equal(meridian.fullTextAttempts, 10)
      assert.ok(meridian.nextCheckAt instanceof Date)
    })

    it('returns story cards in the order asked', async () => {
      const cards = await reader.storyCards([fx.stories.storm, 424_242, fx.stories.nato])
      assert.deepEqual(
        cards.map((c) => c.id),
        [fx.stories.storm, fx.stories.nato],
      )
    })
  })
}
