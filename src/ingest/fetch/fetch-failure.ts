/**
 * @module fetch-failure
 * The closed vocabulary of reasons a feed (or article) fetch fails. Stored on the feed as
 * `last_error_reason`, shown by `broadsheet feeds list` and the operator page.
 */
export const FETCH_FAILURE_REASONS = [
  'timeout',
  'dns',
  'refused',
  'reset',
  'tls',
  'http-4xx',
  'http-5xx',
  'rate-limited',
  'gone',
  'not-found',
  'too-large',
  'too-many-redirects',
  'bad-url',
  'blocked-address',
  'decode-error',
  'not-a-feed',
  'parse-error',
  'network',
] as const

export type FetchFailureReason = (typeof FETCH_FAILURE_REASONS)[number]

export interface FetchFailure {
  reason: FetchFailureReason
  /** one line, prefixed with its module, e.g. "fetch: response exceeded 10 MiB" */
  message: string
  status?: number
  retryAfterSeconds?: number
}

export function isFetchFailureReason(value: string): value is FetchFailureReason {
  return (FETCH_FAILURE_REASONS as readonly string[]).includes(value)
}
