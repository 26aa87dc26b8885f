import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { rankStories, scoreStory, type StoryRankInput } from './score-story.js'

const now = new Date('2026-11-20T12:00:00.000Z')
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000)

function story(publisherCount: number, lastHoursAgo: number, entryHoursAgo: number[] = []) {
  return {
    publisherCount,
    lastEntryAt: hoursAgo(lastHoursAgo),
    entryTimes: entryHoursAgo.map(hoursAgo),
  } satisfies StoryRankInput
}

describe('scoreStory', () => {
  const cases: {
    name: string
    input: StoryRankInput
    expected: { breadth: number; recency: number; velocity: number }
  }[] = [
    {
      name: 'fresh story, flat coverage',
      input: story(3, 0, []),
      expected: { breadth: 3, recency: 1, velocity: 1 },
    },
    {
      name: 'one half-life old',
      input: story(2, 12, []),
      expected: { breadth: 2, recency: 0.5, velocity: 1 },
    },
    {
      name: 'two half-lives old',
      input: story(1, 24, []),
      expected: { breadth: 1, recency: 0.25, velocity: 1 },
    },
    {
      name: 'accelerating: 3 entries in the last 6 h, none before (clamped)',
      input: story(1, 0, [1, 2, 5]),
      expected: { breadth: 1, recency: 1, velocity: 1.5 },
    },
    {
      name: 'slowing: none recently, 3 in the 6 h before (clamped)',
      input: story(1, 0, [7, 8, 11]),
      expected: { breadth: 1, recency: 1, velocity: 0.7 },
    },
    {
      name: 'slowing gently: 1 recent, 2 before',
      input: story(1, 0, [1, 7, 8]),
      expected: { breadth: 1, recency: 1, velocity: Math.sqrt(2 / 3) },
    },
    {
      name: 'velocity is damped: 1 recent vs 0 before → sqrt(2)',
      input: story(1, 0, [3]),
      expected: { breadth: 1, recency: 1, velocity: Math.SQRT2 },
    },
    {
      name: 'entries older than both windows do not count',
      input: story(4, 0, [13, 20, 40]),
      expected: { breadth: 4, recency: 1, velocity: 1 },
    },
    {
      name: 'no entries at all: recency 0',
      input: { publisherCount: 2, lastEntryAt: null, entryTimes: [] },
      expected: { breadth: 2, recency: 0, velocity: 1 },
    },
    {
      name: 'a future last entry counts as now',
      input: story(2, -3, [-3]),
      expected: { breadth: 2, recency: 1, velocity: Math.SQRT2 },
    },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const result = scoreStory(c.input, now)
      assert.ok(Math.abs(result.breadth - c.expected.breadth) < 1e-9)
      assert.ok(Math.abs(result.recency - c.expected.recency) < 1e-9, `recency ${result.recency}`)
      assert.ok(
        Math.abs(result.velocity - c.expected.velocity) < 1e-9,
        `velocity ${result.velocity}`,
      )
      const product = c.expected.breadth * c.expected.recency * c.expected.velocity
      assert.ok(Math.abs(result.score - product) < 1e-9)
    })
  }
})

describe('rankStories', () => {
  it('prefers breadth, then recency, and breaks ties by latest entry and id', () => {
    const ranked = rankStories(
      [
        { id: 1, ...story(1, 1) },
        { id: 2, ...story(5, 6) },
        { id: 3, ...story(5, 30) },
        { id: 4, ...story(1, 1) },
        { id: 5, ...story(1, 0.5) },
      ],
      now,
    )
    assert.deepEqual(
      ranked.map((s) => s.id),
      [2, 5, 4, 1, 3],
    )
  })

  it('lets a breaking two-publisher story overtake a stale five-publisher one', () => {
    const ranked = rankStories(
      [
        { id: 1, ...story(5, 30, [30, 31, 35]) },
        { id: 2, ...story(2, 0.2, [0.2, 1]) },
      ],
      now,
    )
    assert.equal(ranked[0]!.id, 2)
  })
})
