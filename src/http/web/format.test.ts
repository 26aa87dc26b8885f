import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { count, countryName, initialsOf, readerMessage, relativeTime, truncate } from './format.js'

describe('format', () => {
  const now = new Date('2026-11-20T12:00:00.000Z')
  const ago = (ms: number) => new Date(now.getTime() - ms)
  it('says relative times', () => {
    const cases: [number, string][] = [
      [10_000, 'just now'],
      [5 * 60_000, '5 min ago'],
      [3 * 3_600_000, '3 h ago'],
      [30 * 3_600_000, 'yesterday'],
      [4 * 86_400_000, '4 days ago'],
      [40 * 86_400_000, '11 Oct 2026'],
      [-60_000, 'just now'],
    ]
    for (const [ms, expected] of cases) assert.equal(relativeTime(ago(ms), now), expected)
  })
  it('counts, names countries, makes initials and truncates', () => {
    assert.equal(count(1, 'publisher'), '1 publisher')
    assert.equal(count(5, 'entry', 'entries'), '5 entries')
    assert.equal(countryName('be'), 'Belgium')
    assert.equal(countryName(null), null)
    assert.equal(initialsOf('The Capitol Ledger'), 'CL')
    assert.equal(initialsOf('Meridian Europe'), 'ME')
    assert.equal(initialsOf('***'), '?')
    assert.equal(truncate('one two three four', 10), 'one two…')
    assert.equal(truncate('short', 10), 'short')
  })
  it('words error messages for readers', () => {
    assert.equal(readerMessage('stories: there is no story 9'), 'There is no story 9')
    assert.equal(
      readerMessage('feeds: https://x.example/ is not a feed'),
      'https://x.example/ is not a feed',
    )
    assert.equal(readerMessage('Plain message'), 'Plain message')
  })
})
