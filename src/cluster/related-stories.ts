/**
 * @module related-stories
 * Related stories (pure): other stories, over a longer window than clustering's, that share
 * entities and vocabulary with a story without being the same event ("Ukraine air defence
 * talks" beside "NATO summit on spending"). A related story is scored by the weighted overlap
 * of entities and the cosine of term centroids; the same event is not related to itself.
 */

import type { Entity } from './extract-entities.js'

/** A story as related-stories needs it; build one with {@link storySummary}. */
export interface StorySummary {
  id: string
  /** [term, weight], weights summed over members (unit vectors), any order */
  terms: readonly (readonly [string, number])[]
  /** entity key -> number of members mentioning it */
  entities: ReadonlyMap<string, { name: string; members: number }>
  size: number
}

export interface RelatedStory {
  id: string
  score: number
  similarity: number
  sharedEntities: string[]
}

export interface RelatedOptions {
  /** document frequencies of terms across stories, for idf; without it every term weighs 1 */
  idf?: (term: string) => number
  /** keep candidates scoring at least this */
  minScore: number
  /** return at most this many */
  limit: number
  entityWeight: number
}

export const DEFAULT_RELATED_OPTIONS: RelatedOptions = {
  minScore: 0.12,
  limit: 5,
  entityWeight: 0.5,
}

/** Summary of a story from its members' features (`terms` and `entities` of EntryFeatures). */
export function storySummary(
  id: string,
  members: readonly {
    terms: readonly (readonly [string, number])[]
    entities: readonly Entity[]
  }[],
): StorySummary {
  const terms = new Map<string, number>()
  const entities = new Map<string, { name: string; members: number }>()
  for (const m of members) {
    let norm = 0
    for (const [, w] of m.terms) norm += w * w
    norm = Math.sqrt(norm) || 1
    for (const [t, w] of m.terms) terms.set(t, (terms.get(t) ?? 0) + w / norm)
    for (const e of m.entities) {
      const seen = entities.get(e.key)
      if (seen) seen.members++
      else entities.set(e.key, { name: e.name, members: 1 })
    }
  }
  return { id, terms: [...terms], entities, size: members.length }
}

function weighted(
  terms: readonly (readonly [string, number])[],
  idf: (t: string) => number,
): Map<string, number> {
  const v = new Map<string, number>()
  let norm = 0
  for (const [t, w] of terms) {
    const x = w * idf(t)
    v.set(t, x)
    norm += x * x
  }
  norm = Math.sqrt(norm) || 1
  for (const [t, x] of v) v.set(t, x / norm)
  return v
}

/**
 * Candidates related to `story`, best first. The score is
 * `(1 - entityWeight) · cosine(terms) + entityWeight · entity overlap`, where entity overlap is
 * the idf-weighted Jaccard of the entities at least a quarter of each story's members mention.
 */
export function relatedStories(
  story: StorySummary,
  candidates: readonly StorySummary[],
  options: Partial<RelatedOptions> = {},
): RelatedStory[] {
  const o = { ...DEFAULT_RELATED_OPTIONS, ...options }
  const idf = o.idf ?? (() => 1)
  const mine = weighted(story.terms, idf)
  const salient = (s: StorySummary): Map<string, string> => {
    const out = new Map<string, string>()
    for (const [k, e] of s.entities) if (e.members * 4 >= s.size) out.set(k, e.name)
    return out
  }
  const myEntities = salient(story)
  const out: RelatedStory[] = []
  for (const c of candidates) {
    if (c.id === story.id) continue
    const v = weighted(c.terms, idf)
    let similarity = 0
    for (const [t, x] of v) similarity += x * (mine.get(t) ?? 0)
    const theirs = salient(c)
    let inter = 0
    let union = 0
    const shared: [string, number][] = []
    for (const [k, name] of myEntities) {
      const w = idf(k)
      union += w
      if (theirs.has(k)) {
        inter += w
        shared.push([name, w])
      }
    }
    for (const k of theirs.keys()) if (!myEntities.has(k)) union += idf(k)
    const overlap = union > 0 ? inter / union : 0
    const score = (1 - o.entityWeight) * similarity + o.entityWeight * overlap
    if (score < o.minScore) continue
    shared.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    out.push({
      id: c.id,
      score: Math.round(score * 1000) / 1000,
      similarity: Math.round(similarity * 1000) / 1000,
      sharedEntities: shared.map(([n]) => n),
    })
  }
  out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
  return out.slice(0, o.limit)
}
