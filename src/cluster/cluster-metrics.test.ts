import assert from 'node:assert/strict'
import { test } from 'node:test'

import { mergedTopics, scoreClustering } from './cluster-metrics.js'

test('a perfect clustering scores 1 everywhere', () => {
  const s = scoreClustering(['x', 'x', 'y'], ['a', 'a', 'b'])
  assert.deepEqual([s.pairwise.f1, s.bcubed.f1], [1, 1])
})

test('one big cluster: full recall, BCubed precision from cluster shares', () => {
  const s = scoreClustering(['x', 'x', 'x', 'x'], ['a', 'a', 'b', 'b'])
  assert.equal(s.bcubed.recall, 1)
  assert.equal(s.bcubed.precision, 0.5)
  assert.equal(s.pairwise.precision, 2 / 6)
  assert.equal(s.predictedClusters, 1)
  assert.equal(s.goldClusters, 2)
})

test('singletons: full precision, BCubed recall 1/size', () => {
  const s = scoreClustering(['1', '2', '3', '4'], ['a', 'a', 'b', 'b'])
  assert.equal(s.bcubed.precision, 1)
  assert.equal(s.bcubed.recall, 0.5)
  assert.equal(s.pairwise.recall, 0)
})

test('a topic is merged when one story holds two members of each of two gold events', () => {
  const predicted = ['s1', 's1', 's1', 's1', 's2', 's3', 's3', 's4']
  const gold = ['1a', '1a', '1b', '1b', '2a', '2a', '2b', '2b']
  const topics = ['1', '1', '1', '1', '2', '2', '2', '2']
  assert.deepEqual(mergedTopics(predicted, gold, topics), { topics: 2, merged: ['1'] })
})
