/**
 * @module parse-retry-after
 * `Retry-After` (RFC 9110 §10.2.3) as a number of seconds: either delay-seconds or an HTTP-date.
 * An HTTP-date is measured against `now`, which the fetcher takes from the response's own `Date`
 * header when it has one (so our clock skew does not matter) and from its clock otherwise.
 */

/** Longest delay we believe (one year); anything beyond is a misconfiguration, clamped to it. */
const MAX_RETRY_AFTER_SECONDS = 365 * 24 * 3600

/**
 * @example
 * parseRetryAfter('120', now) // 120
 * parseRetryAfter('Wed, 21 Oct 2015 07:30:00 GMT', new Date('2015-10-21T07:28:00Z')) // 120
 * parseRetryAfter('soon', now) // null
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  const text = value?.trim() ?? ''
  if (text === '') return null
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER_SECONDS)
  // an HTTP-date starts with a weekday; this rules out Date.parse('5') and friends
  if (!/^[A-Za-z]{3,9},? /.test(text)) return null
  // asctime form (`Wed Oct 21 07:30:00 2015`) carries no zone but is defined as GMT
  const isAsctime = /^[A-Za-z]{3} [A-Za-z]{3} /.test(text)
  const at = Date.parse(isAsctime ? `${text} GMT` : text)
  if (Number.isNaN(at)) return null
  const seconds = Math.ceil((at - now.getTime()) / 1000)
  return Math.min(Math.max(seconds, 0), MAX_RETRY_AFTER_SECONDS)
}
