/**
 * @module fixture-server
 * A local upstream for tests: a node:http server on 127.0.0.1 (port 0) that plays every kind of
 * feed host the fetcher meets in the wild. Nothing here touches the internet.
 *
 * Built-in routes (query parameters in brackets):
 * - `/feed` RSS with ETag + Last-Modified, answering 304 to matching conditional requests;
 *   `/feed-etag-only`, `/feed-last-modified-only` keep one validator; `/atom.xml` an Atom feed
 * - `/redirect?codes=301,302&to=/feed` one hop per listed status, then `to` (path or absolute URL)
 * - `/loop` redirects to itself; `/loop-a` and `/loop-b` redirect to each other
 * - `/status/<code>[?retry-after=…&date=…|none]` any status; 429/503 with Retry-After and Date
 * - `/slow-headers[?ms=1000]` waits before sending headers; `/slow[?ms=100]` a feed after a delay
 * - `/stall-body` headers and a first chunk, then silence; `/slow-body[?ms=50]` endless trickle
 * - `/large[?bytes=N]` N bytes with Content-Length; `/endless` chunked bytes until the client leaves
 * - `/encoded/<codings>` the feed encoded with e.g. `gzip`, `deflate`, `br`, `gzip,br`, or
 *   `deflate-raw` (raw deflate labelled `deflate`, as some servers send)
 * - `/gzip-zeros[?bytes=N]` N zero bytes, gzipped up front (with Content-Length)
 * - `/gzip-bomb[?bytes=N&coding=gzip|deflate|deflate-raw|br]` N zero bytes (default 1 GiB),
 *   compressed lazily, only as fast as the client reads
 * - `/wrong-charset` windows-1252 bytes served as `charset=utf-8` (the XML prolog is right)
 * - `/html-with-feeds` an HTML page with `<link rel="alternate">` to RSS and Atom feeds
 * - `/not-found` 404, `/gone` 410, `/error` 500
 *
 * Tests add or override routes with `server.route(path, handlerOrResponse)`. Every request is
 * logged, and in-flight requests are counted per Host so tests can assert concurrency limits.
 */
import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  brotliCompressSync,
  constants,
  createBrotliCompress,
  createDeflate,
  createDeflateRaw,
  createGzip,
  deflateRawSync,
  deflateSync,
  gzipSync,
} from 'node:zlib'

export interface LoggedRequest {
  method: string
  /** path and query, as sent */
  path: string
  /** the Host header without the port */
  hostname: string
  headers: Record<string, string>
}

/** A declarative response; with `etag` or `lastModified` it answers conditional GETs with 304. */
export interface FixtureResponse {
  status?: number
  headers?: Record<string, string>
  body?: string | Buffer
  etag?: string
  lastModified?: string
  delayMs?: number
}

export type FixtureHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) => void | Promise<void>

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  readonly port: number
  /** absolute URL for `path`; `hostname` swaps 127.0.0.1 for a name a DNS override maps here */
  url(path: string, hostname?: string): string
  /** adds or replaces a route; an exact pathname, or a prefix ending in `/*` */
  route(path: string, handler: FixtureHandler | FixtureResponse): void
  /** every request received, oldest first */
  readonly requests: readonly LoggedRequest[]
  /** highest number of requests in flight at once, for one hostname or overall */
  maxInFlight(hostname?: string): number
  /** forgets logged requests and in-flight maxima */
  reset(): void
  close(): Promise<void>
}

export const FEED_ETAG = '"feed-v1"'
export const FEED_LAST_MODIFIED = 'Tue, 02 Jan 2024 03:04:05 GMT'

export const RSS_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Fixture Feed</title>
    <link>https://fixture.example/</link>
    <description>A feed served by the test fixture server</description>
    <ttl>60</ttl>
    <item>
      <title>First entry</title>
      <link>https://fixture.example/first</link>
      <guid>https://fixture.example/first</guid>
      <pubDate>Tue, 02 Jan 2024 03:00:00 GMT</pubDate>
      <description>Hello from the fixture server: café, naïve, 東京</description>
    </item>
  </channel>
</rss>
`

export const ATOM_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Fixture Atom</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>
  <updated>2024-01-02T03:00:00Z</updated>
  <entry>
    <title>Atom entry</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2024-01-02T03:00:00Z</updated>
    <link href="https://fixture.example/atom-entry"/>
  </entry>
</feed>
`

export const HTML_WITH_FEEDS = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Fixture Site</title>
  <link rel="alternate" type="application/rss+xml" title="Fixture RSS" href="/feed">
  <link rel="alternate" type="application/atom+xml" title="Fixture Atom" href="atom.xml">
  <link rel="stylesheet" href="/style.css">
</head>
<body><h1>Fixture Site</h1><p>Not a feed.</p></body>
</html>
`

const RSS_TYPE = 'application/rss+xml; charset=utf-8'

/** windows-1252 bytes for "café" etc., with a correct prolog but a lying Content-Type. */
const WINDOWS_1252_FEED = Buffer.from(
  `<?xml version="1.0" encoding="windows-1252"?>
<rss version="2.0"><channel><title>Caf\u00e9 \u00fcber</title><link>https://fixture.example/</link>
<description>Windows-1252 served as UTF-8</description>
<item><title>Na\u00efve \u201cquotes\u201d \u2014 dash</title><guid>cp1252-1</guid></item>
</channel></rss>
`
    .replace(/\u201c/g, '\x93')
    .replace(/\u201d/g, '\x94')
    .replace(/\u2014/g, '\x97'),
  'latin1',
)

const MiB = 1024 * 1024

/**
 * @example
 * const server = await startFixtureServer()
 * server.route('/custom', { body: '<rss/>', headers: { 'content-type': 'application/rss+xml' } })
 * const result = await fetcher.fetch({ url: server.url('/custom') })
 * await server.close()
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, FixtureHandler>(builtInRoutes())
  const requests: LoggedRequest[] = []
  const inFlight = new Map<string, number>()
  const maxima = new Map<string, number>()
  const ALL = '*'
  const bump = (key: string, delta: number): void => {
    const next = (inFlight.get(key) ?? 0) + delta
    inFlight.set(key, next)
    if (next > (maxima.get(key) ?? 0)) maxima.set(key, next)
  }

  const server = createServer((request, response) => {
    const hostname = (request.headers.host ?? '').replace(/:\d+$/, '')
    requests.push({
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      hostname,
      headers: Object.fromEntries(
        Object.entries(request.headers).map(([k, v]) => [
          k,
          Array.isArray(v) ? v.join(', ') : (v ?? ''),
        ]),
      ),
    })
    bump(ALL, 1)
    bump(hostname, 1)
    response.once('close', () => {
      bump(ALL, -1)
      bump(hostname, -1)
    })
    const url = new URL(request.url ?? '/', 'http://fixture.invalid')
    const handler = routes.get(url.pathname) ?? prefixRoute(routes, url.pathname) ?? notFound
    Promise.resolve(handler(request, response, url)).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
      response.end(`fixture handler failed: ${String(error)}`)
    })
  })
  server.keepAliveTimeout = 1000
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`

  return {
    origin,
    port,
    url: (path, hostname = '127.0.0.1') => `http://${hostname}:${port}${path}`,
    route: (path, handler) => {
      routes.set(path, typeof handler === 'function' ? handler : respondWith(handler))
    },
    requests,
    maxInFlight: (hostname) => maxima.get(hostname ?? ALL) ?? 0,
    reset: () => {
      requests.length = 0
      maxima.clear()
      for (const [key, count] of inFlight) maxima.set(key, count)
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      )
    },
  }
}

/** Routes registered with a trailing `/*` match every path below them. */
function prefixRoute(routes: Map<string, FixtureHandler>, pathname: string): FixtureHandler | null {
  for (const [path, handler] of routes) {
    if (path.endsWith('/*') && pathname.startsWith(path.slice(0, -1))) return handler
  }
  return null
}

function builtInRoutes(): [string, FixtureHandler][] {
  const feed = { body: RSS_FEED, headers: { 'content-type': RSS_TYPE } }
  return [
    ['/feed', respondWith({ ...feed, etag: FEED_ETAG, lastModified: FEED_LAST_MODIFIED })],
    ['/feed-etag-only', respondWith({ ...feed, etag: FEED_ETAG })],
    ['/feed-last-modified-only', respondWith({ ...feed, lastModified: FEED_LAST_MODIFIED })],
    [
      '/atom.xml',
      respondWith({ body: ATOM_FEED, headers: { 'content-type': 'application/atom+xml' } }),
    ],
    [
      '/html-with-feeds',
      respondWith({
        body: HTML_WITH_FEEDS,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      }),
    ],
    [
      '/wrong-charset',
      respondWith({ body: WINDOWS_1252_FEED, headers: { 'content-type': RSS_TYPE } }),
    ],
    ['/not-found', respondWith({ status: 404, body: 'not found' })],
    ['/gone', respondWith({ status: 410, body: 'gone' })],
    ['/error', respondWith({ status: 500, body: 'internal error' })],
    ['/redirect', redirectChain],
    ['/loop', (_req, res) => redirect(res, 302, '/loop')],
    ['/loop-a', (_req, res) => redirect(res, 302, '/loop-b')],
    ['/loop-b', (_req, res) => redirect(res, 302, '/loop-a')],
    ['/status/*', statusRoute],
    ['/slow-headers', delayedFeed(1000)],
    ['/slow', delayedFeed(100)],
    ['/stall-body', stallBody],
    ['/slow-body', slowBody],
    ['/large', largeBody],
    ['/endless', endlessBody],
    ['/encoded/*', encodedFeed],
    ['/gzip-zeros', gzipZeros],
    ['/gzip-bomb', gzipBomb],
  ]
}

function respondWith(spec: FixtureResponse): FixtureHandler {
  return async (request, response) => {
    if (spec.delayMs !== undefined) await sleepUnlessClosed(spec.delayMs, response)
    if (response.destroyed) return
    const validators: Record<string, string> = {}
    if (spec.etag !== undefined) validators.etag = spec.etag
    if (spec.lastModified !== undefined) validators['last-modified'] = spec.lastModified
    if (isNotModified(request, spec)) {
      response.writeHead(304, validators).end()
      return
    }
    const body = spec.body ?? ''
    response.writeHead(spec.status ?? 200, {
      'content-type': 'text/plain; charset=utf-8',
      ...validators,
      ...spec.headers,
      'content-length': String(Buffer.byteLength(body)),
    })
    response.end(body)
  }
}

function isNotModified(request: IncomingMessage, spec: FixtureResponse): boolean {
  const ifNoneMatch = request.headers['if-none-match']
  if (spec.etag !== undefined && ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((tag) => tag.trim() === spec.etag || tag.trim() === '*')
  }
  const ifModifiedSince = Date.parse(request.headers['if-modified-since'] ?? '')
  if (spec.lastModified !== undefined && !Number.isNaN(ifModifiedSince)) {
    return Date.parse(spec.lastModified) <= ifModifiedSince
  }
  return false
}

function notFound(_request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain' }).end('no such fixture route')
}

function redirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location, 'content-type': 'text/plain' }).end(`see ${location}`)
}

/** `/redirect?codes=301,308&to=/feed`: answers with the first code, pointing at the rest. */
function redirectChain(_request: IncomingMessage, response: ServerResponse, url: URL): void {
  const [first, ...rest] = (url.searchParams.get('codes') ?? '302').split(',').filter(Boolean)
  const to = url.searchParams.get('to') ?? '/feed'
  const status = Number(first ?? 302)
  const location =
    rest.length === 0 ? to : `/redirect?codes=${rest.join(',')}&to=${encodeURIComponent(to)}`
  redirect(response, status, location)
}

/** `/status/<code>?retry-after=<value>&date=<http-date>|none` */
function statusRoute(_request: IncomingMessage, response: ServerResponse, url: URL): void {
  const status = Number(url.pathname.slice('/status/'.length)) || 500
  const headers: Record<string, string> = { 'content-type': 'text/plain' }
  const retryAfter = url.searchParams.get('retry-after')
  if (retryAfter !== null) headers['retry-after'] = retryAfter
  const date = url.searchParams.get('date')
  if (date === 'none') response.sendDate = false
  else if (date !== null) headers.date = date
  response.writeHead(status, headers).end(`status ${status}`)
}

/** The feed, after `?ms=` (or `defaultMs`) milliseconds without a byte sent. */
function delayedFeed(defaultMs: number): FixtureHandler {
  return async (_request, response, url) => {
    await sleepUnlessClosed(Number(url.searchParams.get('ms') ?? defaultMs), response)
    if (response.destroyed) return
    response.writeHead(200, { 'content-type': RSS_TYPE }).end(RSS_FEED)
  }
}

/** Headers and half a feed, then nothing: the client must give up on its own. */
function stallBody(_request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': RSS_TYPE, 'content-length': String(RSS_FEED.length) })
  response.write(RSS_FEED.slice(0, 100))
}

/** A few bytes every `ms` milliseconds, forever. */
function slowBody(_request: IncomingMessage, response: ServerResponse, url: URL): void {
  const ms = Number(url.searchParams.get('ms') ?? 50)
  response.writeHead(200, { 'content-type': RSS_TYPE })
  response.write('<?xml version="1.0"?><rss><channel>')
  const timer = setInterval(() => response.write('<!-- still here -->'), ms)
  response.once('close', () => clearInterval(timer))
}

function largeBody(_request: IncomingMessage, response: ServerResponse, url: URL): void {
  const bytes = Number(url.searchParams.get('bytes') ?? 11 * MiB)
  response.writeHead(200, {
    'content-type': 'application/octet-stream',
    'content-length': String(bytes),
  })
  writeRepeated(response, Buffer.alloc(64 * 1024, 0x61), bytes, () => response.end())
}

function endlessBody(_request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'application/rss+xml' })
  writeRepeated(response, Buffer.alloc(64 * 1024, 0x61), Number.POSITIVE_INFINITY, () =>
    response.end(),
  )
}

/** `/encoded/gzip,br`: the feed gzipped, then brotli-compressed; `deflate-raw` lies about zlib. */
function encodedFeed(_request: IncomingMessage, response: ServerResponse, url: URL): void {
  const codings = url.pathname.slice('/encoded/'.length).split(',').filter(Boolean)
  let body: Buffer = Buffer.from(RSS_FEED)
  for (const coding of codings) body = encode(body, coding)
  const header = codings.map((c) => (c === 'deflate-raw' ? 'deflate' : c)).join(', ')
  response.writeHead(200, {
    'content-type': RSS_TYPE,
    'content-encoding': header,
    'content-length': String(body.length),
  })
  response.end(body)
}

function encode(body: Buffer, coding: string): Buffer {
  switch (coding) {
    case 'gzip':
      return gzipSync(body)
    case 'deflate':
      return deflateSync(body)
    case 'deflate-raw':
      return deflateRawSync(body)
    case 'br':
      return brotliCompressSync(body)
    default:
      return body // unknown codings are sent as-is, still labelled, to test the client's refusal
  }
}

function gzipZeros(_request: IncomingMessage, response: ServerResponse, url: URL): void {
  const body = gzipSync(Buffer.alloc(Number(url.searchParams.get('bytes') ?? 2 * MiB)), {
    level: 9,
  })
  response.writeHead(200, {
    'content-type': 'application/rss+xml',
    'content-encoding': 'gzip',
    'content-length': String(body.length),
  })
  response.end(body)
}

/** 1 GiB of zeros (by default), compressed only as fast as the client reads it. */
function gzipBomb(_request: IncomingMessage, response: ServerResponse, url: URL): void {
  const bytes = Number(url.searchParams.get('bytes') ?? 1024 * MiB)
  const coding = url.searchParams.get('coding') ?? 'gzip'
  const level = constants.Z_BEST_COMPRESSION
  const compressor =
    coding === 'br'
      ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
      : coding === 'deflate'
        ? createDeflate({ level })
        : coding === 'deflate-raw'
          ? createDeflateRaw({ level })
          : createGzip({ level })
  response.writeHead(200, {
    'content-type': 'application/rss+xml',
    'content-encoding': coding === 'deflate-raw' ? 'deflate' : coding,
  })
  compressor.pipe(response)
  response.once('close', () => compressor.destroy())
  writeRepeated(compressor, Buffer.alloc(MiB), bytes, () => compressor.end())
}

/** Writes `chunk` until `total` bytes went out, honouring back-pressure; stops if the peer leaves. */
function writeRepeated(
  target: NodeJS.WritableStream & { destroyed: boolean },
  chunk: Buffer,
  total: number,
  done: () => void,
): void {
  let remaining = total
  const pump = (): void => {
    while (remaining > 0 && !target.destroyed) {
      const piece = remaining >= chunk.length ? chunk : chunk.subarray(0, remaining)
      remaining -= piece.length
      if (!target.write(piece)) {
        target.once('drain', pump)
        return
      }
    }
    if (!target.destroyed) done()
  }
  pump()
}

function sleepUnlessClosed(ms: number, response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    response.once('close', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}
