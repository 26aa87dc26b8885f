/**
 * @module assign-story
 * The decision for one entry, given what it has in common with each candidate story (pure).
 *
 * The story index measures signals between the entry and each candidate (similarity to the
 * story's centroid and to its recent members, shared entities, quotes, phrasing, links, copies,
 * disagreeing main actors or numbers, time apart); this module turns them into a score, picks
 * the best story the entry may join, and says why in data ({@link Evidence}) and in words
 * ({@link explain}). The score is a weighted sum whose weights and thresholds were tuned on the
 * ECB+ training topics only (docs/clustering.md):
 *
 *     score = 0.37·mean member cosine + 0.22·centroid cosine + 0.16·best member cosine
 *           + 0.26·mean of the 3 best member cosines + 0.14·entity overlap
 *           + 0.1 per shared quote (≤ 2) + 0.11·shared phrasing (saturating) + 0.2 if a link is shared
 *           + 0.08·ln(1 + min(size, 10))          (a bigger story's evidence is steadier)
 *           − 0.05 if main actors disagree − 0.1 if main numbers disagree
 *           − 0.1 if one side is dated years after all the other mentions (yearConflict)
 *           − 0.05 per day apart beyond 24 h      (only when both sides have dates)
 *
 * The entry joins the best-scoring story from 0.35, else it starts a new story. A near-duplicate
 * (copy) joins its original's story whatever the score, unless an editor said it must not.
 */

/** Why an entry belongs with a story (or why two stories are one). */
export interface Evidence {
  /** cosine of the entry's tf-idf vector and the story centroid's */
  similarity: number
  /** cosine with the most similar member */
  memberSimilarity: number
  /** mean cosine with the story's (most recent) members */
  averageSimilarity: number
  /** mean cosine with the three most similar members (missing members count as 0) */
  topSimilarity: number
  /** members in the story */
  storySize: number
  /** idf-weighted share of the entry's entities that the story also has, 0..1 */
  entityOverlap: number
  /** display names of shared people, organisations and places, most significant first */
  sharedEntities: string[]
  /** main actors of the story (most of its members) that the entry never mentions */
  missingEntities: string[]
  /** main actors of the entry that no member of the story mentions */
  newEntities: string[]
  /** the story's main numbers or dates (most members) that the entry never gives */
  missingNumbers: string[]
  /** the entry's main numbers or dates that no member of the story gives */
  newNumbers: string[]
  /**
   * one side is dated (title, lead or URL) after every year the other mentions, by more than a
   * year: another event of the same kind at another time. In words, or null.
   */
  yearConflict: string | null
  sharedLinks: string[]
  sharedQuotes: string[]
  /** sampled four-word phrases the entry shares with the story's members */
  sharedPhrases: number
  /** hours between the entry and the story's nearest member; null when either has no date */
  hoursApart: number | null
  /** the member this entry is a near-duplicate of, if any */
  copyOf: string | null
  /** estimated Jaccard similarity of the copy's shingles */
  copySimilarity: number
}

/** What the index measured between the entry and one candidate story. */
export interface CandidateSignals {
  storyId: string
  evidence: Evidence
  /** an editor said this entry must not be in this story */
  forbidden: boolean
}

export interface AssignOptions {
  /** join the best story when its score reaches this */
  joinThreshold: number
  /** weight of the mean similarity to the story's members (average link) */
  averageWeight: number
  /** weight of the centroid similarity */
  centroidWeight: number
  /** weight of the best member similarity */
  memberWeight: number
  /** weight of the mean similarity to the three most similar members */
  topWeight: number
  /** weight of the entity overlap */
  entityWeight: number
  /** bonus per shared quote, capped at two */
  quoteBonus: number
  /** bonus for a shared link (one entry links to the other, or both to the same page) */
  linkBonus: number
  /** weight of shared phrasing, reached at `phraseSaturation` shared phrases */
  phraseWeight: number
  phraseSaturation: number
  /**
   * score subtracted per ln(1 + size) of the story (size capped at `sizeCap`): a big story's
   * centroid resembles more entries, so it must resemble them more to take them
   */
  sizeWeight: number
  sizeCap: number
  /**
   * an entry joins a story only when it resembles one of its members at least this much (cosine),
   * or is a copy: a big story's centroid resembles the background of the whole stream, and its
   * size bonus must not gather entries that resemble none of its members
   */
  minMemberSimilarity: number
  /**
   * score lost when the main actors disagree: the story's are missing from the entry and the
   * entry's are new to the story (two fights of one boxer, two deaths of one scandal's figures)
   */
  conflictPenalty: number
  /** score lost when the main numbers or dates disagree (magnitude 5.6 against 6.1) */
  numberConflictPenalty: number
  /** score lost when one side is dated after every year the other mentions ({@link Evidence.yearConflict}) */
  yearConflictPenalty: number
  /** hours apart that cost nothing */
  timeGraceHours: number
  /** score lost per day apart beyond the grace period */
  timePenaltyPerDay: number
  /** Jaccard similarity from which an entry is a copy of another */
  copyThreshold: number
  /** two stories merge when their story-to-story score ({@link scoreMerge}) reaches this */
  mergeThreshold: number
  /**
   * the lower score from which two stories merge when the other story holds two entries or more
   * (the entry's own story counts it): pairs of established members give a steadier mean than
   * the pairs of a story with one lone entry
   */
  storyMergeThreshold: number
}

/** Defaults, tuned on the ECB+ training topics only (docs/clustering.md). */
export const DEFAULT_ASSIGN_OPTIONS: AssignOptions = {
  joinThreshold: 0.35,
  averageWeight: 0.37,
  centroidWeight: 0.22,
  memberWeight: 0.16,
  topWeight: 0.26,
  entityWeight: 0.14,
  quoteBonus: 0.1,
  linkBonus: 0.2,
  phraseWeight: 0.11,
  phraseSaturation: 3,
  sizeWeight: -0.08,
  sizeCap: 10,
  minMemberSimilarity: 0.15,
  conflictPenalty: 0.05,
  numberConflictPenalty: 0.1,
  yearConflictPenalty: 0.1,
  timeGraceHours: 24,
  timePenaltyPerDay: 0.05,
  copyThreshold: 0.5,
  mergeThreshold: 0.53,
  storyMergeThreshold: 0.4,
}

/** The score of an entry (or a story) against a story. */
export function scoreEvidence(e: Evidence, o: AssignOptions): number {
  let s = o.averageWeight * e.averageSimilarity + o.centroidWeight * e.similarity
  s += o.memberWeight * e.memberSimilarity + o.topWeight * e.topSimilarity
  s += o.entityWeight * e.entityOverlap
  s += o.quoteBonus * Math.min(2, e.sharedQuotes.length)
  s += o.phraseWeight * Math.min(1, e.sharedPhrases / o.phraseSaturation)
  if (e.sharedLinks.length > 0) s += o.linkBonus
  s -= o.sizeWeight * Math.log(1 + Math.min(e.storySize, o.sizeCap))
  if (e.missingEntities.length > 0 && e.newEntities.length > 0) s -= o.conflictPenalty
  if (e.missingNumbers.length > 0 && e.newNumbers.length > 0) s -= o.numberConflictPenalty
  if (e.yearConflict !== null) s -= o.yearConflictPenalty
  return s - timePenalty(e, o)
}

function timePenalty(e: Evidence, o: AssignOptions): number {
  if (e.hoursApart === null || e.hoursApart <= o.timeGraceHours) return 0
  return (o.timePenaltyPerDay * (e.hoursApart - o.timeGraceHours)) / 24
}

/**
 * The score of two stories being one event: the mean similarity of their members' pairs (an
 * average link, which does not grow with story size), plus shared entities, quotes and
 * phrasing, minus disagreeing main actors or numbers and time apart.
 */
export function scoreMerge(e: Evidence, o: AssignOptions): number {
  let s = e.averageSimilarity
  s += o.entityWeight * e.entityOverlap
  s += o.quoteBonus * Math.min(2, e.sharedQuotes.length)
  s += o.phraseWeight * Math.min(1, e.sharedPhrases / o.phraseSaturation)
  if (e.sharedLinks.length > 0) s += o.linkBonus
  if (e.missingEntities.length > 0 && e.newEntities.length > 0) s -= o.conflictPenalty
  if (e.missingNumbers.length > 0 && e.newNumbers.length > 0) s -= o.numberConflictPenalty
  if (e.yearConflict !== null) s -= o.yearConflictPenalty
  return s - timePenalty(e, o)
}

/**
 * The most {@link scoreMerge} can give once the member pairs, quotes and links are known, whatever
 * the entities, phrasing, main actors, years and times turn out to be: a merge check stops there
 * when even this is below the threshold (same decision, less work).
 */
export function mergeScoreCeiling(
  known: Pick<Evidence, 'averageSimilarity' | 'sharedQuotes' | 'sharedLinks'>,
  o: AssignOptions,
): number {
  let s = known.averageSimilarity
  s += Math.max(0, o.entityWeight) + Math.max(0, o.phraseWeight)
  s += o.quoteBonus * Math.min(2, known.sharedQuotes.length)
  if (known.sharedLinks.length > 0) s += o.linkBonus
  s += Math.max(0, -o.conflictPenalty) + Math.max(0, -o.numberConflictPenalty)
  s += Math.max(0, -o.yearConflictPenalty)
  // a negative time penalty would be a bonus without bound
  return o.timePenaltyPerDay < 0 ? Number.POSITIVE_INFINITY : s + 1e-9 // a hair for rounding
}

/** The choice for one entry: the story to join, or none. */
export interface Choice {
  /** the story to join, or null to start a new one */
  storyId: string | null
  score: number
  evidence: Evidence | null
  /** every scored candidate, best first (for merge checks and debugging) */
  ranked: { storyId: string; score: number; evidence: Evidence }[]
}

/** Pick the story an entry joins (pure). Ties go to the earlier candidate in input order. */
export function chooseStory(candidates: readonly CandidateSignals[], o: AssignOptions): Choice {
  const ranked: Choice['ranked'] = []
  for (const c of candidates) {
    if (c.forbidden) continue
    let score = scoreEvidence(c.evidence, o)
    if (c.evidence.memberSimilarity < o.minMemberSimilarity) {
      score = Math.min(score, o.joinThreshold - 0.001)
    }
    if (c.evidence.copyOf !== null && c.evidence.copySimilarity >= o.copyThreshold) {
      score = Math.max(score, o.joinThreshold + c.evidence.copySimilarity)
    }
    ranked.push({ storyId: c.storyId, score, evidence: c.evidence })
  }
  ranked.sort((a, b) => b.score - a.score)
  const best = ranked[0]
  if (best && best.score >= o.joinThreshold) {
    return { storyId: best.storyId, score: best.score, evidence: best.evidence, ranked }
  }
  return { storyId: null, score: best?.score ?? 0, evidence: best?.evidence ?? null, ranked }
}

function round(x: number, digits = 2): string {
  return x.toFixed(digits)
}

/** A human sentence for evidence: "shares NATO, Mark Rutte; similarity 0.41; 3 h apart". */
export function explain(e: Evidence): string {
  const parts: string[] = []
  if (e.copyOf !== null) {
    parts.push(`copy of ${e.copyOf} (${Math.round(e.copySimilarity * 100)}% same text)`)
  }
  if (e.sharedEntities.length > 0) parts.push(`shares ${e.sharedEntities.join(', ')}`)
  parts.push(`similarity ${round(Math.max(e.similarity, e.memberSimilarity))}`)
  if (e.missingEntities.length > 0 && e.newEntities.length > 0) {
    parts.push(`but about ${e.newEntities.join(', ')}, not ${e.missingEntities.join(', ')}`)
  }
  if (e.missingNumbers.length > 0 && e.newNumbers.length > 0) {
    parts.push(`but says ${e.newNumbers.join(', ')}, not ${e.missingNumbers.join(', ')}`)
  }
  if (e.yearConflict !== null) parts.push(`but ${e.yearConflict}`)
  if (e.sharedQuotes.length > 0) {
    const q = e.sharedQuotes.length === 1 ? 'quote' : 'quotes'
    parts.push(`${e.sharedQuotes.length} ${q} in common ("${e.sharedQuotes[0] ?? ''}")`)
  }
  if (e.sharedPhrases > 0) parts.push(`shared phrasing`)
  if (e.sharedLinks.length > 0) {
    parts.push(`${e.sharedLinks.length === 1 ? 'link' : 'links'} to ${e.sharedLinks.join(', ')}`)
  }
  if (e.hoursApart !== null) parts.push(`${Math.round(e.hoursApart)} h apart`)
  return parts.join('; ')
}
