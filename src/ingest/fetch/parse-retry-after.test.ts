import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { parseRetryAfter } from './parse-retry-after.js'

const NOW = new Date('2015-10-21T07:28:00Z')

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP-dates', () => {
    const cases: readonly (readonly [string | null | undefined, number | null])[] = [
      ['120', 120],
      [' 0 ', 0],
      ['Wed, 21 Oct 2015 07:30:00 GMT', 120],
      ['Wed, 21 Oct 2015 07:30:00 +0000', 120],
      ['Wednesday, 21-Oct-15 07:30:00 GMT', 120], // obsolete RFC 850 form
      ['Wed Oct 21 07:30:00 2015', 120], // asctime form, GMT by definition
      ['Wed, 21 Oct 2015 07:27:00 GMT', 0], // in the past: retry now
      ['Wed, 21 Oct 2015 07:28:00.500 GMT', 1], // rounds up
      ['99999999999', 31_536_000], // clamped to a year
      ['-5', null],
      ['1.5', null],
      ['soon', null],
      ['5 minutes', null],
      ['', null],
      [null, null],
      [undefined, null],
    ]
    const actual = cases.map(([value]) => [value, parseRetryAfter(value, NOW)])
    assert.deepEqual(actual, cases)
  })
})
