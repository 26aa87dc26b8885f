import assert from 'node:assert/strict'
import { once } from 'node:events'
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import { type AddressInfo, createServer, type Socket } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { gzipSync } from 'node:zlib'

import {
  FEED_ETAG,
  FEED_LAST_MODIFIED,
  type FixtureServer,
  RSS_FEED,
  startFixtureServer,
} from '../../../test/support/fixture-server.js'
import { fixedClock } from '../../lib/clock.js'
import {
  createFetcher,
  DEFAULT_FETCHER_OPTIONS,
  type Fetcher,
  type FetcherOptions,
  type FetchResult,
  isCancelled,
} from './fetcher.js'

const MiB = 1024 * 1024
const TEST_TIMEOUT = { timeout: 5000 }

/** Every test hostname resolves to the loopback fixture server; `*.nx` names do not resolve. */
async function resolveToLoopback(host: string): Promise<string[]> {
  if (host.endsWith('.nx')) {
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
  }
  return ['127.0.0.1']
}

const TEST_OPTIONS: FetcherOptions = {
  ...DEFAULT_FETCHER_OPTIONS,
  userAgent: 'Broadsheet-test/0.1',
  // generous, so a busy machine does not turn other outcomes into timeouts; the timeout tests
  // build their own fetcher with a 300 ms deadline
  connectTimeoutMs: 2000,
  totalTimeoutMs: 4000,
  maxBodyBytes: 1 * MiB,
  allowPrivateNetworks: true,
  resolve: resolveToLoopback,
}

/** Drops headers whose values change from run to run. */
function stable(result: FetchResult): FetchResult {
  if (result.kind === 'failed') return result
  const {
    date: _date,
    'keep-alive': _keepAlive,
    connection: _connection,
    ...headers
  } = result.headers
  return { ...result, headers }
}

let server: FixtureServer
let fetcher: Fetcher

before(async () => {
  server = await startFixtureServer()
  fetcher = createFetcher(TEST_OPTIONS)
})

after(async () => {
  await fetcher.close()
  await server.close()
})

describe('fetcher: success and conditional GET', () => {
  it('fetches a feed with its validators', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({ url: server.url('/feed') })
    assert.deepEqual(stable(result), {
      kind: 'ok',
      url: server.url('/feed'),
      status: 200,
      headers: {
        'content-type': 'application/rss+xml; charset=utf-8',
        'content-length': String(Buffer.byteLength(RSS_FEED)),
        etag: FEED_ETAG,
        'last-modified': FEED_LAST_MODIFIED,
      },
      body: Buffer.from(RSS_FEED),
      contentType: 'application/rss+xml; charset=utf-8',
      etag: FEED_ETAG,
      lastModified: FEED_LAST_MODIFIED,
      permanentRedirect: null,
      cacheMaxAgeSeconds: null,
    })
  })

  it('sends an honest User-Agent, Accept and Accept-Encoding', TEST_TIMEOUT, async () => {
    server.reset()
    await fetcher.fetch({ url: server.url('/feed'), accept: 'application/rss+xml' })
    const [logged] = server.requests
    assert.deepEqual(
      {
        'user-agent': logged?.headers['user-agent'],
        accept: logged?.headers.accept,
        'accept-encoding': logged?.headers['accept-encoding'],
        'if-none-match': logged?.headers['if-none-match'],
      },
      {
        'user-agent': 'Broadsheet-test/0.1',
        accept: 'application/rss+xml',
        'accept-encoding': 'gzip, deflate, br',
        'if-none-match': undefined,
      },
    )
  })

  it('gets 304 with a matching ETag', TEST_TIMEOUT, async () => {
    server.reset()
    const result = await fetcher.fetch({ url: server.url('/feed-etag-only'), etag: FEED_ETAG })
    assert.deepEqual(stable(result), {
      kind: 'not-modified',
      url: server.url('/feed-etag-only'),
      headers: { etag: FEED_ETAG },
      cacheMaxAgeSeconds: null,
    })
    assert.equal(server.requests[0]?.headers['if-none-match'], FEED_ETAG)
  })

  it('gets 304 with Last-Modified', TEST_TIMEOUT, async () => {
    server.reset()
    const url = server.url('/feed-last-modified-only')
    const result = await fetcher.fetch({ url, lastModified: FEED_LAST_MODIFIED })
    assert.deepEqual(stable(result), {
      kind: 'not-modified',
      url,
      headers: { 'last-modified': FEED_LAST_MODIFIED },
      cacheMaxAgeSeconds: null,
    })
    assert.equal(server.requests[0]?.headers['if-modified-since'], FEED_LAST_MODIFIED)
  })

  it('gets the body again when the ETag changed', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({ url: server.url('/feed'), etag: '"feed-v0"' })
    assert.deepEqual([result.kind, result.kind === 'ok' && result.etag], ['ok', FEED_ETAG])
  })

  it('reads Cache-Control max-age, also on 304', TEST_TIMEOUT, async () => {
    server.route('/cached', {
      body: RSS_FEED,
      etag: '"c1"',
      headers: { 'cache-control': 'public, max-age=1800' },
    })
    const fresh = await fetcher.fetch({ url: server.url('/cached') })
    const again = await fetcher.fetch({ url: server.url('/cached'), etag: '"c1"' })
    assert.deepEqual(
      [fresh.kind, fresh.kind === 'ok' && fresh.cacheMaxAgeSeconds, again.kind],
      ['ok', 1800, 'not-modified'],
    )
  })
})

describe('fetcher: redirects', () => {
  const cases: readonly (readonly [string, string, string | null])[] = [
    ['302 is temporary', '302', null],
    ['307 is temporary', '307', null],
    ['303 is temporary', '303', null],
    ['301 is permanent', '301', 'final'],
    ['308 is permanent', '308', 'final'],
    ['301 then 308 is permanent', '301,308', 'final'],
    ['301 then 302 is not permanent', '301,302', null],
    ['302 then 301 is not permanent', '302,301', null],
    ['five hops are allowed', '301,301,301,301,301', 'final'],
  ]
  for (const [name, codes, permanent] of cases) {
    it(name, TEST_TIMEOUT, async () => {
      const final = server.url('/feed')
      const result = await fetcher.fetch({ url: server.url(`/redirect?codes=${codes}&to=/feed`) })
      assert.deepEqual(
        result.kind === 'ok'
          ? { url: result.url, permanentRedirect: result.permanentRedirect }
          : result,
        { url: final, permanentRedirect: permanent === null ? null : final },
      )
    })
  }

  it('follows a redirect to another host', TEST_TIMEOUT, async () => {
    const to = encodeURIComponent(server.url('/feed', 'elsewhere.test'))
    const result = await fetcher.fetch({ url: server.url(`/redirect?codes=301&to=${to}`) })
    assert.deepEqual(
      result.kind === 'ok' && result.permanentRedirect,
      server.url('/feed', 'elsewhere.test'),
    )
  })

  it('gives up after maxRedirects', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({
      url: server.url('/redirect?codes=301,301,301,301,301,301'),
    })
    assert.deepEqual(result.kind === 'failed' && result.failure, {
      reason: 'too-many-redirects',
      message: 'fetch: more than 5 redirects',
    })
  })

  it('detects redirect loops', TEST_TIMEOUT, async () => {
    const selfLoop = await fetcher.fetch({ url: server.url('/loop') })
    const pingPong = await fetcher.fetch({ url: server.url('/loop-a') })
    assert.deepEqual(
      [selfLoop, pingPong].map((r) => r.kind === 'failed' && r.failure),
      [
        { reason: 'too-many-redirects', message: `fetch: redirect loop at ${server.url('/loop')}` },
        {
          reason: 'too-many-redirects',
          message: `fetch: redirect loop at ${server.url('/loop-a')}`,
        },
      ],
    )
  })

  it('refuses redirects to non-HTTP URLs', TEST_TIMEOUT, async () => {
    server.route('/to-file', (_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' }).end()
    })
    const result = await fetcher.fetch({ url: server.url('/to-file') })
    assert.deepEqual(result.kind === 'failed' && result.failure, {
      reason: 'bad-url',
      message: 'fetch: HTTP 302 redirect to an invalid or non-HTTP URL (file:///etc/passwd)',
      status: 302,
    })
  })
})

describe('fetcher: HTTP errors', () => {
  it('maps statuses to failure reasons', TEST_TIMEOUT, async () => {
    const paths = ['/not-found', '/gone', '/error', '/status/403', '/status/502', '/status/300']
    const failures = await Promise.all(
      paths.map(async (path) => {
        const result = await fetcher.fetch({ url: server.url(path) })
        return result.kind === 'failed' ? result.failure : result.kind
      }),
    )
    assert.deepEqual(failures, [
      { reason: 'not-found', message: 'fetch: HTTP 404 Not Found', status: 404 },
      { reason: 'gone', message: 'fetch: HTTP 410 Gone', status: 410 },
      { reason: 'http-5xx', message: 'fetch: HTTP 500 Internal Server Error', status: 500 },
      { reason: 'http-4xx', message: 'fetch: HTTP 403 Forbidden', status: 403 },
      { reason: 'http-5xx', message: 'fetch: HTTP 502 Bad Gateway', status: 502 },
      {
        reason: 'bad-url',
        message: 'fetch: HTTP 300 Multiple Choices cannot be followed',
        status: 300,
      },
    ])
  })

  it('reads Retry-After in seconds on 429', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({ url: server.url('/status/429?retry-after=120') })
    assert.deepEqual(result, {
      kind: 'failed',
      url: server.url('/status/429?retry-after=120'),
      failure: {
        reason: 'rate-limited',
        message: 'fetch: HTTP 429 Too Many Requests',
        status: 429,
        retryAfterSeconds: 120,
      },
    })
  })

  it('reads a Retry-After HTTP-date against the Date header', TEST_TIMEOUT, async () => {
    const query = new URLSearchParams({
      'retry-after': 'Wed, 21 Oct 2015 07:30:00 GMT',
      date: 'Wed, 21 Oct 2015 07:28:00 GMT',
    })
    const result = await fetcher.fetch({ url: server.url(`/status/429?${query}`) })
    assert.deepEqual(result.kind === 'failed' && result.failure.retryAfterSeconds, 120)
  })

  it(
    'reads a Retry-After HTTP-date against the clock without a Date header',
    TEST_TIMEOUT,
    async () => {
      const clocked = createFetcher({
        ...TEST_OPTIONS,
        clock: fixedClock(new Date('2015-10-21T07:25:00Z')),
      })
      try {
        const query = new URLSearchParams({
          'retry-after': 'Wed, 21 Oct 2015 07:30:00 GMT',
          date: 'none',
        })
        const result = await clocked.fetch({ url: server.url(`/status/429?${query}`) })
        assert.deepEqual(result.kind === 'failed' && result.failure.retryAfterSeconds, 300)
      } finally {
        await clocked.close()
      }
    },
  )

  it('reads Retry-After on 503', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({ url: server.url('/status/503?retry-after=30') })
    assert.deepEqual(result.kind === 'failed' && result.failure, {
      reason: 'http-5xx',
      message: 'fetch: HTTP 503 Service Unavailable',
      status: 503,
      retryAfterSeconds: 30,
    })
  })

  it('omits retryAfterSeconds when Retry-After is absent or garbage', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({ url: server.url('/status/429?retry-after=later') })
    assert.deepEqual(result.kind === 'failed' && result.failure, {
      reason: 'rate-limited',
      message: 'fetch: HTTP 429 Too Many Requests',
      status: 429,
    })
  })
})

describe('fetcher: timeouts', () => {
  const timedOut = { reason: 'timeout', message: 'fetch: no complete response within 300 ms' }

  for (const [name, path] of [
    ['slow headers', '/slow-headers?ms=10000'],
    ['headers then a stalled body', '/stall-body'],
    ['an endless slow body', '/slow-body?ms=20'],
  ] as const) {
    it(`times out on ${name}`, TEST_TIMEOUT, async () => {
      const quick = createFetcher({ ...TEST_OPTIONS, totalTimeoutMs: 300 })
      try {
        const started = performance.now()
        const result = await quick.fetch({ url: server.url(path) })
        const elapsedMs = performance.now() - started
        assert.deepEqual(result.kind === 'failed' && result.failure, timedOut)
        assert.ok(elapsedMs >= 290 && elapsedMs < 3000, `took ${elapsedMs} ms`)
      } finally {
        await quick.close()
      }
    })
  }

  it('times out connecting when DNS never answers', TEST_TIMEOUT, async () => {
    // undici's connect timer has a coarse (about 0.5 s) resolution, hence the loose bound
    const stuck = createFetcher({
      ...TEST_OPTIONS,
      connectTimeoutMs: 200,
      totalTimeoutMs: 10_000,
      resolve: () => new Promise<string[]>(() => undefined),
    })
    try {
      const started = performance.now()
      const result = await stuck.fetch({ url: 'http://never.test/feed' })
      const elapsedMs = performance.now() - started
      assert.deepEqual(result.kind === 'failed' && result.failure, {
        reason: 'timeout',
        message:
          'fetch: timed out (Connect Timeout Error (attempted address: never.test:80, timeout: 200ms))',
      })
      assert.ok(elapsedMs < 4000, `took ${elapsedMs} ms`)
    } finally {
      await stuck.close()
    }
  })
})

describe('fetcher: cancellation by the caller', () => {
  it('stops a fetch in flight at once, rejecting with a cancellation', TEST_TIMEOUT, async () => {
    const stop = new AbortController()
    const started = performance.now()
    const pending = fetcher.fetch({
      url: server.url('/slow-headers?ms=10000'),
      signal: stop.signal,
    })
    setTimeout(() => stop.abort(), 100)
    await assert.rejects(pending, (error: unknown) => isCancelled(error))
    const elapsedMs = performance.now() - started
    assert.ok(elapsedMs < 2000, `took ${elapsedMs} ms against a 4 s deadline`)
  })

  it('stops a stalled body too', TEST_TIMEOUT, async () => {
    const stop = new AbortController()
    const pending = fetcher.fetch({ url: server.url('/stall-body'), signal: stop.signal })
    setTimeout(() => stop.abort(), 100)
    await assert.rejects(pending, (error: unknown) => isCancelled(error))
  })

  it(
    'does not start when already cancelled, and a cancelled wait in the queue ends',
    TEST_TIMEOUT,
    async () => {
      const stopped = AbortSignal.abort()
      await assert.rejects(
        fetcher.fetch({ url: server.url('/feed'), signal: stopped }),
        (error: unknown) => isCancelled(error),
      )
      // one request per host: the second waits behind the slow first one
      const single = createFetcher({ ...TEST_OPTIONS, perHostConcurrency: 1 })
      try {
        const slow = single.fetch({ url: server.url('/slow-headers?ms=1500') })
        const stop = new AbortController()
        const queued = single.fetch({ url: server.url('/feed'), signal: stop.signal })
        setTimeout(() => stop.abort(), 100)
        await assert.rejects(queued, (error: unknown) => isCancelled(error))
        assert.equal((await slow).kind, 'ok', 'the slow fetch is not affected')
      } finally {
        await single.close()
      }
    },
  )

  it('a signal that is never used changes nothing', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({
      url: server.url('/feed'),
      signal: new AbortController().signal,
    })
    assert.equal(result.kind, 'ok')
  })
})

describe('fetcher: size limits and encodings', () => {
  it('refuses a declared Content-Length above the cap before reading', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({ url: server.url(`/large?bytes=${2 * MiB}`) })
    assert.deepEqual(result.kind === 'failed' && result.failure, {
      reason: 'too-large',
      message: `fetch: Content-Length ${2 * MiB} exceeds the ${MiB}-byte limit`,
    })
  })

  it('accepts a body exactly at the cap', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({ url: server.url(`/large?bytes=${MiB}`) })
    assert.deepEqual(result.kind === 'ok' && result.body.length, MiB)
  })

  it('stops an endless chunked body at the cap', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({ url: server.url('/endless') })
    assert.deepEqual(result.kind === 'failed' && result.failure, {
      reason: 'too-large',
      message: 'fetch: response exceeded 1 MiB',
    })
  })

  it('stops compression bombs at the cap on decoded bytes', TEST_TIMEOUT, async () => {
    const codings = ['gzip', 'deflate', 'deflate-raw', 'br']
    const started = performance.now()
    const failures = await Promise.all(
      codings.map(async (coding) => {
        const result = await fetcher.fetch({ url: server.url(`/gzip-bomb?coding=${coding}`) })
        return result.kind === 'failed' ? result.failure : result.kind
      }),
    )
    const elapsedMs = performance.now() - started
    assert.deepEqual(
      failures,
      codings.map(() => ({ reason: 'too-large', message: 'fetch: response exceeded 1 MiB' })),
    )
    assert.ok(elapsedMs < 4000, `took ${elapsedMs} ms`)
  })

  it(
    'applies the cap after decompression even when Content-Length is small',
    TEST_TIMEOUT,
    async () => {
      const compressedLength = gzipSync(Buffer.alloc(2 * MiB), { level: 9 }).length
      assert.ok(compressedLength < MiB)
      const result = await fetcher.fetch({ url: server.url(`/gzip-zeros?bytes=${2 * MiB}`) })
      assert.deepEqual(result.kind === 'failed' && result.failure.reason, 'too-large')
    },
  )

  it('decodes gzip, deflate (zlib and raw), br and stacked codings', TEST_TIMEOUT, async () => {
    const codings = ['gzip', 'deflate', 'deflate-raw', 'br', 'gzip,br', 'deflate,gzip']
    const bodies = await Promise.all(
      codings.map(async (coding) => {
        const result = await fetcher.fetch({ url: server.url(`/encoded/${coding}`) })
        return result.kind === 'ok' ? result.body.toString('utf8') : result
      }),
    )
    assert.deepEqual(
      bodies,
      codings.map(() => RSS_FEED),
    )
  })

  it('reports unknown and corrupt encodings as decode-error', TEST_TIMEOUT, async () => {
    server.route('/corrupt-gzip', {
      body: 'this is not gzip at all',
      headers: { 'content-encoding': 'gzip' },
    })
    const unknown = await fetcher.fetch({ url: server.url('/encoded/zstd') })
    const corrupt = await fetcher.fetch({ url: server.url('/corrupt-gzip') })
    assert.deepEqual(
      [unknown, corrupt].map((r) => r.kind === 'failed' && r.failure),
      [
        { reason: 'decode-error', message: 'fetch: unsupported Content-Encoding "zstd"' },
        {
          reason: 'decode-error',
          message: 'fetch: cannot decode gzip body (incorrect header check)',
        },
      ],
    )
  })

  it('passes bytes through untouched whatever the declared charset', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({ url: server.url('/wrong-charset') })
    assert.deepEqual(
      result.kind === 'ok' && [result.contentType, result.body.includes(Buffer.from([0x93]))],
      ['application/rss+xml; charset=utf-8', true],
    )
  })
})

describe('fetcher: SSRF guard', () => {
  const blockedFetcher = (extra: Partial<FetcherOptions> = {}): Fetcher =>
    createFetcher({ ...TEST_OPTIONS, allowPrivateNetworks: false, ...extra })

  it('refuses a literal private IP without connecting', TEST_TIMEOUT, async () => {
    const guarded = blockedFetcher()
    server.reset()
    try {
      const results = await Promise.all(
        [
          server.url('/feed'),
          `http://[::1]:${server.port}/feed`,
          `http://[::ffff:127.0.0.1]:${server.port}/`,
        ].map((url) => guarded.fetch({ url })),
      )
      assert.deepEqual(
        results.map((r) => r.kind === 'failed' && r.failure),
        [
          {
            reason: 'blocked-address',
            message: 'fetch: refusing to connect to private address 127.0.0.1',
          },
          {
            reason: 'blocked-address',
            message: 'fetch: refusing to connect to private address ::1',
          },
          {
            reason: 'blocked-address',
            message: 'fetch: refusing to connect to private address ::ffff:7f00:1',
          },
        ],
      )
      assert.deepEqual(server.requests, [])
    } finally {
      await guarded.close()
    }
  })

  it(
    'refuses a hostname that resolves to a private address, at connect time',
    TEST_TIMEOUT,
    async () => {
      const guarded = blockedFetcher({
        resolve: async (host) => (host === 'mixed.test' ? ['10.0.0.1', '::1'] : ['127.0.0.1']),
      })
      server.reset()
      try {
        const sneaky = await guarded.fetch({ url: server.url('/feed', 'sneaky.test') })
        const mixed = await guarded.fetch({ url: server.url('/feed', 'mixed.test') })
        assert.deepEqual(
          [sneaky, mixed].map((r) => r.kind === 'failed' && r.failure),
          [
            {
              reason: 'blocked-address',
              message:
                'fetch: refusing to connect to sneaky.test: it resolves to private address 127.0.0.1',
            },
            {
              reason: 'blocked-address',
              message:
                'fetch: refusing to connect to mixed.test: it resolves to private address 10.0.0.1',
            },
          ],
        )
        assert.deepEqual(server.requests, [])
      } finally {
        await guarded.close()
      }
    },
  )

  it('re-checks every redirect hop', TEST_TIMEOUT, async () => {
    // allowed.test is exempted by name, so the first hop reaches the fixture server; the redirect
    // then points at a private address, which must be refused before any connection is made
    const guarded = blockedFetcher({ allowPrivateHosts: ['Allowed.test'] })
    server.reset()
    try {
      const toName = encodeURIComponent(server.url('/feed', 'private.test'))
      const toLiteral = encodeURIComponent(server.url('/feed'))
      const viaName = await guarded.fetch({
        url: server.url(`/redirect?codes=301&to=${toName}`, 'allowed.test'),
      })
      const viaLiteral = await guarded.fetch({
        url: server.url(`/redirect?codes=302&to=${toLiteral}`, 'allowed.test'),
      })
      assert.deepEqual(
        [viaName, viaLiteral].map((r) => r.kind === 'failed' && [r.url, r.failure.reason]),
        [
          [server.url('/feed', 'private.test'), 'blocked-address'],
          [server.url('/feed'), 'blocked-address'],
        ],
      )
      assert.deepEqual(
        server.requests.map((r) => [r.hostname, r.path]),
        [
          ['allowed.test', `/redirect?codes=301&to=${toName}`],
          ['allowed.test', `/redirect?codes=302&to=${toLiteral}`],
        ],
      )
    } finally {
      await guarded.close()
    }
  })
})

describe('fetcher: network failures', () => {
  it('reports a refused connection', TEST_TIMEOUT, async () => {
    const closed = createServer()
    closed.listen(0, '127.0.0.1')
    await once(closed, 'listening')
    const { port } = closed.address() as { port: number }
    closed.close()
    await once(closed, 'close')
    const result = await fetcher.fetch({ url: `http://127.0.0.1:${port}/feed` })
    assert.deepEqual(result.kind === 'failed' && result.failure, {
      reason: 'refused',
      message: `fetch: connection refused (connect ECONNREFUSED 127.0.0.1:${port})`,
    })
  })

  it('reports a DNS failure', TEST_TIMEOUT, async () => {
    const result = await fetcher.fetch({ url: 'http://missing.nx/feed' })
    assert.deepEqual(result, {
      kind: 'failed',
      url: 'http://missing.nx/feed',
      failure: {
        reason: 'dns',
        message: 'fetch: DNS lookup failed (getaddrinfo ENOTFOUND missing.nx)',
      },
    })
  })

  it('reports a connection reset', TEST_TIMEOUT, async () => {
    server.route('/reset', (request) => {
      request.socket.destroy()
    })
    const result = await fetcher.fetch({ url: server.url('/reset') })
    assert.deepEqual(result.kind === 'failed' && result.failure.reason, 'reset')
  })

  it('rejects URLs that are not http(s)', TEST_TIMEOUT, async () => {
    const urls = ['ftp://example.org/feed', 'not a url', 'javascript:alert(1)', 'http://']
    const results = await Promise.all(urls.map((url) => fetcher.fetch({ url })))
    assert.deepEqual(
      results.map((r) => r.kind === 'failed' && r.failure.reason),
      ['bad-url', 'bad-url', 'bad-url', 'bad-url'],
    )
  })

  it('fails fast once closed', TEST_TIMEOUT, async () => {
    const closing = createFetcher(TEST_OPTIONS)
    await closing.close()
    const result = await closing.fetch({ url: server.url('/feed') })
    assert.deepEqual(result.kind === 'failed' && result.failure, {
      reason: 'network',
      message: 'fetch: the fetcher is closed',
    })
  })
})

describe('fetcher: keep-alive connections the server closed', () => {
  // its own server: the fixture server's 1 s keep-alive timeout makes undici never reuse a connection
  const routes = new Map<string, (request: IncomingMessage, response: ServerResponse) => void>()
  const upstream = createHttpServer((request, response) => {
    const handler = routes.get(new URL(request.url ?? '/', 'http://x').pathname)
    if (handler === undefined) response.writeHead(404).end()
    else handler(request, response)
  })
  const urlOf = (path: string) => {
    const { port } = upstream.address() as AddressInfo
    return `http://127.0.0.1:${port}${path}`
  }
  before(async () => {
    upstream.listen(0, '127.0.0.1')
    await once(upstream, 'listening')
  })
  after(async () => {
    upstream.closeAllConnections()
    upstream.close()
    await once(upstream, 'close')
  })

  /**
   * A route that answers the first request on each connection and treats a later one on the same
   * connection with `onReused`, as a server does that closes an idle keep-alive connection just as
   * the client reuses it. Logs, per request, whether its connection was new.
   */
  function routePerConnection(
    path: string,
    onReused: (request: IncomingMessage, response: ServerResponse) => void,
    onNew: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) =>
      response.end(RSS_FEED),
  ): { connections: string[] } {
    const requestsPerSocket = new WeakMap<Socket, number>()
    const connections: string[] = []
    routes.set(path, (request, response) => {
      const count = (requestsPerSocket.get(request.socket) ?? 0) + 1
      requestsPerSocket.set(request.socket, count)
      connections.push(count === 1 ? 'new' : 'reused')
      if (count === 1) onNew(request, response)
      else onReused(request, response)
    })
    return { connections }
  }

  /** Sequential fetches with a pause between them, so each finds the last one's connection idle. */
  async function fetchInTurn(client: Fetcher, url: string, times: number): Promise<FetchResult[]> {
    const results: FetchResult[] = []
    for (let i = 0; i < times; i++) {
      if (i > 0) await sleep(30)
      results.push(await client.fetch({ url }))
    }
    return results
  }

  it(
    'sends a request again on a new connection when a reused one is closed before any answer',
    TEST_TIMEOUT,
    async () => {
      const { connections } = routePerConnection('/closes-reused', (request) =>
        request.socket.destroy(),
      )
      const client = createFetcher(TEST_OPTIONS)
      try {
        const results = await fetchInTurn(client, urlOf('/closes-reused'), 6)
        assert.deepEqual(
          results.map((r) => (r.kind === 'failed' ? r.failure : r.kind)),
          Array.from({ length: 6 }, () => 'ok'),
        )
        // every request closed on a reused connection was sent once more, on a new one
        assert.ok(connections.filter((c) => c === 'reused').length >= 2, connections.join(' '))
        assert.ok(
          connections.every((c, i) => c === 'new' || connections[i + 1] === 'new'),
          connections.join(' '),
        )
      } finally {
        await client.close()
      }
    },
  )

  it('does not retry a reset on a new connection', TEST_TIMEOUT, async () => {
    const { connections } = routePerConnection(
      '/resets-new',
      (request) => request.socket.destroy(),
      (request) => request.socket.destroy(),
    )
    const client = createFetcher(TEST_OPTIONS)
    try {
      const result = await client.fetch({ url: urlOf('/resets-new') })
      assert.equal(result.kind === 'failed' && result.failure.reason, 'reset')
      assert.deepEqual(connections, ['new'])
    } finally {
      await client.close()
    }
  })

  it('does not retry once response bytes have arrived', TEST_TIMEOUT, async () => {
    const { connections } = routePerConnection('/half-status-line', (request) => {
      // the start of an answer, then the connection closes: the server did see the request
      request.socket.end('HTTP/1.1 200 O')
    })
    const client = createFetcher(TEST_OPTIONS)
    try {
      const results = await fetchInTurn(client, urlOf('/half-status-line'), 2)
      assert.deepEqual(
        results.map((r) => (r.kind === 'failed' ? r.failure.reason : r.kind)),
        ['ok', 'reset'],
      )
      assert.deepEqual(connections, ['new', 'reused'])
    } finally {
      await client.close()
    }
  })

  it('does not retry a body cut off on a reused connection', TEST_TIMEOUT, async () => {
    const { connections } = routePerConnection('/cut-body', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' })
      response.write('partial', () => response.destroy())
    })
    const client = createFetcher(TEST_OPTIONS)
    try {
      const results = await fetchInTurn(client, urlOf('/cut-body'), 2)
      assert.deepEqual(
        results.map((r) => (r.kind === 'failed' ? r.failure.reason : r.kind)),
        ['ok', 'reset'],
      )
      assert.deepEqual(connections, ['new', 'reused'])
    } finally {
      await client.close()
    }
  })
})

describe('fetcher: concurrency', () => {
  it('keeps per-host and global limits, queueing the rest', TEST_TIMEOUT, async () => {
    const limited = createFetcher({
      ...TEST_OPTIONS,
      concurrency: 3,
      perHostConcurrency: 2,
    })
    server.reset()
    try {
      const urls = ['a.test', 'b.test'].flatMap((host) =>
        Array.from({ length: 5 }, (_, i) => server.url(`/slow?ms=60&i=${i}`, host)),
      )
      const results = await Promise.all(urls.map((url) => limited.fetch({ url })))
      assert.deepEqual(
        results.map((r) => r.kind),
        urls.map(() => 'ok'),
      )
      assert.deepEqual(
        {
          a: server.maxInFlight('a.test'),
          b: server.maxInFlight('b.test'),
          all: server.maxInFlight(),
        },
        { a: 2, b: 2, all: 3 },
      )
    } finally {
      await limited.close()
    }
  })
})
