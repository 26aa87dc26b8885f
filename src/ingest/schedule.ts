/**
 * @module schedule
 * When to check a feed next: a pure function of what we know about the feed and `now`.
 *
 * The policy, step by step (each step's winner becomes the decision's `reason`):
 * 1. **Publishing frequency.** Half the median gap between recent entries, so a feed is checked
 *    about twice per new entry. Entries published within a minute of each other count as one
 *    publishing event (digests, bulk imports). When the feed has been silent for longer than its
 *    usual gap, the silence is used instead ("quiet-feed"), so dormant feeds slow down by themselves.
 *    Without two events (and without an observed average interval) we start at one hour.
 * 2. **Publisher hints** raise the interval, never lower it: RSS `<ttl>` (minutes),
 *    `sy:updatePeriod`/`sy:updateFrequency` (minutes), and `Cache-Control: max-age` (seconds).
 * 3. **Bounds.** The interval is clamped to [minIntervalSeconds, maxIntervalSeconds]
 *    (defaults 10 minutes and 1 day; per-feed overrides are simply other bounds).
 * 4. **Errors** back off exponentially: interval × 2^consecutiveErrors, capped at the maximum.
 * 5. **Retry-After** is a floor that may go ABOVE the maximum, because the server asked for it,
 *    but never above 7 × maxIntervalSeconds: a misconfigured server must not park a feed for months.
 * 6. **Jitter.** Up to +10% of the interval, derived deterministically from `jitterKey` (the feed
 *    id), so a thousand feeds imported together do not all fire in the same second. Where adding
 *    would cross the upper limit the jitter is subtracted instead, never below the lower limit.
 */

import { fmix32, fnv1a32 } from '../lib/hash.js'

export interface ScheduleBounds {
  minIntervalSeconds: number
  maxIntervalSeconds: number
}

export const DEFAULT_SCHEDULE_BOUNDS: ScheduleBounds = {
  minIntervalSeconds: 600,
  maxIntervalSeconds: 86_400,
}

/** Interval used until a feed has some publishing history. */
export const DEFAULT_INTERVAL_SECONDS = 3600

/** Retry-After may push past the maximum interval, up to this many times it. */
export const RETRY_AFTER_MAX_FACTOR = 7

export interface ScheduleInput {
  /** publish times of the feed's most recent entries, any order; future dates are ignored */
  recentEntryPublishedAts?: readonly Date[]
  /** observed mean gap between entries, used when entry times are not given */
  averageEntryIntervalSeconds?: number | null
  cacheMaxAgeSeconds?: number | null
  /** RSS `<ttl>` */
  ttlMinutes?: number | null
  /** `sy:updatePeriod` divided by `sy:updateFrequency`, in minutes */
  updatePeriodMinutes?: number | null
  retryAfterSeconds?: number | null
  consecutiveErrors?: number
  bounds?: Partial<ScheduleBounds>
  /** a stable per-feed value (its id) that decides its jitter */
  jitterKey: number | string
  /** share of the interval used for jitter; defaults to 0.1, 0 turns jitter off */
  jitterRatio?: number
}

export type ScheduleReason =
  | 'no-history'
  | 'entry-frequency'
  | 'quiet-feed'
  | 'ttl'
  | 'update-period'
  | 'cache-max-age'
  | 'min-interval'
  | 'max-interval'
  | 'error-backoff'
  | 'retry-after'

export interface ScheduleDecision {
  at: Date
  /** whole seconds from `now` to `at`, jitter included */
  intervalSeconds: number
  reason: ScheduleReason
}

/** Newest entries looked at; older history says little about today's rhythm. */
const RECENT_ENTRY_SAMPLE = 20
/** Entries closer together than this are one publishing event. */
const SAME_EVENT_SECONDS = 60
const MAX_BACKOFF_EXPONENT = 30
const DEFAULT_JITTER_RATIO = 0.1

/**
 * @example
 * nextCheckAt({ recentEntryPublishedAts: entries.map((e) => e.publishedAt), ttlMinutes: 60,
 *   consecutiveErrors: feed.errorCount, jitterKey: feed.id }, clock.now())
 * // { at: 2024-05-01T10:41:17.000Z, intervalSeconds: 3677, reason: 'ttl' }
 */
export function nextCheckAt(input: ScheduleInput, now: Date): ScheduleDecision {
  const { minIntervalSeconds, maxIntervalSeconds } = DEFAULT_SCHEDULE_BOUNDS
  const minInterval = Math.max(1, positiveOr(input.bounds?.minIntervalSeconds, minIntervalSeconds))
  const maxInterval = Math.max(
    minInterval,
    positiveOr(input.bounds?.maxIntervalSeconds, maxIntervalSeconds),
  )

  // 1. publishing frequency
  let { seconds: interval, reason } = activityInterval(input, now)

  // 2. publisher hints are floors
  const hints: [number, ScheduleReason][] = [
    [positiveOr(input.ttlMinutes, 0) * 60, 'ttl'],
    [positiveOr(input.updatePeriodMinutes, 0) * 60, 'update-period'],
    [positiveOr(input.cacheMaxAgeSeconds, 0), 'cache-max-age'],
  ]
  for (const [seconds, hint] of hints) {
    if (seconds > interval) {
      interval = seconds
      reason = hint
    }
  }

  // 3. bounds
  if (interval < minInterval) {
    interval = minInterval
    reason = 'min-interval'
  } else if (interval > maxInterval) {
    interval = maxInterval
    reason = 'max-interval'
  }

  // 4. exponential back-off after errors
  const errors = Math.min(Math.floor(positiveOr(input.consecutiveErrors, 0)), MAX_BACKOFF_EXPONENT)
  if (errors > 0) {
    interval = Math.min(interval * 2 ** errors, maxInterval)
    reason = 'error-backoff'
  }

  // 5. Retry-After floor, allowed above the maximum up to a hard cap
  const retryCap = maxInterval * RETRY_AFTER_MAX_FACTOR
  const retryAfter = Math.min(positiveOr(input.retryAfterSeconds, 0), retryCap)
  if (retryAfter > interval) {
    interval = retryAfter
    reason = 'retry-after'
  }

  // 6. deterministic jitter within [lower, upper]
  const lower = Math.max(minInterval, retryAfter)
  const upper = reason === 'retry-after' ? retryCap : maxInterval
  const ratio = Math.min(positiveOr(input.jitterRatio, DEFAULT_JITTER_RATIO), 1)
  const spread = interval * ratio
  const jitter = spread * jitterFraction(input.jitterKey)
  const jittered = interval + spread <= upper ? interval + jitter : interval - jitter
  const intervalSeconds = Math.round(Math.min(Math.max(jittered, lower), Math.max(upper, lower)))

  return { at: new Date(now.getTime() + intervalSeconds * 1000), intervalSeconds, reason }
}

function activityInterval(
  input: ScheduleInput,
  now: Date,
): { seconds: number; reason: ScheduleReason } {
  const events = publishingEvents(input.recentEntryPublishedAts ?? [], now)
  const newest = events[0]
  if (newest !== undefined && events.length >= 2) {
    const gaps = events.slice(1).map((event, i) => ((events[i] ?? event) - event) / 1000)
    const typicalGap = median(gaps)
    const silence = (now.getTime() - newest) / 1000
    return silence > typicalGap
      ? { seconds: silence / 2, reason: 'quiet-feed' }
      : { seconds: typicalGap / 2, reason: 'entry-frequency' }
  }
  const average = positiveOr(input.averageEntryIntervalSeconds, 0)
  if (average > 0) return { seconds: average / 2, reason: 'entry-frequency' }
  return { seconds: DEFAULT_INTERVAL_SECONDS, reason: 'no-history' }
}

/** Valid, non-future publish times, newest first, merged when within SAME_EVENT_SECONDS. */
function publishingEvents(dates: readonly Date[], now: Date): number[] {
  const times = dates
    .map((date) => date.getTime())
    .filter((time) => Number.isFinite(time) && time <= now.getTime())
    .sort((a, b) => b - a)
  const events: number[] = []
  for (const time of times) {
    const last = events.at(-1)
    if (last === undefined || last - time >= SAME_EVENT_SECONDS * 1000) events.push(time)
    if (events.length > RECENT_ENTRY_SAMPLE) break
  }
  return events
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

/** The value when it is a finite number >= 0, else the fallback. */
function positiveOr(value: number | null | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback
}

/** FNV-1a of the key with a murmur3 finaliser (so keys 1, 2, 3 land far apart), in [0, 1). */
export function jitterFraction(key: number | string): number {
  return fmix32(fnv1a32(String(key))) / 2 ** 32
}
