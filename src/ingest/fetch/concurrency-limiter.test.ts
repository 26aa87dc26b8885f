import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { createConcurrencyLimiter } from './concurrency-limiter.js'

/** Runs `jobs` through the limiter; each job holds its slot for a few event-loop turns. */
async function run(
  limits: { total: number; perKey: number },
  keys: readonly string[],
): Promise<{ maxTotal: number; maxPerKey: Record<string, number>; order: number[] }> {
  const limiter = createConcurrencyLimiter(limits)
  const active = new Map<string, number>()
  let total = 0
  let maxTotal = 0
  const maxPerKey: Record<string, number> = {}
  const order: number[] = []
  await Promise.all(
    keys.map(async (key, index) => {
      const release = await limiter.acquire(key)
      order.push(index)
      total++
      active.set(key, (active.get(key) ?? 0) + 1)
      maxTotal = Math.max(maxTotal, total)
      maxPerKey[key] = Math.max(maxPerKey[key] ?? 0, active.get(key) ?? 0)
      for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve))
      total--
      active.set(key, (active.get(key) ?? 0) - 1)
      release()
      release() // idempotent
    }),
  )
  assert.deepEqual(limiter.stats(), { active: 0, waiting: 0, keys: 0 })
  return { maxTotal, maxPerKey, order }
}

describe('createConcurrencyLimiter', () => {
  it('caps holders per key and overall', async () => {
    const keys = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'd']
    const { maxTotal, maxPerKey } = await run({ total: 3, perKey: 2 }, keys)
    assert.equal(maxTotal, 3)
    assert.deepEqual(maxPerKey, { a: 2, b: 2, c: 2, d: 1 })
  })

  it('serves one key in FIFO order', async () => {
    const { order } = await run({ total: 10, perKey: 1 }, ['k', 'k', 'k', 'k'])
    assert.deepEqual(order, [0, 1, 2, 3])
  })

  it('lets other keys through while one key is saturated', async () => {
    const limiter = createConcurrencyLimiter({ total: 2, perKey: 1 })
    const first = await limiter.acquire('slow.example')
    const queued = limiter.acquire('slow.example')
    const other = await limiter.acquire('fast.example')
    assert.deepEqual(limiter.stats(), { active: 2, waiting: 1, keys: 2 })
    other()
    first()
    const second = await queued
    assert.deepEqual(limiter.stats(), { active: 1, waiting: 0, keys: 1 })
    second()
    assert.deepEqual(limiter.stats(), { active: 0, waiting: 0, keys: 0 })
  })

  it('gives up waiting when the signal aborts, leaving no trace', async () => {
    const limiter = createConcurrencyLimiter({ total: 1, perKey: 1 })
    const holder = await limiter.acquire('a.example')
    const sameKey = new AbortController()
    const otherKey = new AbortController()
    const waitingOnKey = limiter.acquire('a.example', sameKey.signal)
    const waitingOnGlobal = limiter.acquire('b.example', otherKey.signal)
    await new Promise((resolve) => setImmediate(resolve))
    assert.deepEqual(limiter.stats(), { active: 1, waiting: 2, keys: 2 })
    sameKey.abort(new Error('deadline'))
    otherKey.abort(new Error('deadline'))
    await assert.rejects(waitingOnKey, /deadline/)
    await assert.rejects(waitingOnGlobal, /deadline/)
    assert.deepEqual(limiter.stats(), { active: 1, waiting: 0, keys: 1 })
    holder()
    assert.deepEqual(limiter.stats(), { active: 0, waiting: 0, keys: 0 })
    const aborted = AbortSignal.abort(new Error('already'))
    await assert.rejects(limiter.acquire('c.example', aborted), /already/)
    assert.deepEqual(limiter.stats(), { active: 0, waiting: 0, keys: 0 })
  })
})
