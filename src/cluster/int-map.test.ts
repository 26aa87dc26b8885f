import assert from 'node:assert/strict'
import { test } from 'node:test'

import { IntMap } from './int-map.js'

test('an IntMap agrees with a Map through random sets, gets and deletes', () => {
  let seed = 7
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return seed
  }
  const map = new IntMap<number>()
  const reference = new Map<number, number>()
  for (let step = 0; step < 60_000; step++) {
    // few distinct keys, so sets, deletes and long probe runs meet; some above 2^31
    const key = (next() % 3000) * (step % 2 === 0 ? 1 : 1_431_655)
    const op = next() % 3
    if (op === 0) {
      map.set(key, step)
      reference.set(key | 0, step)
    } else if (op === 1) {
      assert.equal(map.delete(key), reference.delete(key | 0))
    } else {
      assert.equal(map.get(key), reference.get(key | 0))
    }
    assert.equal(map.size, reference.size)
  }
  for (const [k, v] of reference) assert.equal(map.get(k), v)
})
