import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { AppError } from '../../domain/errors.js'
import {
  encodeCursor,
  parseCursor,
  parseDay,
  parseEntityKey,
  parseId,
  parseSlug,
} from './params.js'

const invalid = (fn: () => unknown) =>
  assert.throws(fn, (e: unknown) => e instanceof AppError && e.code === 'invalid-input')

describe('params', () => {
  it('parses ids strictly', () => {
    assert.equal(parseId('42', 'stories'), 42)
    for (const bad of ['abc', '0', '-1', '1e3', '01', '4.2', '99999999999', '', undefined]) {
      invalid(() => parseId(bad, 'stories'))
    }
  })
  it('parses slugs, entity keys and days', () => {
    assert.equal(parseSlug('capitol-ledger'), 'capitol-ledger')
    invalid(() => parseSlug('Capitol Ledger'))
    assert.equal(parseEntityKey('person:mark-rutte'), 'person:mark-rutte')
    assert.equal(parseEntityKey('place:zürich'), 'place:zürich')
    invalid(() => parseEntityKey('<script>'))
    invalid(() => parseEntityKey('nato'))
    assert.deepEqual(parseDay('2026-11-20', 'from'), new Date('2026-11-20T00:00:00.000Z'))
    assert.equal(parseDay('', 'from'), undefined)
    invalid(() => parseDay('2026-02-31', 'to'))
    invalid(() => parseDay('20/11/2026', 'to'))
  })
  it('round-trips the Latest cursor', () => {
    const cursor = { sortAt: new Date('2026-11-20T09:00:00.000Z'), id: 12 }
    assert.deepEqual(parseCursor(decodeURIComponent(encodeCursor(cursor))), cursor)
    assert.equal(parseCursor(undefined), null)
    invalid(() => parseCursor('yesterday'))
    invalid(() => parseCursor('2026-11-20T09:00:00.000Z~0'))
  })
})
