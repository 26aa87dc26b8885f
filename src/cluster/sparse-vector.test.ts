import assert from 'node:assert/strict'
import { test } from 'node:test'

import { sparseAdd, sparseDot, sparseFrom, sparseHas, sparseTop } from './sparse-vector.js'
import { meanSimilarity, twoGroups } from './two-groups.js'

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
