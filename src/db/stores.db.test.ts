import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/support/dialects.js'
import type { NewEntry } from '../domain/entry.js'
import { createEntryStore } from './entry-store.js'
import { createFeedStore } from './feed-store.js'
import { createJobStore } from './job-store.js'
import { assertSchemaCurrent, migrateDown, schemaStatus } from './migrate.js'
import { createPublisherStore } from './publisher-store.js'

const t0 = new Date('2026-11-20T08:00:00.000Z')

function newEntry(n: number, patch: Partial<NewEntry> = {}): NewEntry {
  return {
    identityKey: `guid:${n}`,
    guid: `${n}`,
    url: `https://news.example/a/${n}`,
    canonicalUrl: `https://news.example/a/${n}`,
    title: `Entry ${n}`,
    authors: ['A. Writer'],
    publishedAt: new Date(t0.getTime() - n * 60_000),
    updatedAt: null,
    summaryHtml: `<p>Summary ${n}</p>`,
    contentHtml: null,
    plainText: `Summary ${n}`,
    language: 'en',
    imageUrl: null,
    categories: ['World'],
    contentFingerprint: `fp${n}`,
    hasFullText: false,
    ...patch,
  }
}

for (const dialect of DIALECTS) {
  describe(`stores on ${dialect}`, () => {
    let database: TestDatabase
    before(async () => {
      database = await createTestDatabase(dialect)
    })
    after(async () => {
      await database.close()
    })

    it('reports the schema as current after migration', async () => {
      await assertSchemaCurrent(database.db as never, dialect)
      const status = await schemaStatus(database.db as never, dialect)
      assert.deepEqual(status.pending, [])
      assert.deepEqual(status.unknown, [])
    })

    it('upserts entries idempotently by identity and canonical URL', async () => {
      const publishers = createPublisherStore(database.db)
      const feeds = createFeedStore(database.db)
      const entries = createEntryStore(database.db)
      const publisher = await publishers.ensure(
        {
          slug: 'herald',
          name: 'Herald',
          homepageUrl: null,
          country: 'GB',
          language: 'en',
          iconUrl: null,
        },
        t0,
      )
      const { feed } = await feeds.add(
        { publisherId: publisher.id, url: 'https://news.example/feed' },
        t0,
      )
      const first = await entries.upsertMany(feed.id, publisher.id, [newEntry(1), newEntry(2)], t0)
      assert.equal(first.inserted.length, 2)
      const again = await entries.upsertMany(feed.id, publisher.id, [newEntry(1), newEntry(2)], t0)
      assert.deepEqual(again, { inserted: [], updated: [], unchanged: 2 })
      // edited title, same guid: updated in place
      const edited = await entries.upsertMany(
        feed.id,
        publisher.id,
        [newEntry(1, { title: 'Entry 1 (updated)', contentFingerprint: 'fp1b' })],
        t0,
      )
      assert.deepEqual(edited, { inserted: [], updated: [first.inserted[0]], unchanged: 0 })
      // no guid, different identity key but same canonical URL: still the same entry
      const sameUrl = await entries.upsertMany(
        feed.id,
        publisher.id,
        [
          newEntry(2, {
            identityKey: 'url:https://news.example/a/2',
            guid: null,
            contentFingerprint: 'fp2b',
          }),
        ],
        t0,
      )
      assert.deepEqual(sameUrl.updated, [first.inserted[1]])
      assert.equal(await entries.count(), 2)
      const stored = await entries.byId(first.inserted[0]!)
      assert.equal(stored?.title, 'Entry 1 (updated)')
      assert.deepEqual(stored?.authors, ['A. Writer'])
      assert.equal(stored?.publishedAt?.toISOString(), '2026-11-20T07:59:00.000Z')
    })

    it('lets one worker at a time hold a job, and frees it when the lease expires', async () => {
      const jobs = createJobStore(database.db, dialect)
      await jobs.enqueue(
        { kind: 'refresh-feed', key: 'feed:1', payload: { feedId: 1 }, runAt: t0 },
        t0,
      )
      await jobs.enqueue(
        { kind: 'refresh-feed', key: 'feed:1', payload: { feedId: 1 }, runAt: t0 },
        t0,
      )
      const claims = await Promise.all(
        ['w1', 'w2', 'w3'].map((owner) =>
          jobs.claim({ kinds: ['refresh-feed'], owner, now: t0, leaseSeconds: 60, limit: 5 }),
        ),
      )
      assert.equal(claims.flat().length, 1)
      const later = new Date(t0.getTime() + 61_000)
      const reclaimed = await jobs.claim({
        kinds: ['refresh-feed'],
        owner: 'w4',
        now: later,
        leaseSeconds: 60,
        limit: 5,
      })
      assert.equal(reclaimed.length, 1)
      assert.equal(reclaimed[0]?.attempts, 2)
      await jobs.release(reclaimed[0]!.id, 'w4', new Date(later.getTime() + 600_000))
      assert.deepEqual(
        await jobs.claim({
          kinds: ['refresh-feed'],
          owner: 'w5',
          now: later,
          leaseSeconds: 60,
          limit: 5,
        }),
        [],
      )
      assert.equal(
        (await jobs.nextRunAt(['refresh-feed']))?.toISOString(),
        new Date(later.getTime() + 600_000).toISOString(),
      )
    })

    it('renews a lease only for its holder, and says when a kind of job is busy', async () => {
      const jobs = createJobStore(database.db, dialect)
      const at = (s: number) => new Date(t0.getTime() + s * 1000)
      await jobs.enqueue({ kind: 'renew-test', key: 'a', runAt: at(0) }, at(0))
      assert.equal(await jobs.busy('renew-test', at(0)), true, 'due')
      const [job] = await jobs.claim({
        kinds: ['renew-test'],
        owner: 'w1',
        now: at(0),
        leaseSeconds: 10,
        limit: 1,
      })
      await jobs.renew(job!.id, 'w1', at(100))
      await jobs.renew(job!.id, 'w2', at(5)) // not the holder: no effect
      const claimAt = (s: number) =>
        jobs.claim({ kinds: ['renew-test'], owner: 'w3', now: at(s), leaseSeconds: 10, limit: 1 })
      assert.deepEqual(await claimAt(50), [], 'the renewed lease still holds')
      assert.equal(await jobs.busy('renew-test', at(50)), true, 'leased')
      await jobs.release(job!.id, 'w1', at(500))
      assert.equal(await jobs.busy('renew-test', at(60)), false, 'released until later')
      assert.equal(await jobs.busy('renew-test', at(500)), true, 'due again')
    })

    it('reads the head of an ordered queue with its ties, and sets failing jobs aside', async () => {
      const jobs = createJobStore(database.db, dialect)
      const at = (m: number) => new Date(t0.getTime() + m * 60_000)
      // run_at is the ordering key: 5 jobs, two of them tied at minute 2
      for (const [key, minute] of [
        ['e', 4],
        ['b', 2],
        ['a', 1],
        ['c', 2],
        ['d', 3],
      ] as const) {
        await jobs.enqueueMany([{ kind: 'ordered', key, runAt: at(minute) }], at(10 + minute))
      }
      const keys = async (limit: number) =>
        (await jobs.head('ordered', limit, 3)).map((j) => j.key).sort()
      assert.deepEqual(await keys(1), ['a'])
      assert.deepEqual(await keys(2), ['a', 'b', 'c'], 'a tie at the edge comes whole')
      assert.deepEqual(await keys(9), ['a', 'b', 'c', 'd', 'e'])
      assert.equal((await jobs.oldestCreatedAt('ordered', 3))?.toISOString(), at(11).toISOString())
      for (let i = 0; i < 3; i++) await jobs.recordFailure('ordered', 'a', 'boom')
      assert.deepEqual(await keys(1), ['b', 'c'], 'a failed three times: set aside')
      assert.equal((await jobs.oldestCreatedAt('ordered', 3))?.toISOString(), at(12).toISOString())
      const [failed] = (await jobs.list('ordered')).filter((j) => j.key === 'a')
      assert.deepEqual([failed?.attempts, failed?.lastError], [3, 'boom'])
      await jobs.removeMany('ordered', ['a', 'b', 'c', 'd', 'e'])
      assert.deepEqual(await jobs.list('ordered'), [])
      assert.equal(await jobs.oldestCreatedAt('ordered', 3), null)
    })
  })

  describe(`migrations on ${dialect}`, () => {
    it('go down and up again', async () => {
      const database = await createTestDatabase(dialect)
      try {
        const down = await migrateDown(database.db as never, dialect)
        assert.equal(down.error, undefined)
        const status = await schemaStatus(database.db as never, dialect)
        assert.ok(status.pending.length > 0)
        await assert.rejects(assertSchemaCurrent(database.db as never, dialect), /not migrated/)
      } finally {
        await database.close()
      }
    })
  })
}
