import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  chooseStory,
  DEFAULT_ASSIGN_OPTIONS,
  type Evidence,
  mergeScoreCeiling,
  scoreMerge,
} from './assign-story.js'

/** Evidence of an entry against a story, neutral apart from what a test sets. */
function evidence(patch: Partial<Evidence>): Evidence {
  return {
    similarity: 0,
    memberSimilarity: 0,
    averageSimilarity: 0,
    topSimilarity: 0,
    storySize: 1,
    entityOverlap: 0,
    sharedEntities: [],
    missingEntities: [],
    newEntities: [],
    missingNumbers: [],
    newNumbers: [],
    yearConflict: null,
    sharedLinks: [],
    sharedQuotes: [],
    sharedPhrases: 0,
    hoursApart: 0,
    copyOf: null,
    copySimilarity: 0,
    ...patch,
  }
}

const o = DEFAULT_ASSIGN_OPTIONS

// What an unrelated entry measured against a big catch-all story in a high-volume stream: its
// centroid resembles the whole stream, its members resemble nothing in particular.
const catchAll = evidence({
  similarity: 0.31,
  memberSimilarity: 0.11,
  averageSimilarity: 0.1,
  topSimilarity: 0.1,
  storySize: 80,
  entityOverlap: 0.5,
})

test('an entry that resembles none of a big story’s members does not join it', () => {
  const choice = chooseStory([{ storyId: 'big', evidence: catchAll, forbidden: false }], o)
  assert.equal(choice.storyId, null)
  // the same score without the member floor would have joined: the floor is what decides
  assert.equal(
    chooseStory([{ storyId: 'big', evidence: catchAll, forbidden: false }], {
      ...o,
      minMemberSimilarity: 0,
    }).storyId,
    'big',
  )
})

test('an entry close to one of the story’s members joins', () => {
  const close = { ...catchAll, memberSimilarity: 0.4, topSimilarity: 0.2, averageSimilarity: 0.16 }
  assert.equal(
    chooseStory([{ storyId: 'big', evidence: close, forbidden: false }], o).storyId,
    'big',
  )
})

test('a wire copy joins its original’s story whatever the other signals say', () => {
  const copy = evidence({ memberSimilarity: 0.05, copyOf: 'e1', copySimilarity: 0.8 })
  assert.equal(chooseStory([{ storyId: 's', evidence: copy, forbidden: false }], o).storyId, 's')
})

test('an editor’s cannot-link keeps the entry out, however strong the evidence', () => {
  const strong = evidence({ memberSimilarity: 0.9, topSimilarity: 0.9, similarity: 0.9 })
  assert.equal(chooseStory([{ storyId: 's', evidence: strong, forbidden: true }], o).storyId, null)
})

test('a merge score never exceeds its ceiling, whatever the evidence not yet measured', () => {
  // a seeded walk over the evidence a merge check computes after its ceiling
  let seed = 1
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T
  for (let i = 0; i < 2000; i++) {
    const e = evidence({
      averageSimilarity: Math.round(next() * 1000) / 1000,
      entityOverlap: Math.round(next() * 1000) / 1000,
      sharedQuotes: pick([[], ['a'], ['a', 'b', 'c']]),
      sharedLinks: pick([[], ['https://example.org/a']]),
      sharedPhrases: pick([0, 1, 2, 5]),
      missingEntities: pick([[], ['Rutte']]),
      newEntities: pick([[], ['Trump']]),
      yearConflict: pick([null, 'dated 2013, mentions nothing after 2008']),
      hoursApart: pick([null, 0, 30, 200]),
    })
    assert.ok(scoreMerge(e, o) <= mergeScoreCeiling(e, o), JSON.stringify(e))
    // and it is tight when everything unmeasured is at its best
    const best = {
      ...e,
      entityOverlap: 1,
      sharedPhrases: 5,
      missingEntities: [],
      yearConflict: null,
    }
    assert.ok(mergeScoreCeiling(e, o) - scoreMerge({ ...best, hoursApart: 0 }, o) < 1e-6)
  }
  // options that turn a penalty into a bonus raise the ceiling with it
  const lenient = { ...o, conflictPenalty: -0.2 }
  const e = evidence({ missingEntities: ['Rutte'], newEntities: ['Trump'] })
  assert.ok(scoreMerge(e, lenient) <= mergeScoreCeiling(e, lenient))
  assert.equal(mergeScoreCeiling(e, { ...o, timePenaltyPerDay: -0.1 }), Number.POSITIVE_INFINITY)
})
