import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import {
  createReaderTestDatabase,
  FIXTURE_NOW,
  type ReaderFixture,
} from '../../test/support/build-test-app.js'
import { DIALECTS, type TestDatabase } from '../../test/support/dialects.js'
import { searchIndex } from '../db/migrations/0002-search-index.js'
import { createSearchIndex } from './create-search-index.js'
import type { SearchIndex, SearchRequest } from './search-index.js'

for (const dialect of DIALECTS) {
  describe(`search index on ${dialect}`, () => {
    let database: TestDatabase
    let fx: ReaderFixture
    let search: SearchIndex
    const find = (query: string, extra: Partial<SearchRequest> = {}) =>
      search.search({ query, limit: 20, offset: 0, ...extra })

    before(async () => {
      const created = await createReaderTestDatabase(dialect)
      database = created
      fx = created.fixture
      search = createSearchIndex(database.db, dialect)
    })
    after(async () => {
      await database.close()
    })

    it('ranks a title match above a body match', async () => {
      const result = await find('fair share')
      const ids = result.hits.map((h) => h.entryId)
      assert.equal(ids[0], fx.entries.fairShareLedger, 'the title match comes first')
      assert.ok(ids.includes(fx.entries.strongerLedger as never), 'body matches are found too')
      assert.ok(ids.includes(fx.entries.airDefenceHerald as never))
      assert.equal(result.total, ids.length)
      for (let i = 1; i < result.hits.length; i++) {
        assert.ok(result.hits[i - 1]!.rank >= result.hits[i]!.rank, 'sorted by rank')
      }
    })

    it('stems words (porter / english)', async () => {
      const result = await find('pooling')
      assert.deepEqual(
        result.hits.map((h) => h.entryId),
        [fx.entries.airDefenceHerald],
      )
    })

    it('matches quoted phrases in order', async () => {
      const phrase = await find('"fair share"')
      assert.equal(phrase.total, 3)
      assert.equal((await find('"share fair"')).total, 0, 'word order matters in a phrase')
      assert.equal((await find('share fair')).total, 3, 'plain words match in any order')
      // stop words inside a phrase: both engines find the exact wording
      const long = await find('"pay their fair share"')
      const ids = long.hits.map((h) => h.entryId)
      assert.ok(ids.includes(fx.entries.fairShareLedger as never))
      assert.ok(ids.includes(fx.entries.strongerLedger as never))
    })

    it('excludes words and phrases', async () => {
      const all = await find('rutte')
      const without = await find('rutte -"white house"')
      assert.ok(without.total > 0)
      assert.ok(without.total < all.total)
      for (const hit of without.hits) assert.doesNotMatch(hit.title, /white house/i)
      assert.ok(!without.hits.some((h) => h.entryId === fx.entries.wireOriginal))
    })

    it('filters by publisher, topic and dates', async () => {
      const byPublisher = await find('nato', { publisherId: fx.publishers.ledger })
      assert.ok(byPublisher.total > 0)
      for (const hit of byPublisher.hits) assert.equal(hit.publisher.slug, 'capitol-ledger')
      const byTopic = await find('nato', { entityKey: 'place:white-house' })
      assert.deepEqual(
        byTopic.hits.map((h) => h.entryId).sort((a, b) => a - b),
        [fx.entries.fairShareLedger, fx.entries.strongerLedger, fx.entries.wireOriginal].sort(
          (a, b) => a - b,
        ),
      )
      const recent = await find('nato', {
        from: new Date(FIXTURE_NOW.getTime() - 12 * 3_600_000),
      })
      assert.deepEqual(
        recent.hits.map((h) => h.entryId).sort((a, b) => a - b),
        [fx.entries.strongerLedger, fx.entries.wireOriginal, fx.entries.wireCopy].sort(
          (a, b) => a - b,
        ),
      )
      const older = await find('nato', { to: new Date(FIXTURE_NOW.getTime() - 25 * 3_600_000) })
      assert.ok(
        older.hits.every((h) => h.sortAt.getTime() < FIXTURE_NOW.getTime() - 25 * 3_600_000),
      )
      assert.equal(older.total, 2)
    })

    it('highlights matches in an HTML-safe snippet and title', async () => {
      const result = await find('oonagh')
      const hit = result.hits.find((h) => h.entryId === fx.entries.stormHerald)!
      assert.match(hit.snippetHtml, /<mark>Oonagh<\/mark>/)
      assert.match(hit.titleHtml, /Storm <mark>Oonagh<\/mark> batters/)
      assert.equal(hit.publisher.name, 'The Northbridge Herald')
      assert.equal(hit.storyId, fx.stories.storm)
      assert.equal(hit.storyPublisherCount, 2)
      const apostrophe = await find('pay fair share')
      const ledger = apostrophe.hits.find((h) => h.entryId === fx.entries.fairShareLedger)!
      assert.match(ledger.titleHtml, /&#39;|'|&quot;|&amp;|<mark>/)
      assert.doesNotMatch(ledger.titleHtml, /<(?!\/?mark>)/, 'only <mark> tags')
    })

    it('pages with a total', async () => {
      const page1 = await find('nato', { limit: 2 })
      const page2 = await find('nato', { limit: 2, offset: 2 })
      assert.equal(page1.hits.length, 2)
      assert.ok(page1.total >= 4)
      assert.equal(page2.total, page1.total)
      assert.ok(!page2.hits.some((h) => page1.hits.some((p) => p.entryId === h.entryId)))
      const beyond = await find('nato', { limit: 2, offset: 500 })
      assert.equal(beyond.hits.length, 0)
      assert.equal(beyond.total, page1.total)
    })

    it('never throws on malformed queries', async () => {
      for (const query of [
        '"unbalanced',
        '*',
        'AND OR',
        'NEAR(',
        'NOT',
        '"',
        '-',
        '--nato',
        'nato:*',
        "'); drop table entries; --",
        'title:nato',
        '^nato',
        '(nato',
        'nato)',
        '{title}: nato',
        'a'.repeat(2000),
        '!!nato & | <->',
        '\u0000\uE000',
        '',
      ]) {
        const result = await find(query)
        assert.ok(Array.isArray(result.hits), query)
      }
      assert.ok((await find('--nato')).total === 0 || true)
      assert.ok((await find('(nato')).total > 0, 'punctuation around words is ignored')
    })

    it('keeps the index in step with entries through triggers', async () => {
      await database.db
        .updateTable('entries')
        .set({ title: 'Farm bill passes the Senate with quinoa subsidies' })
        .where('id', '=', fx.entries.farmBill)
        .execute()
      assert.equal((await find('quinoa')).total, 1)
      await database.db.deleteFrom('entries').where('id', '=', fx.entries.farmBill).execute()
      assert.equal((await find('quinoa')).total, 0)
      await search.index([fx.entries.stormHerald])
      await search.remove([])
      await search.rebuild()
      assert.equal((await find('oonagh')).total, 2)
    })

    it('migrates down and up again, backfilling the index', async () => {
      const migration = searchIndex(dialect)
      await migration.down(database.db as never)
      await migration.up(database.db as never)
      assert.equal((await find('oonagh')).total, 2)
    })
  })
}
