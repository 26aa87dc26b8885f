/**
 * The refresh use-case end to end: real fetcher, fixture upstream on 127.0.0.1, real database (each
 * dialect). Each case checks what was stored on the feed and its entries.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'

import { createTestDatabaseUrl, DIALECTS } from '../../test/support/dialects.js'
import {
  type FixtureServer,
  RSS_FEED,
  startFixtureServer,
} from '../../test/support/fixture-server.js'
import { type App, createApp } from '../app.js'
import { parseConfig } from '../config/load-config.js'
import type { FeedId } from '../domain/ids.js'
import { fixedClock } from '../lib/clock.js'
import { silentLogger } from '../lib/logger.js'
import { isCancelled } from './fetch/fetcher.js'

const start = new Date('2026-11-20T08:00:00.000Z')

async function openApp(databaseUrl: string, env: Record<string, string> = {}) {
  const config = parseConfig(
    {
      DATABASE_URL: databaseUrl,
      ALLOW_PRIVATE_NETWORKS: 'true',
      FETCH_TIMEOUT_MS: '1500',
      FETCH_CONNECT_TIMEOUT_MS: '1000',
      FETCH_MAX_BYTES: String(256 * 1024),
      FULL_TEXT: 'never',
      ...env,
    },
    '/tmp',
  )
  const clock = fixedClock(start)
  const app = await createApp(config, { migrate: true, logger: silentLogger, clock })
  return { app, clock }
}

for (const dialect of DIALECTS) {
  describe(`refreshFeed on ${dialect}`, () => {
    let server: FixtureServer
    let app: App
    let clock: ReturnType<typeof fixedClock>
    let drop: () => Promise<void>

    before(async () => {
      server = await startFixtureServer()
      const db = await createTestDatabaseUrl(dialect)
      drop = db.drop
      ;({ app, clock } = await openApp(db.url))
    })
    after(async () => {
      await app.close()
      await drop()
      await server.close()
    })

    async function subscribe(path: string): Promise<FeedId> {
      const { feed } = await app.services.addPublisherFeed(
        {
          slug: 'fixture',
          name: 'Fixture',
          homepageUrl: null,
          country: 'GB',
          language: 'en',
          iconUrl: null,
        },
        { url: server.url(path) },
      )
      return feed.id
    }

    it('stores entries, then answers a 304 with a conditional GET and writes nothing', async () => {
      const id = await subscribe('/feed')
      const first = await app.services.refreshFeed(id)
      assert.equal(first.kind, 'updated')
      assert.equal(first.kind === 'updated' && first.inserted, 1)
      const feed = await app.stores.feeds.byId(id)
      assert.equal(feed?.title, 'Fixture Feed')
      assert.equal(feed?.etag, '"feed-v1"')
      const [entry] = await app.stores.entries.latest({ limit: 5, feedId: id })
      assert.equal(entry?.title, 'First entry')
      assert.equal(entry?.plainText, 'Hello from the fixture server: café, naïve, 東京')
      server.reset()
      const second = await app.services.refreshFeed(id)
      assert.equal(second.kind, 'not-modified')
      assert.equal(server.requests[0]?.headers['if-none-match'], '"feed-v1"')
      assert.equal((await app.stores.entries.latest({ limit: 5, feedId: id })).length, 1)
      // the check is recorded, and the feed's <ttl>60</ttl> keeps the next check at least an hour away
      const checked = await app.stores.feeds.byId(id)
      assert.equal(checked?.consecutiveErrors, 0)
      assert.ok(checked!.nextCheckAt.getTime() - start.getTime() >= 600_000)
    })

    it('re-fetching an unchanged feed without validators writes nothing', async () => {
      server.route('/no-validators', {
        body: RSS_FEED,
        headers: { 'content-type': 'application/rss+xml' },
      })
      const id = await subscribe('/no-validators')
      await app.services.refreshFeed(id)
      const again = await app.services.refreshFeed(id)
      assert.deepEqual(
        again.kind === 'updated' && [again.inserted, again.updated, again.unchanged],
        [0, 0, 1],
      )
    })

    it('follows a temporary redirect without moving the feed, and a permanent one by moving it', async () => {
      const temporary = await subscribe('/redirect?codes=302&to=/atom.xml')
      assert.equal((await app.services.refreshFeed(temporary)).kind, 'updated')
      assert.equal(
        (await app.stores.feeds.byId(temporary))?.url,
        server.url('/redirect?codes=302&to=/atom.xml'),
      )
      const permanent = await subscribe('/redirect?codes=301,308&to=/feed-etag-only')
      assert.equal((await app.services.refreshFeed(permanent)).kind, 'updated')
      assert.equal((await app.stores.feeds.byId(permanent))?.url, server.url('/feed-etag-only'))
    })

    it('honours Retry-After on 429 and records the reason', async () => {
      const id = await subscribe('/status/429?retry-after=7200')
      const outcome = await app.services.refreshFeed(id)
      assert.equal(outcome.kind, 'failed')
      const feed = await app.stores.feeds.byId(id)
      assert.equal(feed?.lastErrorReason, 'rate-limited')
      assert.equal(feed?.consecutiveErrors, 1)
      assert.ok(feed!.nextCheckAt.getTime() - clock.now().getTime() >= 7200_000)
    })

    const failures: [string, string][] = [
      ['/slow-headers?ms=4000', 'timeout'],
      ['/large?bytes=1048576', 'too-large'],
      ['/endless', 'too-large'],
      ['/gzip-bomb', 'too-large'],
      ['/gone', 'gone'],
      ['/not-found', 'not-found'],
      ['/error', 'http-5xx'],
      ['/html-with-feeds', 'not-a-feed'],
    ]
    for (const [path, reason] of failures) {
      it(`records ${reason} for ${path} and backs off`, async () => {
        const id = await subscribe(path)
        const outcome = await app.services.refreshFeed(id)
        assert.equal(outcome.kind === 'failed' && outcome.reason, reason)
        const feed = await app.stores.feeds.byId(id)
        assert.equal(feed?.lastErrorReason, reason)
        assert.ok(feed?.lastErrorMessage)
        assert.ok(feed!.nextCheckAt.getTime() > clock.now().getTime())
      })
    }

    it('a cancelled refresh (a stopping worker) records nothing on the feed', async () => {
      const id = await subscribe('/slow-headers?ms=3999')
      const before = await app.stores.feeds.byId(id)
      assert.equal(before?.lastCheckedAt, null, 'a feed of its own')
      const stop = new AbortController()
      setTimeout(() => stop.abort(), 100)
      await assert.rejects(
        app.services.refreshFeed(id, { signal: stop.signal }),
        (error: unknown) => isCancelled(error),
      )
      const after = await app.stores.feeds.byId(id)
      assert.equal(after?.lastErrorReason, null)
      assert.equal(after?.consecutiveErrors, 0)
      assert.deepEqual(after?.lastCheckedAt, before?.lastCheckedAt)
      assert.deepEqual(after?.nextCheckAt, before?.nextCheckAt)
    })

    it('decodes a feed whose declared charset is wrong', async () => {
      const id = await subscribe('/wrong-charset')
      assert.equal((await app.services.refreshFeed(id)).kind, 'updated')
      const [entry] = await app.stores.entries.latest({ limit: 1, feedId: id })
      assert.equal(entry?.title, 'Naïve “quotes” — dash')
    })

    it('discovers the feed of an HTML page when adding it', async () => {
      const result = await app.services.addFeed({ url: server.url('/html-with-feeds') })
      assert.equal(result.feed.url, server.url('/feed'))
      assert.equal(result.discoveredFrom, server.url('/html-with-feeds'))
      await assert.rejects(
        app.services.addFeed({ url: server.url('/gone') }),
        /cannot fetch .*gone/,
      )
      await assert.rejects(
        app.services.addFeed({ url: 'ftp://example.org/feed' }),
        /only http and https/,
      )
    })

    it('stores every healthy feed of a pass when one is broken', async () => {
      const healthy = await Promise.all(
        ['/feed-last-modified-only', '/encoded/gzip', '/encoded/br'].map(subscribe),
      )
      const broken = await subscribe('/status/500')
      await app.stores.jobs.makeDue('refresh-feed', clock.now())
      const summary = await app.services.refreshOnce([...healthy, broken])
      assert.equal(summary.failed, 1)
      for (const id of healthy) {
        const feed = await app.stores.feeds.byId(id)
        assert.equal(feed?.consecutiveErrors, 0, `feed ${id} is healthy`)
        assert.ok((await app.stores.entries.latest({ limit: 1, feedId: id })).length === 1)
      }
      assert.equal((await app.stores.feeds.byId(broken))?.lastErrorReason, 'http-5xx')
    })
  })
}

describe('refreshFeed with the SSRF guard on', () => {
  it('refuses a feed on a private address and says so', async () => {
    const server = await startFixtureServer()
    const db = await createTestDatabaseUrl('sqlite')
    const { app } = await openApp(db.url, { ALLOW_PRIVATE_NETWORKS: 'false' })
    try {
      const { feed } = await app.services.addPublisherFeed(
        {
          slug: 'private',
          name: 'Private',
          homepageUrl: null,
          country: null,
          language: null,
          iconUrl: null,
        },
        { url: server.url('/feed') },
      )
      const outcome = await app.services.refreshFeed(feed.id)
      assert.equal(outcome.kind === 'failed' && outcome.reason, 'blocked-address')
      assert.equal(server.requests.length, 0)
      assert.equal((await app.stores.feeds.byId(feed.id))?.lastErrorReason, 'blocked-address')
    } finally {
      await app.close()
      await db.drop()
      await server.close()
    }
  })
})
