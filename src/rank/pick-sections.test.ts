import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { DEFAULT_PICK_SECTIONS, pickSections, type SectionInputRow } from './pick-sections.js'

const NATO = 1
const US = 2
const STORM = 3
const TRUMP = 4
const row = (storyId: number, entityId: number, mentions: number, at = storyId) =>
  ({ storyId, entityId, mentions, lastEntryAt: at }) satisfies SectionInputRow

describe('pickSections', () => {
  it('ranks topics by the stories they are a subject of, not passing mentions', () => {
    const rows = [
      // US is mentioned in every story but is a subject of none
      row(1, NATO, 9),
      row(1, TRUMP, 5),
      row(1, STORM, 4),
      row(1, US, 1),
      row(2, NATO, 6),
      row(2, TRUMP, 3),
      row(2, STORM, 2),
      row(2, US, 1),
      row(3, STORM, 8),
      row(3, US, 1),
      row(4, STORM, 5),
      row(4, US, 1),
    ]
    const picks = pickSections(rows, { ...DEFAULT_PICK_SECTIONS, subjectsPerStory: 2 })
    assert.deepEqual(
      picks.map((p) => [p.entityId, p.storyIds]),
      [
        [NATO, [2, 1]],
        [STORM, [4, 3]],
      ],
    )
  })

  it('never repeats a story and leaves out excluded ones', () => {
    const rows = [
      row(1, NATO, 3),
      row(2, NATO, 3),
      row(3, NATO, 3),
      row(2, TRUMP, 2),
      row(3, TRUMP, 2),
    ]
    const picks = pickSections(rows, {
      ...DEFAULT_PICK_SECTIONS,
      storiesPerSection: 2,
      excludeStoryIds: [3],
    })
    assert.deepEqual(
      picks.map((p) => [p.entityId, p.storyIds]),
      [[NATO, [2, 1]]],
    )
  })

  it('mixes kinds: at most maxPerKind sections of one kind', () => {
    const rows = [
      row(1, US, 3),
      row(2, US, 3),
      row(3, STORM, 3),
      row(4, STORM, 3),
      row(5, NATO, 2),
      row(6, NATO, 2),
    ]
    const kinds: Record<number, string> = {
      [US]: 'place',
      [STORM]: 'place',
      [NATO]: 'organization',
    }
    const picks = pickSections(rows, {
      ...DEFAULT_PICK_SECTIONS,
      maxPerKind: 1,
      kindOf: (id) => kinds[id],
    })
    assert.deepEqual(
      picks.map((p) => p.entityId),
      [US, NATO],
    )
  })

  it('returns nothing without enough stories', () => {
    assert.deepEqual(pickSections([row(1, NATO, 3)]), [])
  })
})
