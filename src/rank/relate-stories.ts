/**
 * @module relate-stories
 * Related stories (pure): other stories that share entities with this one. Each shared entity adds
 *
 *     weight(e) = share of this story's entity mentions that are e × idf(e)
 *     idf(e)    = ln(1 + storiesInWindow / storiesWithEntity(e))
 *
 * so sharing the story's main subject counts most, and an entity every story mentions ("United
 * States") counts little. A story needs a score of at least `minScore` to be listed.
 */

export interface RelateStoriesInput {
  /** this story's entities with their summed mentions */
  entities: readonly { entityId: number; mentions: number }[]
  /** other stories' mentions of those entities: one row per (story, entity) */
  candidates: readonly { storyId: number; entityId: number; mentions: number }[]
  /** stories in the window, for idf */
  storiesInWindow: number
}

export interface RelatedStoryScore {
  storyId: number
  score: number
  sharedEntityIds: number[]
}

export function relateStories(
  input: RelateStoriesInput,
  options: { limit: number; minScore?: number } = { limit: 6 },
): RelatedStoryScore[] {
  const total = input.entities.reduce((sum, e) => sum + Math.max(0, e.mentions), 0)
  if (total === 0) return []
  const share = new Map(input.entities.map((e) => [e.entityId, Math.max(0, e.mentions) / total]))
  const storiesWith = new Map<number, Set<number>>()
  for (const row of input.candidates) {
    let set = storiesWith.get(row.entityId)
    if (!set) storiesWith.set(row.entityId, (set = new Set()))
    set.add(row.storyId)
  }
  const n = Math.max(input.storiesInWindow, 1)
  const byStory = new Map<number, RelatedStoryScore>()
  for (const row of input.candidates) {
    const w = share.get(row.entityId)
    if (w === undefined || row.mentions <= 0) continue
    const df = storiesWith.get(row.entityId)?.size ?? 1
    const idf = Math.log(1 + n / df)
    let scored = byStory.get(row.storyId)
    if (!scored) {
      byStory.set(row.storyId, (scored = { storyId: row.storyId, score: 0, sharedEntityIds: [] }))
    }
    if (scored.sharedEntityIds.includes(row.entityId)) continue
    scored.sharedEntityIds.push(row.entityId)
    scored.score += w * idf
  }
  const minScore = options.minScore ?? 0.05
  return [...byStory.values()]
    .filter((s) => s.score >= minScore)
    .sort((a, b) => b.score - a.score || b.storyId - a.storyId)
    .slice(0, options.limit)
}
