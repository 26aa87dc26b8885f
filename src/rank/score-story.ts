/**
 * @module score-story
 * Top stories: the non-personal ranking of stories (pure). A story's score is
 *
 *     score = breadth × recency × velocity
 *
 * - breadth  = distinct publishers covering the story (an outlet's many feeds count once; copies of
 *              wire text count for the publisher that ran them, once);
 * - recency  = exp(−ageHours / halfLifeHours · ln 2) = 2^(−ageHours / halfLifeHours), where ageHours
 *              is the time since the story's latest entry (half-life 12 h: a story whose last entry is
 *              12 h old weighs half as much as one updated just now);
 * - velocity = clamp(((1 + entries in the last 6 h) / (1 + entries in the 6 h before))^0.5, 0.7, 1.5):
 *              a story gaining coverage rises, one that stopped moving sinks; the square root and the
 *              clamp damp it so velocity nudges the order but never outweighs breadth.
 *
 * Ties go to the most recently updated story, then to the higher id (newer), so the order is total and
 * stable. Candidates come from `ReaderStore.topStoryCandidates` (stories updated in the last 72 h).
 */

export interface StoryRankOptions {
  /** hours after which recency halves */
  halfLifeHours: number
  /** width of the two windows velocity compares */
  velocityWindowHours: number
  /** exponent applied to the raw velocity ratio (0.5: square root) */
  velocityDamping: number
  velocityMin: number
  velocityMax: number
}

export const DEFAULT_STORY_RANK_OPTIONS: StoryRankOptions = {
  halfLifeHours: 12,
  velocityWindowHours: 6,
  velocityDamping: 0.5,
  velocityMin: 0.7,
  velocityMax: 1.5,
}

/** What ranking needs to know about one story. */
export interface StoryRankInput {
  /** distinct publishers (not feeds) with an entry in the story */
  publisherCount: number
  /** the story's latest entry (null: no entries, recency 0) */
  lastEntryAt: Date | null
  /** the sort instants of the story's entries (at least those of the last two velocity windows) */
  entryTimes: readonly Date[]
}

export interface StoryScore {
  score: number
  breadth: number
  recency: number
  velocity: number
}

const HOUR_MS = 3_600_000

/** Scores one story at `now`. */
export function scoreStory(
  story: StoryRankInput,
  now: Date,
  options: StoryRankOptions = DEFAULT_STORY_RANK_OPTIONS,
): StoryScore {
  const breadth = Math.max(0, story.publisherCount)
  const ageHours =
    story.lastEntryAt === null
      ? Number.POSITIVE_INFINITY
      : Math.max(0, (now.getTime() - story.lastEntryAt.getTime()) / HOUR_MS)
  const recency = Math.exp((-ageHours / options.halfLifeHours) * Math.LN2)
  const windowMs = options.velocityWindowHours * HOUR_MS
  let recent = 0
  let previous = 0
  for (const at of story.entryTimes) {
    const ago = now.getTime() - at.getTime()
    if (ago < 0 || ago < windowMs) recent++
    else if (ago < 2 * windowMs) previous++
  }
  const ratio = Math.pow((1 + recent) / (1 + previous), options.velocityDamping)
  const velocity = Math.min(options.velocityMax, Math.max(options.velocityMin, ratio))
  return { score: breadth * recency * velocity, breadth, recency, velocity }
}

/** Sorts stories by score, best first; ties by latest entry, then by id (higher first). */
export function rankStories<T extends StoryRankInput & { id: number }>(
  stories: readonly T[],
  now: Date,
  options: StoryRankOptions = DEFAULT_STORY_RANK_OPTIONS,
): (T & { rank: StoryScore })[] {
  return stories
    .map((story) => ({ ...story, rank: scoreStory(story, now, options) }))
    .sort(
      (a, b) =>
        b.rank.score - a.rank.score ||
        (b.lastEntryAt?.getTime() ?? 0) - (a.lastEntryAt?.getTime() ?? 0) ||
        b.id - a.id,
    )
}
