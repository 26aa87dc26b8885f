import assert from 'node:assert/strict'
import { test } from 'node:test'

import { sparseAdd, sparseDot, sparseFrom, sparseHas, sparseTop } from './sparse-vector.js'
import { meanSimilarity, twoGroups } from './two-groups.js'

test('a sum written over a vector given up equals a new sum, and grows in place when it has room', () => {
  let grown = sparseFrom([], [])
  let fresh = sparseFrom([], [])
  let moved = 0
  for (let k = 0; k < 40; k++) {
    const v = sparseFrom([k, 2 * k, 90 - k], [1, 0.5, k / 7])
    const before = grown.ids.buffer
    grown = sparseAdd(grown, v, 1 / (k + 1), grown)
    fresh = sparseAdd(fresh, v, 1 / (k + 1))
    if (grown.ids.buffer !== before) moved++
    assert.deepEqual([...grown.ids], [...fresh.ids])
    assert.deepEqual([...grown.values], [...fresh.values])
  }
  // room to grow: the memory is replaced only a few times in 40 additions
  assert.ok(moved <= 3, `moved ${moved} times`)
  // a view into the middle of other memory is never written over
  const whole = sparseFrom([1, 2, 3, 4], [1, 1, 1, 1])
  const tail = { ids: whole.ids.subarray(2), values: whole.values.subarray(2) }
  sparseAdd(tail, sparseFrom([9], [1]), 1, tail)
  assert.deepEqual([...whole.ids], [1, 2, 3, 4])
})

test('sparse vectors sort ids, sum repeats, add, dot and keep the heaviest', () => {
  const a = sparseFrom([5, 1, 5, 3], [1, 2, 3, 4])
  assert.deepEqual([...a.ids], [1, 3, 5])
  assert.deepEqual([...a.values], [2, 4, 4])
  const b = sparseFrom([3, 7], [10, 1])
  assert.equal(sparseDot(a.ids, a.values, b.ids, b.values), 40)
  assert.equal(
    sparseDot(a.ids, a.values, b.ids, b.values, () => 0.5),
    20,
  )
  const sum = sparseAdd(a, b, 2)
  assert.deepEqual([...sum.ids], [1, 3, 5, 7])
  assert.deepEqual([...sum.values], [2, 24, 4, 2])
  const top = sparseTop(sum, 2)
  assert.deepEqual([...top.ids], [3, 5])
  assert.ok(sparseHas(sum.ids, 7))
  assert.ok(!sparseHas(sum.ids, 4))
})

test('the heaviest entries: ties go to the lower id, as a sort by value then id would', () => {
  // a seeded stream of small values, so many tie
  let seed = 12345
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed
  }
  for (let round = 0; round < 200; round++) {
    const n = 1 + (next() % 60)
    const ids = Int32Array.from({ length: n }, (_, i) => i * 3 + 1)
    const values = Float64Array.from({ length: n }, () => (next() % 7) / 4)
    const keep = next() % (n + 2)
    const byValue = Array.from({ length: n }, (_, i) => i)
      .sort((a, b) => (values[b] as number) - (values[a] as number) || a - b)
      .slice(0, keep)
      .sort((a, b) => a - b)
    const top = sparseTop({ ids, values }, keep)
    assert.deepEqual(
      [...top.ids],
      byValue.map((i) => ids[i]),
    )
    assert.deepEqual(
      [...top.values],
      byValue.map((i) => values[i]),
    )
  }
})

test('two groups separates two blocks of similar items', () => {
  const block = (i: number, j: number): number => (i === j ? 1 : i < 3 === j < 3 ? 0.6 : 0.1)
  const sim = Array.from({ length: 6 }, (_, i) => Array.from({ length: 6 }, (_, j) => block(i, j)))
  const groups = twoGroups(sim)
  assert.ok(groups)
  assert.deepEqual(groups.map((g) => [...g].sort()).sort(), [
    [0, 1, 2],
    [3, 4, 5],
  ])
  const left = [0, 1, 2]
  assert.ok(Math.abs(meanSimilarity(sim, left, [3, 4, 5]) - 0.1) < 1e-9)
  assert.ok(Math.abs(meanSimilarity(sim, left, left) - 0.6) < 1e-9)
  assert.equal(twoGroups([[1]]), null)
})
