import assert from 'node:assert/strict'
import { test } from 'node:test'

import { fnv1a32 } from '../lib/hash.js'
import {
  bandKeys,
  estimateJaccard,
  minhashSignature,
  murmur32,
  SIGNATURE_SIZE,
} from './fingerprint.js'

const WIRE =
  'BRUSSELS (AP) - NATO defence ministers agreed on Thursday to send more air defence systems to ' +
  'Ukraine, as the alliance struggles to keep up with Russian missile and drone attacks on cities ' +
  'and power plants. Secretary General Mark Rutte said allies had pledged new Patriot batteries and ' +
  'ammunition, and that further announcements would follow before the summit in The Hague.'

test('hashes are stable 32-bit values and independent of each other', () => {
  assert.equal(fnv1a32('nato'), fnv1a32('nato'))
  assert.notEqual(fnv1a32('nato'), murmur32('nato'))
  for (const h of [fnv1a32('x'), murmur32('x')]) {
    assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 32)
  }
})

test('identical texts have identical signatures', () => {
  const a = minhashSignature(WIRE)
  assert.equal(a.length, SIGNATURE_SIZE)
  assert.deepEqual(a, minhashSignature(WIRE))
  assert.equal(estimateJaccard(a, minhashSignature(WIRE)), 1)
})

test('wire copy with a new dateline and a trimmed last sentence is a near-duplicate', () => {
  const copy = WIRE.replace('BRUSSELS (AP) -', 'Brussels, June 5 (Reuters) —').replace(
    ', and that further announcements would follow before the summit in The Hague.',
    '.',
  )
  const j = estimateJaccard(minhashSignature(WIRE), minhashSignature(copy))
  assert.ok(j >= 0.5, `jaccard ${j}`)
  // near-duplicates share at least one LSH band, so the index finds them
  const shared = bandKeys(minhashSignature(WIRE)).filter((k) =>
    bandKeys(minhashSignature(copy)).includes(k),
  )
  assert.ok(shared.length > 0)
})

test('different reports of the same event are not copies', () => {
  const other =
    'Ukraine will receive additional Patriot systems, alliance defence ministers decided at their ' +
    'meeting in Brussels, where Kyiv asked partners to close gaps in its air defences before winter.'
  const j = estimateJaccard(minhashSignature(WIRE), minhashSignature(other))
  assert.ok(j < 0.2, `jaccard ${j}`)
})

test('an empty text has an empty signature and no bands', () => {
  assert.deepEqual(minhashSignature(''), [])
  assert.deepEqual(bandKeys([]), [])
  assert.equal(estimateJaccard([], []), 0)
})
