/**
 * @module fetcher
 * The only way Broadsheet talks HTTP to the outside world. Built on an undici `Agent` whose
 * connector resolves hostnames through the SSRF guard ({@link guardedLookup}); on top of it:
 * conditional GET, manual redirects (each hop re-checked), decompression with a cap on decoded
 * bytes, a connect timeout and a total deadline, global and per-host concurrency limits, and the
 * back-off signals the scheduler needs (Retry-After, Cache-Control max-age). A request that fails
 * because the server closed a reused keep-alive connection under it, before answering, is sent once
 * more on a new connection ({@link createStaleConnectionDetector}).
 *
 * Every expected outcome is a {@link FetchResult} value; `fetch` does not reject.
 */
import { STATUS_CODES } from 'node:http'

import { Agent } from 'undici'

import { type Clock, systemClock } from '../../lib/clock.js'
import { classifyNetworkError } from './classify-network-error.js'
import { createConcurrencyLimiter } from './concurrency-limiter.js'
import type { FetchFailure } from './fetch-failure.js'
import { guardedLookup, type GuardedLookupOptions, isBlockedHost } from './guarded-lookup.js'
import { parseCacheMaxAge } from './parse-cache-max-age.js'
import { parseRetryAfter } from './parse-retry-after.js'
import { readBody } from './read-body.js'
import { createStaleConnectionDetector } from './stale-connection.js'

export interface FetcherOptions {
  /** honest User-Agent, e.g. 'Broadsheet/0.1 (+https://github.com/broadsheet; feed fetcher)' */
  userAgent: string
  /** DNS lookup + TCP connect + TLS handshake, per connection */
  connectTimeoutMs: number
  /** the whole fetch: every redirect hop, headers and body */
  totalTimeoutMs: number
  /** cap on the DECODED body, enforced while streaming */
  maxBodyBytes: number
  maxRedirects: number
  /** requests in flight at once, all hosts together */
  concurrency: number
  /** requests in flight at once to one hostname; the rest wait in a queue */
  perHostConcurrency: number
  /** false in production: refuse loopback, RFC 1918, link-local, ... (the SSRF guard) */
  allowPrivateNetworks: boolean
  /** DNS override for tests; defaults to the system resolver */
  resolve?: (host: string) => Promise<string[]>
  /** hostnames that may resolve to private addresses even when allowPrivateNetworks is false */
  allowPrivateHosts?: readonly string[]
  /** for HTTP-date `Retry-After` values when the response has no `Date` header */
  clock?: Clock
}

export const DEFAULT_FETCHER_OPTIONS: FetcherOptions = {
  userAgent: 'Broadsheet/0.1 (+https://github.com/broadsheet; feed fetcher)',
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBodyBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  concurrency: 16,
  perHostConcurrency: 2,
  allowPrivateNetworks: false,
}

export interface FetchRequest {
  url: string
  etag?: string | null
  lastModified?: string | null
  /** defaults to feed types first, then HTML (for discovery), then anything */
  accept?: string
  /**
   * the caller's cancellation (a stopping worker): the fetch stops, queued or in flight, and
   * rejects with the signal's reason (see {@link isCancelled}); it is not a failure of the URL
   */
  signal?: AbortSignal
}

/** The error a fetch rejects with when its caller cancelled it. */
export class FetchCancelledError extends Error {
  constructor(url: string) {
    super(`fetch: cancelled before ${url} answered`)
    this.name = 'FetchCancelledError'
  }
}

/** True for the rejection of a fetch its caller cancelled. */
export function isCancelled(error: unknown): boolean {
  return error instanceof FetchCancelledError
}

export type FetchResult =
  | {
      kind: 'ok'
      /** the final URL, after redirects */
      url: string
      status: number
      headers: Record<string, string>
      body: Buffer
      contentType: string | null
      etag: string | null
      lastModified: string | null
      /** the final URL when every hop was 301/308 (the feed moved for good), else null */
      permanentRedirect: string | null
      cacheMaxAgeSeconds: number | null
    }
  | {
      kind: 'not-modified'
      url: string
      headers: Record<string, string>
      cacheMaxAgeSeconds: number | null
    }
  | { kind: 'failed'; url: string; failure: FetchFailure }

export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResult>
  /** waits for requests in flight, then closes every connection */
  close(): Promise<void>
}

const DEFAULT_ACCEPT = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml;q=0.9',
  'application/xml;q=0.9',
  'text/xml;q=0.9',
  'application/json;q=0.8',
  'text/html;q=0.7',
  '*/*;q=0.5',
].join(', ')

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const PERMANENT_REDIRECT_STATUSES = new Set([301, 308])

/**
 * @example
 * const fetcher = createFetcher({ ...DEFAULT_FETCHER_OPTIONS, userAgent })
 * const result = await fetcher.fetch({ url: feed.url, etag: feed.etag })
 * if (result.kind === 'failed') log.warn({ reason: result.failure.reason }, 'feed fetch failed')
 * await fetcher.close()
 */
export function createFetcher(options: FetcherOptions): Fetcher {
  const guard: GuardedLookupOptions = {
    allowPrivateNetworks: options.allowPrivateNetworks,
    allowPrivateHosts: (options.allowPrivateHosts ?? []).map((host) => host.toLowerCase()),
    ...(options.resolve === undefined ? {} : { resolve: options.resolve }),
  }
  const agentOptions: Agent.Options = {
    connect: { timeout: options.connectTimeoutMs, lookup: guardedLookup(guard) },
    // backstops only: the total deadline below normally fires first
    headersTimeout: options.totalTimeoutMs,
    bodyTimeout: options.totalTimeoutMs,
  }
  const agent = new Agent(agentOptions)
  // for the one retry after a stale keep-alive connection: its requests ask for `reset`, so every
  // connection it opens closes after one response and it never holds an idle one to reuse
  const freshAgent = new Agent(agentOptions)
  const staleConnections = createStaleConnectionDetector()
  const limiter = createConcurrencyLimiter({
    total: options.concurrency,
    perKey: options.perHostConcurrency,
  })
  const clock = options.clock ?? systemClock
  let isClosed = false

  async function fetchOnce(request: FetchRequest): Promise<FetchResult> {
    const requested = parseHttpUrl(request.url)
    if (requested === null) return failed(request.url, badUrl(request.url))
    let url: URL = requested

    const cancel = request.signal
    if (cancel?.aborted) throw new FetchCancelledError(url.href)
    const deadline = new AbortController()
    // the caller's cancellation stops whatever the deadline stops
    const onCancel = (): void => deadline.abort()
    cancel?.addEventListener('abort', onCancel, { once: true })
    let timer: NodeJS.Timeout | undefined
    const visited = new Set<string>([url.href])
    let redirects = 0
    let isPermanentChain = true

    try {
      for (;;) {
        if (isBlockedHost(url.hostname, guard)) {
          const address = url.hostname.replace(/^\[|\]$/g, '')
          const message = `fetch: refusing to connect to private address ${address}`
          return failed(url.href, { reason: 'blocked-address', message })
        }
        // the deadline starts once the first hop may run, not while it waits in the queue;
        // later hops queue under it
        const release = await limiter.acquire(
          url.hostname,
          timer === undefined ? cancel : deadline.signal,
        )
        timer ??= setTimeout(() => deadline.abort(), options.totalTimeoutMs)
        let hop: HopOutcome
        try {
          hop = await fetchHopWithOneRetry(url, request, deadline.signal)
        } finally {
          release()
        }
        if (hop.kind !== 'redirect') {
          if (hop.result.kind !== 'ok') return hop.result
          const permanentRedirect = redirects > 0 && isPermanentChain ? url.href : null
          return { ...hop.result, permanentRedirect }
        }
        redirects++
        isPermanentChain &&= PERMANENT_REDIRECT_STATUSES.has(hop.status)
        const next: URL | null = hop.location === null ? null : parseHttpUrl(hop.location, url)
        if (next === null) {
          const message = `fetch: HTTP ${hop.status} redirect to an invalid or non-HTTP URL (${oneLine(hop.location ?? 'no Location header').slice(0, 200)})`
          return failed(url.href, { reason: 'bad-url', message, status: hop.status })
        }
        if (redirects > options.maxRedirects || visited.has(next.href)) {
          const message = visited.has(next.href)
            ? `fetch: redirect loop at ${next.href}`
            : `fetch: more than ${options.maxRedirects} redirects`
          return failed(url.href, { reason: 'too-many-redirects', message })
        }
        visited.add(next.href)
        url = next
      }
    } catch (error) {
      if (cancel?.aborted) throw new FetchCancelledError(url.href)
      if (deadline.signal.aborted) {
        const message = `fetch: no complete response within ${options.totalTimeoutMs} ms`
        return failed(url.href, { reason: 'timeout', message })
      }
      return failed(url.href, classifyNetworkError(error))
    } finally {
      clearTimeout(timer)
      cancel?.removeEventListener('abort', onCancel)
    }
  }

  type HopOutcome =
    | { kind: 'redirect'; status: number; location: string | null }
    | { kind: 'done'; result: Exclude<FetchResult, { kind: 'ok' }> | OkWithoutRedirect }

  /**
   * A server may close an idle keep-alive connection at the moment we reuse it; the request then
   * fails before any response byte. Only that failure is retried, once, on a new connection.
   */
  async function fetchHopWithOneRetry(
    url: URL,
    request: FetchRequest,
    signal: AbortSignal,
  ): Promise<HopOutcome> {
    try {
      return await fetchHop(agent, url, request, signal)
    } catch (error) {
      if (signal.aborted || !staleConnections.isStaleConnectionError(error)) throw error
      return fetchHop(freshAgent, url, request, signal, { shouldCloseConnection: true })
    }
  }

  async function fetchHop(
    dispatcher: Agent,
    url: URL,
    request: FetchRequest,
    signal: AbortSignal,
    { shouldCloseConnection = false }: { shouldCloseConnection?: boolean } = {},
  ): Promise<HopOutcome> {
    const response = await dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: requestHeaders(request, options.userAgent),
      signal,
      // never `reset: false`: that would undo undici's own decision to close a connection
      ...(shouldCloseConnection && { reset: true }),
    })
    const { statusCode: status, body } = response
    const headers = flattenHeaders(response.headers)
    const cacheMaxAgeSeconds = parseCacheMaxAge(headers['cache-control'])

    if (REDIRECT_STATUSES.has(status)) {
      discard(body)
      return { kind: 'redirect', status, location: headers.location ?? null }
    }
    if (status === 304) {
      discard(body)
      return {
        kind: 'done',
        result: { kind: 'not-modified', url: url.href, headers, cacheMaxAgeSeconds },
      }
    }
    if (status < 200 || status > 299) {
      discard(body)
      return { kind: 'done', result: failed(url.href, httpFailure(status, headers, clock)) }
    }

    const declaredLength = Number(headers['content-length'] ?? Number.NaN)
    if (declaredLength > options.maxBodyBytes) {
      discard(body) // dump() drops a body whose Content-Length is above its limit at once
      const message = `fetch: Content-Length ${declaredLength} exceeds the ${options.maxBodyBytes}-byte limit`
      return { kind: 'done', result: failed(url.href, { reason: 'too-large', message }) }
    }
    const read = await readBody(body, headers['content-encoding'] ?? null, options.maxBodyBytes)
    if (read.kind !== 'ok') {
      discard(body)
      return {
        kind: 'done',
        result: failed(url.href, { reason: read.kind, message: read.message }),
      }
    }
    return {
      kind: 'done',
      result: {
        kind: 'ok',
        url: url.href,
        status,
        headers,
        body: read.body,
        contentType: headers['content-type'] ?? null,
        etag: headers.etag ?? null,
        lastModified: headers['last-modified'] ?? null,
        cacheMaxAgeSeconds,
      },
    }
  }

  return {
    async fetch(request) {
      if (isClosed) {
        return failed(request.url, { reason: 'network', message: 'fetch: the fetcher is closed' })
      }
      return fetchOnce(request)
    },
    async close() {
      isClosed = true
      await Promise.all([agent.close(), freshAgent.close()])
      staleConnections.close()
    },
  }
}

type OkWithoutRedirect = Omit<Extract<FetchResult, { kind: 'ok' }>, 'permanentRedirect'>

function failed(url: string, failure: FetchFailure): Extract<FetchResult, { kind: 'failed' }> {
  return { kind: 'failed', url, failure }
}

/**
 * Drops a body we do not want. Up to 64 KiB is read so the connection can be reused; a longer or
 * slower body is cut off (undici's body timeout, at worst). The promise never rejects.
 */
function discard(body: { dump(options: { limit: number }): Promise<unknown> }): void {
  void body.dump({ limit: DISCARD_LIMIT_BYTES })
}

const DISCARD_LIMIT_BYTES = 64 * 1024

function parseHttpUrl(text: string, base?: URL): URL | null {
  if (!URL.canParse(text, base)) return null
  const url = new URL(text, base)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.hostname === '') return null
  url.hash = ''
  return url
}

function badUrl(text: string): FetchFailure {
  return { reason: 'bad-url', message: `fetch: not an http(s) URL: ${oneLine(text).slice(0, 200)}` }
}

function requestHeaders(request: FetchRequest, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: request.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  }
  if (request.etag != null && request.etag !== '') headers['if-none-match'] = request.etag
  if (request.lastModified != null && request.lastModified !== '') {
    headers['if-modified-since'] = request.lastModified
  }
  return headers
}

function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}

function httpFailure(status: number, headers: Record<string, string>, clock: Clock): FetchFailure {
  const message = `fetch: HTTP ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd()
  if (status === 429 || status === 503) {
    const serverDate = Date.parse(headers.date ?? '')
    const now = Number.isNaN(serverDate) ? clock.now() : new Date(serverDate)
    const retryAfterSeconds = parseRetryAfter(headers['retry-after'], now)
    const reason = status === 429 ? 'rate-limited' : 'http-5xx'
    return retryAfterSeconds === null
      ? { reason, message, status }
      : { reason, message, status, retryAfterSeconds }
  }
  if (status === 404) return { reason: 'not-found', message, status }
  if (status === 410) return { reason: 'gone', message, status }
  if (status >= 500) return { reason: 'http-5xx', message, status }
  if (status >= 400) return { reason: 'http-4xx', message, status }
  // 1xx never reaches us; 300, 305, 306: nothing we can follow
  return { reason: 'bad-url', message: `${message} cannot be followed`, status }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
