/**
 * @module group-search-hits
 * Search results as the page shows them (pure): stories first, when several entries of one story
 * match (in the order of their best hit), then the other entries in rank order.
 */
import type { SearchHit } from '../../search/search-index.js'

export interface StoryHitGroup {
  storyId: number
  headline: string
  publisherCount: number
  hits: SearchHit[]
}

export interface GroupedHits {
  stories: StoryHitGroup[]
  entries: SearchHit[]
}

export function groupSearchHits(hits: readonly SearchHit[], minPerStory = 2): GroupedHits {
  const byStory = new Map<number, SearchHit[]>()
  for (const hit of hits) {
    if (hit.storyId === null) continue
    const list = byStory.get(hit.storyId) ?? []
    list.push(hit)
    byStory.set(hit.storyId, list)
  }
  const stories: StoryHitGroup[] = []
  const grouped = new Set<number>()
  for (const hit of hits) {
    if (hit.storyId === null || grouped.has(hit.storyId)) continue
    const list = byStory.get(hit.storyId)!
    if (list.length < minPerStory) continue
    grouped.add(hit.storyId)
    stories.push({
      storyId: hit.storyId,
      headline: hit.storyHeadline ?? hit.title,
      publisherCount: hit.storyPublisherCount,
      hits: list,
    })
  }
  return {
    stories,
    entries: hits.filter((hit) => hit.storyId === null || !grouped.has(hit.storyId)),
  }
}
