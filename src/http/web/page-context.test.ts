import assert from 'node:assert/strict'
import { test } from 'node:test'

import { createMemo } from './page-context.js'

const at = (s: number) => new Date(Date.UTC(2026, 10, 20, 12, 0, s))

test('the memo keeps a value for its time to live, then loads again', async () => {
  const memo = createMemo()
  let loads = 0
  const load = () => Promise.resolve(++loads)
  assert.equal(await memo('k', at(0), 30_000, load), 1)
  assert.equal(await memo('k', at(29), 30_000, load), 1)
  assert.equal(await memo('k', at(30), 30_000, load), 2)
})

test('a value the caller refuses to keep (an empty front page) is loaded again next time', async () => {
  const memo = createMemo()
  const values = [[], [], ['story']]
  const load = () => Promise.resolve(values.shift() ?? ['later'])
  const keep = (v: string[]) => v.length > 0
  assert.deepEqual(await memo('home', at(0), 30_000, load, keep), [])
  assert.deepEqual(await memo('home', at(1), 30_000, load, keep), [])
  assert.deepEqual(await memo('home', at(2), 30_000, load, keep), ['story'])
  assert.deepEqual(await memo('home', at(3), 30_000, load, keep), ['story'], 'now kept')
})

test('a failed load is not kept', async () => {
  const memo = createMemo()
  await assert.rejects(memo('k', at(0), 30_000, () => Promise.reject(new Error('down'))))
  assert.equal(await memo('k', at(1), 30_000, () => Promise.resolve('up')), 'up')
})
