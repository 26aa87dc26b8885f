import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { parseCacheMaxAge } from './parse-cache-max-age.js'

describe('parseCacheMaxAge', () => {
  it('reads the max-age directive', () => {
    const cases: readonly (readonly [string | null | undefined, number | null])[] = [
      ['max-age=300', 300],
      ['public, max-age=1800, must-revalidate', 1800],
      ['Max-Age = 60', 60],
      ['max-age="90"', 90],
      ['s-maxage=600, max-age=0', 0],
      ['s-maxage=600', null],
      ['no-cache', null],
      ['max-age=', null],
      ['max-age=-1', null],
      ['max-age=abc', null],
      ['', null],
      [null, null],
      [undefined, null],
    ]
    const actual = cases.map(([value]) => [value, parseCacheMaxAge(value)])
    assert.deepEqual(actual, cases)
  })
})
