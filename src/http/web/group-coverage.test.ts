import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import type { CoverageMember, PublisherRef } from '../../db/reader-store.js'
import type { EntryId, PublisherId, StoryId } from '../../domain/ids.js'
import { coverageTimeline } from './coverage-timeline.js'
import { groupCoverage, otherCoverage } from './group-coverage.js'

const publisher = (id: number, name: string): PublisherRef => ({
  id: id as PublisherId,
  slug: name.toLowerCase(),
  name,
  country: null,
  language: null,
  homepageUrl: null,
  iconUrl: null,
})
const A = publisher(1, 'Alpha')
const B = publisher(2, 'Beta')
const W = publisher(3, 'Wire')
const member = (
  id: number,
  p: PublisherRef,
  hour: number,
  copyOf: number | null = null,
): CoverageMember => ({
  entry: {
    id: id as EntryId,
    title: `Entry ${id}`,
    url: null,
    sortAt: new Date(Date.UTC(2026, 10, 20, hour, 30)),
    authors: [],
    imageUrl: null,
    excerpt: '',
    publisher: p,
    storyId: 1 as StoryId,
    storyPublisherCount: 3,
  },
  score: 0.5,
  explanation: '',
  evidence: {},
  copyOfEntryId: copyOf as EntryId | null,
})

describe('groupCoverage', () => {
  it('makes one row per publisher, first reporter first, with copies folded under originals', () => {
    const rows = groupCoverage([
      member(4, B, 9, 2),
      member(1, A, 8),
      member(2, W, 7),
      member(3, A, 10),
      member(5, A, 11, 2),
      member(6, B, 12, 99),
    ])
    assert.deepEqual(
      rows.map((r) => [
        r.publisher.name,
        r.items.map((i) => [i.member.entry.id, i.copies.map((c) => c.entry.id)]),
      ]),
      [
        ['Wire', [[2, [4, 5]]]],
        [
          'Alpha',
          [
            [1, []],
            [3, []],
          ],
        ],
        ['Beta', [[6, []]]],
      ],
    )
    assert.deepEqual(
      otherCoverage(
        [member(1, A, 8), member(2, B, 9), member(3, B, 10), member(4, W, 11, 2)],
        A.id,
      ).map((e) => e.id),
      [2],
    )
  })
})

describe('coverageTimeline', () => {
  it('counts entries per hour, stacked by publisher', () => {
    const at = (h: number, m = 0) => new Date(Date.UTC(2026, 10, 20, h, m))
    const timeline = coverageTimeline([
      { at: at(9, 10), publisherId: 1 },
      { at: at(9, 50), publisherId: 2 },
      { at: at(11, 5), publisherId: 1 },
    ])
    assert.equal(timeline.bucketHours, 1)
    assert.deepEqual(timeline.publishers, [1, 2])
    assert.deepEqual(
      timeline.buckets.map((b) => b.counts),
      [
        [1, 1],
        [0, 0],
        [1, 0],
      ],
    )
    assert.equal(timeline.max, 2)
  })
  it('widens buckets for long stories', () => {
    const entries = [0, 30, 71].map((h) => ({
      at: new Date(Date.UTC(2026, 10, 17) + h * 3_600_000),
      publisherId: 1,
    }))
    const timeline = coverageTimeline(entries, 36)
    assert.equal(timeline.bucketHours, 2)
    assert.equal(timeline.buckets.length, 36)
    assert.equal(coverageTimeline([]).buckets.length, 0)
  })
})
