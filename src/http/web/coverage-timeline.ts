/**
 * @module coverage-timeline
 * The numbers behind a story's coverage timeline (pure): entries per time bucket, stacked by
 * publisher. Buckets are one hour wide, widened (2, 3, 4, 6, 12, 24 h) so a long story still fits in
 * at most `maxBuckets` bars.
 */

export interface TimelineInput {
  at: Date
  publisherId: number
}

export interface TimelineBucket {
  start: Date
  /** entries per publisher in this bucket, in `publishers` order */
  counts: number[]
  total: number
}

export interface Timeline {
  bucketHours: number
  buckets: TimelineBucket[]
  /** publisher ids in the order they first appear */
  publishers: number[]
  max: number
}

const HOUR_MS = 3_600_000
const WIDTHS = [1, 2, 3, 4, 6, 12, 24]

export function coverageTimeline(entries: readonly TimelineInput[], maxBuckets = 36): Timeline {
  if (entries.length === 0) return { bucketHours: 1, buckets: [], publishers: [], max: 0 }
  const sorted = [...entries].sort((a, b) => a.at.getTime() - b.at.getTime())
  const first = sorted[0]!.at.getTime()
  const last = sorted.at(-1)!.at.getTime()
  const spanHours = Math.floor(last / HOUR_MS) - Math.floor(first / HOUR_MS) + 1
  const bucketHours = WIDTHS.find((w) => Math.ceil(spanHours / w) <= maxBuckets) ?? 24
  const bucketMs = bucketHours * HOUR_MS
  const start = Math.floor(first / bucketMs) * bucketMs
  const count = Math.floor((last - start) / bucketMs) + 1
  const publishers: number[] = []
  for (const e of sorted) if (!publishers.includes(e.publisherId)) publishers.push(e.publisherId)
  const buckets: TimelineBucket[] = Array.from({ length: count }, (_, i) => ({
    start: new Date(start + i * bucketMs),
    counts: publishers.map(() => 0),
    total: 0,
  }))
  for (const e of sorted) {
    const bucket = buckets[Math.floor((e.at.getTime() - start) / bucketMs)]!
    bucket.counts[publishers.indexOf(e.publisherId)]!++
    bucket.total++
  }
  return { bucketHours, buckets, publishers, max: Math.max(...buckets.map((b) => b.total)) }
}
