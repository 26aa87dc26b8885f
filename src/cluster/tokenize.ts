/**
 * @module tokenize
 * Words for the lexical signal: lower-cased tokens with stop words removed and a light English
 * stemmer, so "protests", "protesters" and "protested" meet (for German, French, Spanish,
 * Italian, Portuguese and Dutch text, that language's stop words, Snowball stemmer and way of
 * writing numbers). Numbers with two or more digits, or with a decimal point, are kept as tokens
 * ("6.1", "2008", "90"): magnitudes, tolls, scores and years are what often tells two events of
 * the same kind apart. Pure and allocation-light: this runs on every entry at ingest.
 */

import { stemmer as stemDutch } from '@orama/stemmers/dutch'
import { stemmer as stemFrench } from '@orama/stemmers/french'
import { stemmer as stemGerman } from '@orama/stemmers/german'
import { stemmer as stemItalian } from '@orama/stemmers/italian'
import { stemmer as stemPortuguese } from '@orama/stemmers/portuguese'
import { stemmer as stemSpanish } from '@orama/stemmers/spanish'

import { type Language, stopWordsOf } from './language-of-words.js'
import { TermTable } from './term-table.js'

/** English function words and news boilerplate that carry no event identity. */
const STOP_WORDS = new Set(
  (
    'a about above across after afterwards again against all almost alone along already also although always am ' +
    'among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became ' +
    'because become becomes becoming been before beforehand behind being below beside besides between beyond both ' +
    'but by can cannot could did do does doing done down during each either else elsewhere enough etc even ever ' +
    'every everyone everything everywhere except few for former formerly from further get gets getting got had has ' +
    'have having he hence her here hereafter hereby herein hers herself him himself his how however i if in indeed ' +
    'into is it its itself just last latter least less let like made make many may me meanwhile might mine more ' +
    'moreover most mostly much must my myself namely neither never nevertheless next no nobody none noone nor not ' +
    'nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over ' +
    'own per perhaps please put quite rather re really same see seem seemed seeming seems several she should since ' +
    'so some somehow someone something sometime sometimes somewhere still such than that the their theirs them ' +
    'themselves then thence there thereafter thereby therefore therein thereupon these they this those though ' +
    'through throughout thru thus to together too toward towards under until up upon us very via was we well were ' +
    'what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which ' +
    'while whither who whoever whole whom whose why will with within without would yet you your yours yourself ' +
    'yourselves s t d ll m ve re don didn doesn isn wasn weren won wouldn couldn shouldn aren hasn haven hadn ' +
    'said says say saying told tell tells according reported reports reporting report news today yesterday ' +
    'tomorrow week weeks day days time times year years month months ago new old first two three four five six ' +
    'seven eight nine ten mr mrs ms dr am pm read more click share comments comment updated posted copyright ' +
    'photo image video'
  ).split(' '),
)

/** True for words the lexical signal ignores (lower-case input). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word)
}

const VOWEL = /[aeiouy]/

/**
 * A light, deterministic English suffix stripper (a small subset of Porter's rules): plurals,
 * -ing, -ed, -ly, -ment, -ness. Over-stemming is harmless as long as it is consistent.
 */
export function stem(word: string): string {
  let w = word
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2)
  if (w.length <= 3) return w
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (w.endsWith('sses')) w = w.slice(0, -2)
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    w = w.slice(0, -1)
  }
  if (w.length > 5 && w.endsWith('ing') && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3))
  else if (w.length > 4 && w.endsWith('ed') && VOWEL.test(w.slice(0, -2))) {
    w = w.endsWith('ied') ? w.slice(0, -3) + 'y' : undouble(w.slice(0, -2))
  }
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2)
  if (w.length > 6 && w.endsWith('ment')) w = w.slice(0, -4)
  if (w.length > 6 && w.endsWith('ness')) w = w.slice(0, -4)
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1)
  return w
}

function undouble(w: string): string {
  const n = w.length
  if (n > 3 && w[n - 1] === w[n - 2] && !'lsz'.includes(w[n - 1] ?? '')) return w.slice(0, -1)
  return w
}

/**
 * Stemmers for the languages language-of-words tells apart (Snowball's, from @orama/stemmers).
 * English keeps the light stemmer above, which the clustering weights were tuned with.
 */
const STEMMERS: Record<Exclude<Language, 'en'>, (word: string) => string> = {
  de: stemGerman,
  fr: stemFrench,
  es: stemSpanish,
  it: stemItalian,
  pt: stemPortuguese,
  nl: stemDutch,
}

/** Whether a word is a stop word of English or of `language`. */
function isStopIn(word: string, language: Language): boolean {
  return STOP_WORDS.has(word) || (language !== 'en' && stopWordsOf(language)?.has(word) === true)
}

/**
 * What termsOf needs to know of a word, memoised: news vocabulary is Zipfian, so almost every
 * lookup hits. Words by id in a {@link TermTable} (faster than a Map this size); by the same id,
 * the term it gives ('' for a stop word, a word shorter than two letters, or one whose stem is
 * either) and its flags: the month it names (0 for none, low bits), CONTENT and NUMBER_WORD.
 * Each word costs one lookup. A word of another language than English is memoised under its
 * language ("de:die"): its stop words and stems are that language's.
 */
let memoWords = new TermTable()
let memoTerms: string[] = []
let memoFlags = new Uint8Array(1024)
const MEMO_LIMIT = 200_000
/** flag of words longer than two letters that are not stop words (see contentWord) */
const CONTENT = 16
/** flag of number words that can start an amount ("two million") */
const NUMBER_WORD = 32
const MONTH_BITS = 15

function memoId(word: string, language: Language): number {
  const english = language === 'en'
  const key = english ? word : `${language}:${word}`
  const known = memoWords.get(key)
  if (known >= 0) return known
  if (memoTerms.length >= MEMO_LIMIT) {
    memoWords = new TermTable()
    memoTerms = []
  }
  const stemmed = english ? stem : STEMMERS[language]
  let s = word.length < 2 || isStopIn(word, language) ? '' : stemmed(word)
  if (s.length < 2 || isStopIn(s, language)) s = ''
  const id = memoWords.id(key)
  memoTerms.push(s)
  if (id >= memoFlags.length) {
    const grown = new Uint8Array(memoFlags.length * 2)
    grown.set(memoFlags)
    memoFlags = grown
  }
  memoFlags[id] =
    (english ? (MONTHS.get(word) ?? 0) : 0) |
    (contentWord(word, language) ? CONTENT : 0) |
    (english && NUMBER_WORDS.has(word) ? NUMBER_WORD : 0)
  return id
}

/** Words that make a phrase worth fingerprinting: longer than two letters, not stop words. */
export function contentWord(word: string, language: Language = 'en'): boolean {
  return word.length > 2 && !isStopIn(word, language)
}

const TOKEN =
  /\p{N}{1,2}\s?:\s?\p{N}{2}|\p{N}+(?:st|nd|rd|th)\b|(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? )\p{N}{1,3}(?:, \p{N}{3}(?!\p{N}))+|\p{N}{1,3}\. \p{N}{1,2}(?![\p{N}.,])|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu

/** Every word and number of `text`, lower-cased, in order, nothing removed. */
export function rawTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? []
}

const MONTHS = new Map<string, number>(
  (
    'january:1 jan:1 february:2 feb:2 march:3 mar:3 april:4 apr:4 may:5 june:6 jun:6 july:7 jul:7 ' +
    'august:8 aug:8 september:9 sep:9 sept:9 october:10 oct:10 november:11 nov:11 december:12 dec:12'
  )
    .split(' ')
    .map((kv) => {
      const [k, v] = kv.split(':')
      return [k ?? '', Number(v)] as const
    }),
)

/** Whether a token starts with a digit. */
function isDigit(token: string): boolean {
  const c = token.charCodeAt(0)
  return c >= 48 && c <= 57
}

/** The day of month of a token like "15" or "15th", or 0. */
function dayOf(token: string | undefined): number {
  if (token === undefined) return 0
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token)
  const d = m ? Number(m[1]) : 0
  return d >= 1 && d <= 31 ? d : 0
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** Terms that are calendar dates look like `date:12-15` (month-day, year separate). */
export function isDateTerm(term: string): boolean {
  return term.startsWith('date:')
}

/** Terms that are years (1900–2099): they date what a text reports. */
export function isYearTerm(term: string): boolean {
  return term.length === 4 && /^(?:19|20)\d\d$/.test(term)
}

/** Terms that are the order of magnitude of an amount ("$2.6 million"), see {@link pushAmount}. */
export function isAmountTerm(term: string): boolean {
  return term.startsWith('amount:')
}

/** Numbers, dates and amounts: what tells two events of one kind apart (magnitudes, tolls, days). */
export function isNumberTerm(term: string): boolean {
  return isDigit(term) || isDateTerm(term) || isAmountTerm(term)
}

const SCALES = new Map<string, number>([
  ['million', 1e6],
  ['millions', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
  // the continent's millions and milliards ("billion" there means 10^12, and is left out)
  ...'millionen mio millones millón milioni milione milhões milhão miljoen'
    .split(' ')
    .map((w) => [w, 1e6] as [string, number]),
  ...'milliard milliards milliarde milliarden mrd miliardi miliardo miljard'
    .split(' ')
    .map((w) => [w, 1e9] as [string, number]),
])

const NUMBER_WORDS = new Map<string, number>(
  'one two three four five six seven eight nine ten eleven twelve'
    .split(' ')
    .map((w, i) => [w, i + 1] as const),
)

/**
 * The value of an amount written as a number and a scale ("85 million", "2bn", "$137-million",
 * "two million"), or 0: `tok` is the number (digits or a word), `next` the word after it.
 */
function amountOf(tok: string, next: string | undefined): number {
  const scale = next === undefined ? undefined : SCALES.get(next)
  if (scale === undefined) return 0
  const n = isDigit(tok) ? Number(tok.replace(/,/g, '')) : (NUMBER_WORDS.get(tok) ?? 0)
  return Number.isFinite(n) && n > 0 ? n * scale : 0
}

/**
 * Two terms for an amount's order of magnitude, in bins a half-decade apart, so that amounts
 * within about 3× of each other (one sum in euros and in dollars, a toll revised) share a term
 * and amounts 10× apart share none: €85 million gives `amount:7` and `amount:8h`, $108 million
 * `amount:8` and `amount:8h`, $2.6 million `amount:6` and `amount:6h`.
 */
function pushAmount(out: string[], value: number): void {
  const log = Math.log10(value)
  out.push(`amount:${Math.floor(log)}`, `amount:${Math.floor(log + 0.5)}h`)
}

/**
 * Index terms of `text`: stemmed content words, significant numbers and calendar dates, in
 * order (repeats kept, so callers can count term frequency). "December 15", "15 Dec" and
 * "Dec. 15th" all give `date:12-15`; times of day are dropped; ordinals lose their suffix.
 */
export function tokenize(text: string, language: Language = 'en'): string[] {
  return termsOf(rawTokens(text), undefined, language)
}

/**
 * {@link tokenize} for words already split by {@link rawTokens}. With `content`, also pushes
 * {@link contentWord} of every raw word onto it, in order (the same lookup answers both).
 */
export function termsOf(
  raw: readonly string[],
  content?: boolean[],
  language: Language = 'en',
): string[] {
  const out: string[] = []
  for (let i = 0; i < raw.length; i++) {
    let tok = raw[i] ?? ''
    if (isDigit(tok)) {
      // "100, 000" and "6. 1" as tokenised text writes them: thousands and a decimal
      if (tok.includes(' ')) tok = tok.replace(/, /g, '').replace('. ', '.')
      // numbers are never stop words
      content?.push(tok.length > 2)
      if (tok.includes(':')) continue // a time of day
      const next = raw[i + 1]
      const monthId = next === undefined || isDigit(next) ? -1 : memoId(next, language)
      const month = monthId < 0 ? 0 : (memoFlags[monthId] as number) & MONTH_BITS
      const day = dayOf(tok)
      if (month !== 0 && day > 0) {
        out.push(`date:${pad2(month)}-${pad2(day)}`)
        content?.push(((memoFlags[monthId] as number) & CONTENT) !== 0)
        i++
        continue
      }
      // numbers: drop thousands separators and ordinal suffixes, keep decimals; single digits
      // are too common to mean anything
      let n: string
      let after = next
      if (language === 'en') n = tok.replace(/,(?=\d{3}\b)/g, '').replace(/(?:st|nd|rd|th)$/, '')
      else {
        // "1.200,5" is 1200.5 on the continent; "1 200 vols": a group of three digits after a
        // space is the thousands before it
        n = tok.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.')
        if (/^\d{1,3}$/.test(n)) {
          while (after !== undefined && /^\d{3}$/.test(after)) {
            n += after
            content?.push(true)
            i++
            after = raw[i + 1]
          }
        }
      }
      if (n.length >= 2) out.push(n)
      const amount = amountOf(n, after)
      if (amount > 0) pushAmount(out, amount)
      continue
    }
    const id = memoId(tok, language)
    const flags = memoFlags[id] as number
    content?.push((flags & CONTENT) !== 0)
    const month = flags & MONTH_BITS
    if (month !== 0) {
      const day = dayOf(raw[i + 1])
      if (day > 0) {
        out.push(`date:${pad2(month)}-${pad2(day)}`)
        content?.push((raw[i + 1] as string).length > 2)
        i++
        continue
      }
    }
    const s = memoTerms[id] as string
    if (s !== '') out.push(s)
    if ((flags & NUMBER_WORD) !== 0) {
      const amount = amountOf(tok, raw[i + 1])
      if (amount > 0) pushAmount(out, amount)
    }
  }
  return out
}
