import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import fc from 'fast-check'

import {
  DEFAULT_SCHEDULE_BOUNDS,
  jitterFraction,
  nextCheckAt,
  RETRY_AFTER_MAX_FACTOR,
  type ScheduleInput,
  type ScheduleReason,
} from './schedule.js'

const NOW = new Date('2024-05-01T12:00:00Z')
const MINUTE = 60
const HOUR = 3600
const DAY = 86_400

function ago(seconds: number): Date {
  return new Date(NOW.getTime() - seconds * 1000)
}

/** `count` entries `gap` seconds apart, the newest `newest` seconds ago. */
function every(gap: number, count: number, newest = 0): Date[] {
  return Array.from({ length: count }, (_, i) => ago(newest + i * gap))
}

type Case = readonly [
  name: string,
  input: Omit<ScheduleInput, 'jitterKey'>,
  seconds: number,
  reason: ScheduleReason,
]

const hourly = every(HOUR, 10, 10 * MINUTE)

const CASES: readonly Case[] = [
  // 1. publishing frequency
  ['no history', {}, HOUR, 'no-history'],
  ['a single entry is no history', { recentEntryPublishedAts: [ago(HOUR)] }, HOUR, 'no-history'],
  [
    'hourly feed: half the gap',
    { recentEntryPublishedAts: hourly },
    30 * MINUTE,
    'entry-frequency',
  ],
  ['daily feed', { recentEntryPublishedAts: every(DAY, 7, HOUR) }, 12 * HOUR, 'entry-frequency'],
  [
    'busy feed hits the minimum',
    { recentEntryPublishedAts: every(5 * MINUTE, 20, 60) },
    600,
    'min-interval',
  ],
  [
    'weekly feed hits the maximum',
    { recentEntryPublishedAts: every(7 * DAY, 4, DAY) },
    DAY,
    'max-interval',
  ],
  [
    'hourly feed silent for 10 h slows down',
    { recentEntryPublishedAts: every(HOUR, 10, 10 * HOUR) },
    5 * HOUR,
    'quiet-feed',
  ],
  [
    'median, not mean: one long gap does not count',
    { recentEntryPublishedAts: [...every(HOUR, 9, 0), ago(30 * DAY)] },
    30 * MINUTE,
    'entry-frequency',
  ],
  [
    'entries within a minute are one event (digest)',
    {
      recentEntryPublishedAts: [
        ...Array.from({ length: 10 }, (_, i) => ago(HOUR + i)),
        ...Array.from({ length: 10 }, (_, i) => ago(DAY + HOUR + i)),
      ],
    },
    12 * HOUR,
    'entry-frequency',
  ],
  [
    'future-dated entries are ignored',
    { recentEntryPublishedAts: [...hourly, new Date(NOW.getTime() + DAY * 1000)] },
    30 * MINUTE,
    'entry-frequency',
  ],
  [
    'invalid dates are ignored',
    { recentEntryPublishedAts: [...hourly, new Date(Number.NaN)] },
    30 * MINUTE,
    'entry-frequency',
  ],
  ['observed average interval', { averageEntryIntervalSeconds: 2 * HOUR }, HOUR, 'entry-frequency'],
  [
    'entry times win over the average',
    { recentEntryPublishedAts: hourly, averageEntryIntervalSeconds: 10 * HOUR },
    30 * MINUTE,
    'entry-frequency',
  ],
  // 2. publisher hints are floors
  [
    'ttl raises the interval',
    { recentEntryPublishedAts: hourly, ttlMinutes: 120 },
    2 * HOUR,
    'ttl',
  ],
  [
    'ttl below activity is ignored',
    { recentEntryPublishedAts: hourly, ttlMinutes: 5 },
    30 * MINUTE,
    'entry-frequency',
  ],
  ['sy:updatePeriod daily', { updatePeriodMinutes: 1440 }, DAY, 'update-period'],
  ['max-age raises the interval', { cacheMaxAgeSeconds: 2 * HOUR }, 2 * HOUR, 'cache-max-age'],
  [
    'small max-age is ignored',
    { recentEntryPublishedAts: hourly, cacheMaxAgeSeconds: 300 },
    30 * MINUTE,
    'entry-frequency',
  ],
  [
    'largest hint wins',
    { ttlMinutes: 90, updatePeriodMinutes: 60, cacheMaxAgeSeconds: 7200 },
    2 * HOUR,
    'cache-max-age',
  ],
  ['hints are capped by the maximum', { ttlMinutes: 2 * 1440 }, DAY, 'max-interval'],
  // 3. bounds, per feed
  [
    'a lower minimum lets a busy feed go faster',
    { recentEntryPublishedAts: every(5 * MINUTE, 20, 60), bounds: { minIntervalSeconds: 60 } },
    150,
    'entry-frequency',
  ],
  [
    'a lower maximum caps a slow feed',
    { recentEntryPublishedAts: every(DAY, 7, HOUR), bounds: { maxIntervalSeconds: HOUR } },
    HOUR,
    'max-interval',
  ],
  [
    'minimum above maximum: the minimum wins',
    { bounds: { minIntervalSeconds: 2 * HOUR, maxIntervalSeconds: HOUR } },
    2 * HOUR,
    'min-interval',
  ],
  // 4. errors
  [
    'one error doubles',
    { recentEntryPublishedAts: hourly, consecutiveErrors: 1 },
    HOUR,
    'error-backoff',
  ],
  [
    'three errors: x8',
    { recentEntryPublishedAts: hourly, consecutiveErrors: 3 },
    4 * HOUR,
    'error-backoff',
  ],
  [
    'back-off from the minimum',
    {
      consecutiveErrors: 2,
      bounds: { minIntervalSeconds: 600 },
      recentEntryPublishedAts: every(MINUTE * 2, 20, 0),
    },
    2400,
    'error-backoff',
  ],
  ['back-off is capped at the maximum', { consecutiveErrors: 10 }, DAY, 'error-backoff'],
  ['huge error counts do not overflow', { consecutiveErrors: 5000 }, DAY, 'error-backoff'],
  // 5. Retry-After
  [
    'Retry-After above the interval wins',
    { recentEntryPublishedAts: hourly, retryAfterSeconds: 2 * HOUR },
    2 * HOUR,
    'retry-after',
  ],
  [
    'Retry-After below the interval changes nothing',
    { recentEntryPublishedAts: hourly, retryAfterSeconds: 60 },
    30 * MINUTE,
    'entry-frequency',
  ],
  ['Retry-After may exceed the maximum', { retryAfterSeconds: 3 * DAY }, 3 * DAY, 'retry-after'],
  [
    'Retry-After is capped at 7 x maximum',
    { retryAfterSeconds: 365 * DAY },
    7 * DAY,
    'retry-after',
  ],
  [
    'Retry-After below the minimum: the minimum wins',
    { retryAfterSeconds: 30, recentEntryPublishedAts: every(MINUTE, 20, 0) },
    600,
    'min-interval',
  ],
  [
    'back-off above Retry-After wins',
    { consecutiveErrors: 2, retryAfterSeconds: HOUR },
    4 * HOUR,
    'error-backoff',
  ],
  [
    'Retry-After above back-off wins',
    { consecutiveErrors: 1, retryAfterSeconds: 5 * HOUR },
    5 * HOUR,
    'retry-after',
  ],
  // garbage in
  [
    'negative and non-finite numbers are ignored',
    {
      ttlMinutes: -5,
      cacheMaxAgeSeconds: Number.POSITIVE_INFINITY,
      retryAfterSeconds: Number.NaN,
      consecutiveErrors: -3,
    },
    HOUR,
    'no-history',
  ],
]

describe('nextCheckAt', () => {
  it('follows the policy table (jitter off)', () => {
    const actual = CASES.map(([name, input]) => {
      const decision = nextCheckAt({ ...input, jitterKey: 'feed', jitterRatio: 0 }, NOW)
      return [name, decision.intervalSeconds, decision.reason]
    })
    assert.deepEqual(
      actual,
      CASES.map(([name, , seconds, reason]) => [name, seconds, reason]),
    )
  })

  it('returns the instant as now + interval', () => {
    assert.deepEqual(nextCheckAt({ jitterKey: 1, jitterRatio: 0 }, NOW), {
      at: new Date('2024-05-01T13:00:00Z'),
      intervalSeconds: HOUR,
      reason: 'no-history',
    })
  })

  it('is deterministic for a key', () => {
    const first = nextCheckAt({ jitterKey: 'feed-42' }, NOW)
    const second = nextCheckAt({ jitterKey: 'feed-42' }, NOW)
    assert.deepEqual(first, second)
  })

  it('spreads a thousand feeds over up to +10%', () => {
    const intervals = Array.from(
      { length: 1000 },
      (_, id) => nextCheckAt({ jitterKey: id }, NOW).intervalSeconds,
    )
    const buckets = new Array<number>(10).fill(0)
    for (const seconds of intervals) {
      assert.ok(seconds >= HOUR && seconds <= HOUR * 1.1, `${seconds}`)
      const index = Math.min(9, Math.floor(((seconds - HOUR) / (HOUR * 0.1)) * 10))
      buckets[index] = (buckets[index] ?? 0) + 1
    }
    assert.ok(new Set(intervals).size > 300, `only ${new Set(intervals).size} distinct instants`)
    assert.ok(
      buckets.every((count) => count > 50 && count < 150),
      `uneven spread: ${buckets.join(' ')}`,
    )
  })

  it('jitters downwards at the maximum instead of crossing it', () => {
    const intervals = Array.from(
      { length: 200 },
      (_, id) => nextCheckAt({ jitterKey: id, ttlMinutes: 5000 }, NOW).intervalSeconds,
    )
    assert.ok(intervals.every((s) => s <= DAY && s >= DAY * 0.9))
    assert.ok(new Set(intervals).size > 100)
  })

  it('spreads keys 1, 2, 3 far apart', () => {
    const fractions = [1, 2, 3, '1', 'feed-1', 'feed-2'].map(jitterFraction)
    assert.deepEqual(fractions.slice(0, 3), fractions.slice(3, 4).concat(fractions.slice(1, 3)))
    const sorted = [...new Set(fractions)].sort((a, b) => a - b)
    const minDistance = Math.min(...sorted.slice(1).map((f, i) => f - (sorted[i] ?? 0)))
    assert.ok(minDistance > 0.01, `fractions too close: ${sorted.join(', ')}`)
  })

  it('keeps every decision inside its bounds (property)', () => {
    const optionalNumber = fc.option(
      fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: 0, max: 10 * DAY })),
    )
    fc.assert(
      fc.property(
        fc.record({
          recentEntryPublishedAts: fc.array(
            fc.date({ min: new Date('2023-01-01'), max: new Date('2024-06-01') }),
            { maxLength: 30 },
          ),
          averageEntryIntervalSeconds: optionalNumber,
          cacheMaxAgeSeconds: optionalNumber,
          ttlMinutes: optionalNumber,
          updatePeriodMinutes: optionalNumber,
          retryAfterSeconds: optionalNumber,
          consecutiveErrors: fc.integer({ min: -2, max: 100 }),
          jitterKey: fc.oneof(fc.string(), fc.integer()),
        }),
        (input) => {
          const decision = nextCheckAt(input, NOW)
          const { minIntervalSeconds: min, maxIntervalSeconds: max } = DEFAULT_SCHEDULE_BOUNDS
          const retryAfter = input.retryAfterSeconds ?? 0
          const floor =
            Number.isFinite(retryAfter) && retryAfter > 0
              ? Math.min(retryAfter, max * RETRY_AFTER_MAX_FACTOR)
              : 0
          assert.ok(Number.isInteger(decision.intervalSeconds))
          assert.ok(decision.intervalSeconds >= Math.max(min, Math.floor(floor)))
          // Retry-After is a floor; jitter may add up to 10% on top of it, never past the hard cap
          const ceiling = Math.max(
            max,
            Math.min(Math.ceil(floor * 1.1) + 1, max * RETRY_AFTER_MAX_FACTOR),
          )
          assert.ok(decision.intervalSeconds <= ceiling)
          assert.equal(decision.at.getTime(), NOW.getTime() + decision.intervalSeconds * 1000)
        },
      ),
      { numRuns: 300 },
    )
  })
})
