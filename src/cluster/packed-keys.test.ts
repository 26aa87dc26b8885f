import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { PackedKeys } from './packed-keys.js'

describe('PackedKeys', () => {
  it('sorts keys in the numeric order a Float64Array sort gives, up to 2^53', () => {
    let seed = 12345
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return seed / 4294967296
    }
    const keys = new PackedKeys(4)
    for (const scale of [255, 2 ** 31, 2 ** 32 + 7, 2 ** 45, 2 ** 53 - 1]) {
      const values = Array.from({ length: 300 }, () => Math.floor(random() * scale))
      values.push(0, scale, Math.floor(scale / 2))
      keys.reserve(values.length)
      values.forEach((v, i) => keys.set(i, v))
      keys.sort(values.length)
      const expected = Float64Array.from(values).sort()
      assert.deepEqual(
        Array.from({ length: values.length }, (_, i) => keys.get(i)),
        [...expected],
      )
      for (let i = 0; i < values.length; i++) {
        assert.equal(keys.low(i), (expected[i] as number) % 2 ** 32)
      }
    }
  })

  it('sorts only the first n keys', () => {
    const keys = new PackedKeys(8)
    ;[5, 3, 9, 1].forEach((v, i) => keys.set(i, v))
    keys.sort(2)
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => keys.get(i)),
      [3, 5, 9, 1],
    )
  })
})
