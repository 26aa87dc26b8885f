/**
 * @module classify-network-error
 * Maps whatever a socket, the resolver, TLS or undici threw into the closed {@link FetchFailure}
 * vocabulary. Errors arrive wrapped (`cause`) or grouped (`AggregateError` from happy-eyeballs
 * connects), so every error in the chain is inspected and the most specific code wins.
 */
import type { FetchFailure, FetchFailureReason } from './fetch-failure.js'

const REASON_BY_CODE: Readonly<Record<string, FetchFailureReason>> = {
  EBLOCKEDADDRESS: 'blocked-address',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  EAI_NODATA: 'dns',
  ENODATA: 'dns',
  ESERVFAIL: 'dns',
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_SOCKET: 'reset', // "other side closed" mid-response
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  EPROTO: 'tls',
  UND_ERR_RESPONSE_EXCEEDED_MAX_SIZE: 'too-large',
  UND_ERR_INVALID_ARG: 'bad-url',
  ERR_INVALID_URL: 'bad-url',
}

/** Codes raised by node:tls and OpenSSL certificate verification. */
const TLS_CODE_PREFIXES = ['ERR_TLS_', 'ERR_SSL_', 'CERT_', 'UNABLE_TO_', 'SSL_']
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'HOSTNAME_MISMATCH',
  'INVALID_CA',
  'INVALID_PURPOSE',
  'PATH_LENGTH_EXCEEDED',
])

/** When several errors in the chain have codes, the first of these reasons found wins. */
const PRECEDENCE: readonly FetchFailureReason[] = [
  'blocked-address',
  'dns',
  'tls',
  'timeout',
  'refused',
  'reset',
  'too-large',
  'bad-url',
]

/**
 * @example
 * classifyNetworkError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))
 * // { reason: 'refused', message: 'fetch: connection refused (connect ECONNREFUSED)' }
 */
export function classifyNetworkError(error: unknown): FetchFailure {
  const chain = flatten(error)
  const reasons = new Map<FetchFailureReason, Error>()
  for (const item of chain) {
    const reason = reasonForCode(codeOf(item))
    if (reason !== null && !reasons.has(reason)) reasons.set(reason, item)
  }
  for (const reason of PRECEDENCE) {
    const source = reasons.get(reason)
    if (source !== undefined) return { reason, message: describe(reason, source) }
  }
  const first = chain[0]
  return {
    reason: 'network',
    message: `fetch: network error (${first === undefined ? String(error) : oneLine(first.message)})`,
  }
}

function reasonForCode(code: string | undefined): FetchFailureReason | null {
  if (code === undefined) return null
  const direct = REASON_BY_CODE[code]
  if (direct !== undefined) return direct
  if (TLS_CODES.has(code) || TLS_CODE_PREFIXES.some((prefix) => code.startsWith(prefix))) {
    return 'tls'
  }
  return null
}

function describe(reason: FetchFailureReason, source: Error): string {
  const detail = oneLine(source.message)
  if (detail.startsWith('fetch: ')) return detail
  const what: Partial<Record<FetchFailureReason, string>> = {
    dns: 'DNS lookup failed',
    refused: 'connection refused',
    reset: 'connection reset',
    timeout: 'timed out',
    tls: 'TLS handshake failed',
    'too-large': 'response too large',
    'bad-url': 'invalid URL',
    'blocked-address': 'refusing to connect to a private address',
  }
  return `fetch: ${what[reason] ?? reason} (${detail})`
}

/** The error, its causes and the members of any AggregateError, depth-first, cycles ignored. */
function flatten(error: unknown): Error[] {
  const out: Error[] = []
  const seen = new Set<unknown>()
  const visit = (value: unknown): void => {
    if (!(value instanceof Error) || seen.has(value) || seen.size > 32) return
    seen.add(value)
    out.push(value)
    if (value instanceof AggregateError) for (const inner of value.errors) visit(inner)
    visit(value.cause)
  }
  visit(error)
  return out
}

function codeOf(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? code : undefined
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
