import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import fc from 'fast-check'

import { parseDate } from './parse-date.js'

function iso(raw: string): string | null {
  return parseDate(raw)?.toISOString() ?? null
}

describe('parseDate', () => {
  it('reads RFC 822 dates and their common broken variants', () => {
    const cases: Record<string, string | null> = {
      'Sun, 06 Jul 2014 12:56:00 GMT': '2014-07-06T12:56:00.000Z',
      'Mon, 1 Jan 2024 10:00:00 +0100': '2024-01-01T09:00:00.000Z',
      'Mon, 1 Jan 2024 10:00:00 +0100 (CET)': '2024-01-01T09:00:00.000Z',
      '1 Jan 2024 10:00:00 GMT': '2024-01-01T10:00:00.000Z',
      'Mon, 01 Jan 24 10:00:00 GMT': '2024-01-01T10:00:00.000Z',
      'Fri, 01 Jan 99 10:00:00 GMT': '1999-01-01T10:00:00.000Z',
      'Mon, 01 Jan 2024 10:00 EST': '2024-01-01T15:00:00.000Z',
      'Mon, 01 Jul 2024 10:00:00 PDT': '2024-07-01T17:00:00.000Z',
      'Mon, 01 Jul 2024 10:00:00 CEST': '2024-07-01T08:00:00.000Z',
      'Mon, 01 Jul 2024 10:00:00 BST': '2024-07-01T09:00:00.000Z',
      'Mon, 01 Jan 2024 10:00:00 UT': '2024-01-01T10:00:00.000Z',
      'Mon, 01 Jan 2024 10:00:00 Z': '2024-01-01T10:00:00.000Z',
      'Mon,  01   Jan  2024   10:00:00   +0000 ': '2024-01-01T10:00:00.000Z',
      'Mon,01 Jan 2024 10:00:00 +0530': '2024-01-01T04:30:00.000Z',
      'Mon, 01 Jan 2024 10:00:00 -05:00': '2024-01-01T15:00:00.000Z',
      'Mon, 01 Jan 2024 10:00:00': '2024-01-01T10:00:00.000Z',
      'Tuesday, 01-Jan-24 10:00:00 GMT': '2024-01-01T10:00:00.000Z',
      'Mon Jan  1 10:00:00 2024': '2024-01-01T10:00:00.000Z',
      'Mon Jan 01 2024 10:00:00 GMT+0100 (Central European Standard Time)':
        '2024-01-01T09:00:00.000Z',
      'January 1, 2024 10:00 pm': '2024-01-01T22:00:00.000Z',
      '1st January 2024': '2024-01-01T00:00:00.000Z',
      'Sat, 29 Feb 2020 23:59:60 GMT': '2020-02-29T23:59:59.000Z',
    }
    assert.deepEqual(Object.fromEntries(Object.keys(cases).map((raw) => [raw, iso(raw)])), cases)
  })

  it('reads ISO 8601 with and without zones and fractions', () => {
    const cases: Record<string, string | null> = {
      '2024-01-01T10:00:00Z': '2024-01-01T10:00:00.000Z',
      '2024-01-01T10:00:00+01:00': '2024-01-01T09:00:00.000Z',
      '2024-01-01T10:00:00+0100': '2024-01-01T09:00:00.000Z',
      '2024-01-01T10:00:00.123456Z': '2024-01-01T10:00:00.123Z',
      '2024-01-01T10:00:00.5-02:00': '2024-01-01T12:00:00.500Z',
      '2024-01-01T10:00:00': '2024-01-01T10:00:00.000Z',
      '2024-01-01 10:00': '2024-01-01T10:00:00.000Z',
      '2024-01-01': '2024-01-01T00:00:00.000Z',
      '2024-01-01T10:00:00 GMT': '2024-01-01T10:00:00.000Z',
      '2024/01/02 03:04:05': '2024-01-02T03:04:05.000Z',
    }
    assert.deepEqual(Object.fromEntries(Object.keys(cases).map((raw) => [raw, iso(raw)])), cases)
  })

  it('returns null for missing and invalid dates', () => {
    const invalid = [
      '',
      '   ',
      'yesterday',
      'Mon, 32 Jan 2024 10:00:00 GMT',
      'Thu, 30 Feb 2023 10:00:00 GMT',
      '2024-13-01T00:00:00Z',
      '2024-01-01T25:00:00Z',
      'Mon, 01 Jan 2024 10:61:00 GMT',
      'Mon, 01 Jan 2024 10:00:00 XYZ',
      '01/02/2024',
      '2024-01-01T10:00:00+25:00',
      'Mon, 01 Foo 2024',
    ]
    assert.deepEqual(
      invalid.map((raw) => parseDate(raw)),
      invalid.map(() => null),
    )
    assert.equal(parseDate(null), null)
    assert.equal(parseDate(undefined), null)
  })

  it('is total: never throws, returns null or a valid Date', () => {
    const dateish = fc.stringMatching(
      /^[A-Za-z]{0,4},? ?\d{0,2} [A-Za-z]{0,9} \d{0,4} \d{0,2}:\d{0,2}(:\d{0,2})? ?[+-]?\d{0,4}$/,
    )
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateish), (raw) => {
        const result = parseDate(raw)
        return result === null || (result instanceof Date && Number.isFinite(result.getTime()))
      }),
      { numRuns: 3000 },
    )
  })

  it('round-trips dates written as RFC 1123 and ISO 8601', () => {
    const instant = fc.date({
      min: new Date('1970-01-01T00:00:00Z'),
      max: new Date('2099-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(instant, fc.integer({ min: -12 * 4, max: 14 * 4 }), (date, quarterHours) => {
        const seconds = new Date(Math.floor(date.getTime() / 1000) * 1000)
        const offset = quarterHours * 15
        const local = new Date(seconds.getTime() + offset * 60_000)
        const sign = offset < 0 ? '-' : '+'
        const abs = Math.abs(offset)
        const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`
        const rfc = local.toUTCString().replace('GMT', zone)
        const isoText = local.toISOString().replace('Z', `${zone.slice(0, 3)}:${zone.slice(3)}`)
        return (
          parseDate(rfc)?.getTime() === seconds.getTime() &&
          parseDate(isoText)?.getTime() === seconds.getTime() &&
          parseDate(date.toISOString())?.getTime() === date.getTime()
        )
      }),
      { numRuns: 1000 },
    )
  })
})
