import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import type { EntryId, PublisherId, StoryId } from '../../domain/ids.js'
import type { SearchHit } from '../../search/search-index.js'
import { groupSearchHits } from './group-search-hits.js'

const hit = (entryId: number, storyId: number | null): SearchHit => ({
  entryId: entryId as EntryId,
  storyId: storyId as StoryId | null,
  storyHeadline: storyId === null ? null : `Story ${storyId}`,
  storyPublisherCount: 2,
  title: `Entry ${entryId}`,
  titleHtml: `Entry ${entryId}`,
  snippetHtml: '',
  url: null,
  publisher: { id: 1 as PublisherId, slug: 'p', name: 'P', country: null, iconUrl: null },
  sortAt: new Date(0),
  rank: 10 - entryId,
})

describe('groupSearchHits', () => {
  it('puts stories with several matching entries first, then the other entries in rank order', () => {
    const grouped = groupSearchHits([
      hit(1, 10),
      hit(2, null),
      hit(3, 20),
      hit(4, 20),
      hit(5, 10),
      hit(6, 30),
    ])
    assert.deepEqual(
      grouped.stories.map((s) => [s.storyId, s.hits.map((h) => h.entryId)]),
      [
        [10, [1, 5]],
        [20, [3, 4]],
      ],
    )
    assert.deepEqual(
      grouped.entries.map((h) => h.entryId),
      [2, 6],
    )
  })
})
