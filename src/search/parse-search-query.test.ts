import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import fc from 'fast-check'

import { formatSearchQuery, parseSearchQuery } from './parse-search-query.js'

describe('parseSearchQuery', () => {
  const cases: [string, string][] = [
    ['nato spending', 'nato spending'],
    ['"fair share" nato', '"fair share" nato'],
    ['NATO -Spain', 'nato -spain'],
    ['nato -"white house"', 'nato -"white house"'],
    ['"unbalanced phrase', '"unbalanced phrase"'],
    ['"', ''],
    ['*', ''],
    ['AND OR', ''],
    ['NEAR(', 'near'],
    ['title:nato', '"title nato"'],
    ['secretary-general', '"secretary general"'],
    ['defen*', 'defen*'],
    ['the of and', ''],
    ['"pay their fair share"', '"pay their fair share"'],
    ['Zürich  ÉCOLE', 'zürich école'],
    ['- nato', 'nato'],
    ['"one"', 'one'],
  ]
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      assert.equal(formatSearchQuery(parseSearchQuery(input)), expected)
    })
  }

  it('caps the number of terms', () => {
    const parsed = parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))
    assert.equal(parsed.include.length, 12)
  })

  it('never throws and only yields letter/digit words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        const parsed = parseSearchQuery(input)
        for (const term of [...parsed.include, ...parsed.exclude]) {
          const words = term.kind === 'phrase' ? term.words : [term.word]
          for (const word of words) assert.match(word, /^[\p{L}\p{N}]+$/u)
        }
      }),
    )
  })
})
