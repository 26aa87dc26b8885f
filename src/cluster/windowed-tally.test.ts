import assert from 'node:assert/strict'
import { test } from 'node:test'

import { WindowedTally } from './windowed-tally.js'

const H = 3_600_000

test('counts keys by group within the window that ends at the latest time counted', () => {
  const tally = new WindowedTally(72 * H)
  tally.add('johnson', 'person:boris-johnson', 0)
  tally.add('johnson', 'person:boris-johnson', 1 * H)
  tally.add('johnson', 'person:mike-johnson', 50 * H)
  tally.add('rutte', 'person:mark-rutte', 60 * H)
  assert.deepEqual(
    [...tally.counts('johnson')],
    [
      ['person:boris-johnson', 2],
      ['person:mike-johnson', 1],
    ],
  )
  // counting something later moves the window on, for every group
  tally.add('rutte', 'person:mark-rutte', 74 * H)
  assert.deepEqual([...tally.counts('johnson')], [['person:mike-johnson', 1]])
  assert.deepEqual([...tally.counts('rutte')], [['person:mark-rutte', 2]])
  assert.deepEqual([...tally.counts('nobody')], [])
})

test('a late addition counts in its own hour, and counts can be taken back', () => {
  const tally = new WindowedTally(72 * H)
  tally.add('g', 'a', 10 * H)
  tally.add('g', 'a', 5 * H)
  tally.add('g', 'a', 10 * H + 1)
  assert.equal(tally.counts('g').get('a'), 3)
  tally.add('g', 'a', 5 * H, -1)
  assert.equal(tally.counts('g').get('a'), 2)
  // an addition already out of the window counts for nothing
  tally.add('g', 'b', 200 * H)
  tally.add('g', 'a', 100 * H)
  assert.deepEqual([...tally.counts('g')], [['b', 1]])
})

test('sweeping forgets groups with nothing in the window and changes no count', () => {
  const tally = new WindowedTally(24 * H)
  for (let i = 0; i < 50; i++) tally.add(`g${i}`, 'k', i * H)
  const before = tally.counts('g49')
  tally.sweep()
  assert.equal(tally.size, 25)
  assert.deepEqual(tally.counts('g49'), before)
})

test('a time that is not a number counts as the latest, and never stalls the window', () => {
  const tally = new WindowedTally(24 * H)
  tally.add('g', 'a', 100 * H)
  tally.add('g', 'b', Number.NaN)
  assert.deepEqual(
    [...tally.counts('g')],
    [
      ['a', 1],
      ['b', 1],
    ],
  )
  tally.add('g', 'c', 200 * H)
  assert.deepEqual([...tally.counts('g')], [['c', 1]])
})
