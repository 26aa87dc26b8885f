import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  contentWord,
  isAmountTerm,
  isDateTerm,
  isNumberTerm,
  rawTokens,
  stem,
  termsOf,
  tokenize,
} from './tokenize.js'

test('stems plurals and verb forms to one term', () => {
  assert.equal(stem('protests'), stem('protest'))
  assert.equal(stem('protested'), stem('protesting'))
  assert.equal(stem('allies'), 'ally')
  assert.equal(stem('bus'), 'bus')
})

test('drops stop words and keeps content words', () => {
  assert.deepEqual(tokenize('The allies said that they will raise spending'), [
    'ally',
    'rais',
    'spend',
  ])
})

test("another language's stop words and stems are its own", () => {
  // "die" and "war" are German function words, but English news words
  const german = tokenize(
    'Die Streiks der Lokführer waren länger, als der Streik im März war',
    'de',
  )
  assert.ok(!german.some((t) => ['die', 'der', 'war', 'als', 'im'].includes(t)), german.join(' '))
  assert.equal(german.filter((t) => t === 'streik').length, 2)
  assert.deepEqual(tokenize('Soldiers die as the war drags on'), ['soldier', 'die', 'war', 'drag'])
  const french = tokenize(
    'Les agriculteurs bloquent les autoroutes ; un agriculteur a été blessé',
    'fr',
  )
  assert.ok(!french.includes('les') && !french.includes('un'), french.join(' '))
  assert.equal(french.filter((t) => t === 'agriculteur').length, 2)
})

test("another language's numbers are read as it writes them", () => {
  // "1 200" and "1.200" are twelve hundred, "108,2" is 108.2; milliards are billions
  assert.deepEqual(tokenize('1 200 vols, 12 300 salariés', 'fr'), [
    '1200',
    'vol',
    '12300',
    'salari',
  ])
  const de = tokenize('1.200 Flüge, 108,2 Milliarden Euro, im Jahr 2024 200 Menschen', 'de')
  assert.ok(de.includes('1200') && de.includes('108.2') && de.includes('2024'), de.join(' '))
  assert.ok(de.includes('200'), 'a year is not the thousands of the number after it')
  assert.deepEqual(
    de.filter((t) => isAmountTerm(t)),
    tokenize('€108.2 billion').filter((t) => isAmountTerm(t)),
  )
  // English keeps its own: a space separates two numbers
  assert.deepEqual(tokenize('1,200 flights and 3 100 things'), ['1200', 'flight', '100', 'thing'])
})

test('the same word is memoised per language', () => {
  assert.deepEqual(tokenize('war die', 'de'), [])
  assert.deepEqual(tokenize('war die'), ['war', 'die'])
  assert.deepEqual(tokenize('war die', 'de'), [])
})

test('keeps significant numbers and drops single digits and times of day', () => {
  const terms = tokenize('A 6.1 magnitude quake at 7:35 am killed 1,200 people in 2008 and 3 more')
  assert.ok(terms.includes('6.1'))
  assert.ok(terms.includes('1200'))
  assert.ok(terms.includes('2008'))
  assert.ok(!terms.includes('3'))
  assert.ok(!terms.some((t) => t.includes(':') && !isDateTerm(t)))
  assert.ok(!terms.includes('35'))
})

test('reads numbers that tokenised text spaced out as one number', () => {
  // ECB+ and other tokenised corpora write "1,300" as "1, 300" and "6.1" as "6. 1"
  assert.deepEqual(tokenize('a 6. 1 magnitude quake killed 1, 300 of 100, 000 people'), [
    '6.1',
    'magnitud',
    'quak',
    'kill',
    '1300',
    '100000',
    'peopl',
  ])
  assert.deepEqual(
    tokenize('$ 2. 6 million').filter((t) => isAmountTerm(t)),
    tokenize('$2.6 million').filter((t) => isAmountTerm(t)),
  )
  // a year, a date or a decimal's long tail are not part of the number after them
  assert.deepEqual(tokenize('In 2008, 300 died'), ['2008', '300', 'died'])
  assert.deepEqual(tokenize('On May 5, 300 people'), ['date:05-05', '300', 'peopl'])
  assert.deepEqual(tokenize('it fell 12. 345 were left'), ['fell', '12', '345', 'left'])
})

test('normalises calendar dates in any common order', () => {
  for (const text of ['on December 15, 2008', 'on 15 December 2008', 'on Dec. 15th', 'Dec 15']) {
    assert.ok(tokenize(text).includes('date:12-15'), text)
  }
  assert.ok(isNumberTerm('date:12-15'))
  assert.ok(isNumberTerm('2008'))
  assert.ok(!isNumberTerm('nato'))
})

test('an amount gives its order of magnitude in two bins half a decade apart', () => {
  const amounts = (text: string): string[] => tokenize(text).filter(isAmountTerm)
  // one sum in two currencies shares a bin; a sum 40 times smaller shares none
  const euros = amounts('Robbers stole jewels worth 85 million euros')
  const dollars = amounts('a haul of $108 million')
  const small = amounts('Thieves nab $2.6 million worth of jewellery')
  assert.deepEqual(euros, ['amount:7', 'amount:8h'])
  assert.deepEqual(dollars, ['amount:8', 'amount:8h'])
  assert.deepEqual(small, ['amount:6', 'amount:6h'])
  assert.ok(isNumberTerm('amount:8h'))
  // attached and hyphenated scales, number words, billions
  assert.deepEqual(amounts('$137-million'), ['amount:8', 'amount:8h'])
  assert.deepEqual(amounts('a €2bn deal'), ['amount:9', 'amount:9h'])
  assert.deepEqual(amounts('two million euro heist'), ['amount:6', 'amount:6h'])
  // a number alone, or before other words, is no amount
  assert.deepEqual(amounts('100 m sprint, two men, 1,200 people'), [])
})

test('termsOf flags every raw word as content or not, dates and numbers included', () => {
  const raw = rawTokens(
    'On May 3 the 2 ministers met at 10:30; by 15th Dec. 2008 it was 1,200 of them, in May',
  )
  const content: boolean[] = []
  termsOf(raw, content)
  assert.deepEqual(
    content,
    raw.map((w) => contentWord(w)),
  )
  assert.deepEqual(
    raw.filter((_, i) => content[i]),
    ['ministers', 'met', '10:30', '15th', 'dec', '2008', '1,200'],
  )
})

test('the word memo starts afresh when full and gives the same terms after', () => {
  const sample = rawTokens('On May 3 the ministers of December met, protesting, in Brussels')
  const before = termsOf(sample)
  const flagsBefore: boolean[] = []
  termsOf(sample, flagsBefore)
  // more distinct words than the memo holds
  const many: string[] = []
  for (let i = 0; i < 210_000; i++) many.push(`w${i.toString(36)}q`)
  termsOf(many)
  const flagsAfter: boolean[] = []
  assert.deepEqual(termsOf(sample, flagsAfter), before)
  assert.deepEqual(flagsAfter, flagsBefore)
})
