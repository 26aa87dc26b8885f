import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { relateStories } from './relate-stories.js'

describe('relateStories', () => {
  const NATO = 1
  const RUTTE = 2
  const US = 3
  const entities = [
    { entityId: NATO, mentions: 6 },
    { entityId: RUTTE, mentions: 4 },
    { entityId: US, mentions: 2 },
  ]

  it('ranks stories sharing the main subjects above those sharing a common place', () => {
    const result = relateStories(
      {
        entities,
        candidates: [
          { storyId: 10, entityId: NATO, mentions: 3 },
          { storyId: 10, entityId: RUTTE, mentions: 1 },
          { storyId: 11, entityId: US, mentions: 9 },
          { storyId: 12, entityId: US, mentions: 1 },
          { storyId: 13, entityId: US, mentions: 2 },
          { storyId: 14, entityId: NATO, mentions: 1 },
        ],
        storiesInWindow: 20,
      },
      { limit: 10 },
    )
    assert.deepEqual(
      result.map((r) => r.storyId),
      [10, 14, 13, 12, 11],
    )
    assert.deepEqual(result[0]!.sharedEntityIds, [NATO, RUTTE])
  })

  it('drops weak relations and honours the limit', () => {
    const result = relateStories(
      {
        entities,
        candidates: [
          { storyId: 10, entityId: NATO, mentions: 3 },
          { storyId: 11, entityId: US, mentions: 1 },
        ],
        storiesInWindow: 2,
      },
      { limit: 1, minScore: 0.2 },
    )
    assert.deepEqual(
      result.map((r) => r.storyId),
      [10],
    )
  })

  it('returns nothing for a story without entities', () => {
    assert.deepEqual(
      relateStories({ entities: [], candidates: [], storiesInWindow: 5 }, { limit: 5 }),
      [],
    )
  })
})
