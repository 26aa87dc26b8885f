import assert from 'node:assert/strict'
import { test } from 'node:test'

import { chooseStory, DEFAULT_ASSIGN_OPTIONS, type Evidence } from './assign-story.js'

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
