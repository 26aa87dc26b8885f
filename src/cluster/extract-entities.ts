/**
 * @module extract-entities
 * People, organisations and places in an entry, each normalised to one identity.
 *
 * The default extractor is fast (tens of microseconds per entry): it finds runs of capitalised
 * words, cuts them at role words and at known names, and classifies each piece with the
 * compromise@14 lexicon (first names, surnames, places, organisations), an alias table and
 * organisation/place suffixes. Running compromise's tagger itself costs ~8 ms per title + lead
 * (measured on the ECB+ articles), far over the ingest budget, so it is opt-in
 * ({@link extractEntitiesNlp}) and shares the same normalisation.
 *
 * Normalisation:
 * - roles and titles are stripped: "NATO Secretary General Mark Rutte" gives NATO and Mark Rutte;
 * - a bare surname ("Rutte") resolves to a full name seen in the same text, else to the person
 *   the store knows by that surname ({@link EntityRegistry});
 * - acronyms and expansions meet: an alias table for very common ones (UN, EU, US, UK, NATO, ...)
 *   and, for others, an expansion whose initials are an acronym used in the same text (or that
 *   the store has seen paired) takes the acronym's key.
 */

import {
  DIRECTIONS,
  type EntityKind,
  getLexicon,
  type Lexicon,
  lookupAlias,
  NAME_CONNECTORS,
  NAMED_AFTER_SUFFIXES,
  ORG_HEADS,
  ORG_SUFFIXES,
  PLACE_HEADS,
  PLACE_SUFFIXES,
  ROLE_MODIFIERS,
  ROLE_SUFFIXES,
  ROLE_WORDS,
} from './entity-gazetteer.js'
import { type Language, stopWordsOf } from './language-of-words.js'
import { isStopWord } from './tokenize.js'

export type { EntityKind } from './entity-gazetteer.js'

/** One entity of an entry. `key` is a stable slug such as `person:mark-rutte`. */
export interface Entity {
  kind: EntityKind
  key: string
  name: string
  mentions: number
  /**
   * Set when the text never names this person in full: a bare surname the registry resolved. The
   * registry learns only from names in full, or one wrong guess would teach it the next.
   */
  inferred?: true
}

/** Knowledge the store has gathered from earlier entries, used to resolve partial names. */
export interface EntityRegistry {
  /**
   * The one dominant person known by this lower-case surname, if any; with `context` (the keys of
   * the entry's other entities), only a person that context fits.
   */
  personBySurname(
    surname: string,
    context?: readonly string[],
  ): { key: string; name: string } | undefined
  /** The canonical organisation for a key known to be an alias (expansion -> acronym). */
  organizationAlias(key: string): { key: string; name: string } | undefined
}

/** A capitalised name the extractor could not classify ("Seacom", "Mat Maid"); key `name:...`. */
export interface NameMention {
  key: string
  name: string
  mentions: number
}

/** What {@link extractEntityDetails} finds: entities, plus what the store may learn from. */
export interface EntityDetails {
  /** people, organisations and places, most mentioned first */
  entities: Entity[]
  /** capitalised names that could not be classified, most mentioned first */
  names: NameMention[]
  /** organisation keys found to be aliases in this text: [expansion key, acronym key] */
  aliases: [string, string][]
}

export interface ExtractOptions {
  /** the feed's own categories for the entry (each is classified like a name) */
  categories?: readonly string[]
  registry?: EntityRegistry
  /** the language of the text (language-of-words); English when missing */
  language?: Language
}

/** People, organisations and places in a title and text (fast extractor). */
export function extractEntities(
  title: string,
  text: string,
  options: ExtractOptions = {},
): Entity[] {
  return extractEntityDetails(title, text, options).entities
}

/** A middle initial as written in a name: "D", "D.", "H.W.". */
const MIDDLE_INITIAL = /^\p{Lu}\.?$|^(?:\p{Lu}\.)+\p{Lu}?\.?$/u

/**
 * The identity key of a name of a kind. A person's middle initials do not count: "Jumaane D.
 * Williams" and "Jumaane Williams", "Donald J. Trump" and "Donald Trump" are one person (the
 * display name keeps the longest form). The price: "George H. W. Bush" and "George W. Bush"
 * share a key too.
 */
export function entityKey(kind: EntityKind | 'name', name: string): string {
  if (kind === 'person') {
    const parts = name.split(/\s+/)
    if (parts.length >= 3) {
      const last = parts.length - 1
      const kept = parts.filter((p, i) => i === 0 || i === last || !MIDDLE_INITIAL.test(p))
      if (kept.length < parts.length) return `person:${slugify(kept.join(' '))}`
    }
  }
  return `${kind}:${slugify(name)}`
}

/** Lower-case, accent-free, dash-separated form of a name. */
export function slugify(name: string): string {
  if (/^[A-Za-z0-9 ]*$/.test(name)) return name.toLowerCase().trim().replace(/ +/g, '-')
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

interface Token {
  /** surface form without a trailing dot or possessive */
  text: string
  /** lower case, dots removed */
  key: string
  cap: boolean
  allCaps: boolean
  /** the token starts a sentence */
  start: boolean
  /** punctuation (or a possessive) separates this token from the previous one */
  breakBefore: boolean
  /** a capital letter and a dot: an initial ("D." in "Jumaane D. Williams") */
  initial: boolean
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr inc co corp ltd gen sen rep gov lt col sgt capt adm maj prof rev mt ft no vs jan feb mar apr jun jul aug sep sept oct nov dec det'.split(
    ' ',
  ),
)
/**
 * Prepositions that make an unknown name a place. Not "at" or "from": "an economist at Nordbank",
 * "a patch from Microsoft", "growth came from Acropora" name firms, sources and people about as
 * often as places (on the ECB+ articles about 30 of the 96 places they made were places).
 */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across'])

/** Capitalised abbreviations that are not organisations ("GDP", "CEO", "GMT"). */
const NOT_ENTITY_ACRONYMS = new Set(
  (
    'gdp gnp ceo cfo coo cto vp tv pm am gmt utc est edt pst pdt cst cdt bst cet cest et pt id dna ' +
    'rna hiv aids mp mps vip faq pdf ok usd eur gbp jpy cny ufo atm suv gps ai ipo ppe ict it pc ' +
    'ko rbi mvp era hr ap1 q1 q2 q3 q4 h1 h2 yoy mph kph km kg mw gw kw ev evs lng dns pfas cpi ppi ' +
    'api apis vpn url usb led lcd ssd cpu gpu ram nft esg co2 ghg iot sms mri icu ok rip faqs ' +
    // offences, time zones, markup, and the positions and lists of a sports page
    'dui dwi owi swat ist html xml ir rb qb wr te dt td ol dl lb cb ppr ot'
  ).split(' '),
)

/** Function words: never a name on their own, even capitalised ("The", "In", "After"). */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here when where while what which ' +
    'who whom whose why how all any both each every few many more most much no none not only other some such ' +
    'in on at of for to by with from into onto over under about above below after before during since until ' +
    'through across against among between behind beyond despite inside outside upon within without as per via ' +
    'i me my we our you your he him his she her it its they them their is are was were be been being am do ' +
    'does did has have had will would shall should can could may might must also just even still now once ' +
    'however although though because unless whether meanwhile according said says ' +
    // "I" with a contraction is always capitalised: "to Reggie I'm pretty much" is not a name
    "i'm i’m i'll i’ll i've i’ve i'd i’d"
  ).split(' '),
)

/** 0 = not yet known, 1 = part of a word, 2 = not; for characters outside ASCII. */
const wordCharCache = new Uint8Array(65536)
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  let v = wordCharCache[c]
  if (v === 0) {
    v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2
    wordCharCache[c] = v
  }
  return v === 1
}

/** Characters inside a word only when a word character follows: "U.S", "al-Assad", "AT&T", "O'Neil". */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 45
}

/** Punctuation that ends a name: a comma, a bracket, a quote mark, a dash, ... */
function isHardGap(c: number): boolean {
  return (
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 123 ||
    c === 125 ||
    c === 34 ||
    c === 39 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0xab ||
    c === 0xbb ||
    c === 124 ||
    c === 47 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 45 ||
    c === 0x2026 ||
    c === 42 ||
    c === 0x2022 ||
    c === 96
  )
}

/** Every letter upper case, no digits. */
function isAllCaps(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) return false
    if (c >= 97 && c <= 122) return false
    if (c >= 128) {
      const ch = s.charAt(i)
      if (ch !== ch.toUpperCase()) return false
    }
  }
  return true
}

/** True when `word` (lower case) occurs in `text` written in lower case, as a whole word. */
function occursLowerCase(text: string, word: string): boolean {
  let at = text.indexOf(word)
  while (at >= 0) {
    const before = at === 0 ? 32 : text.charCodeAt(at - 1)
    const after = at + word.length >= text.length ? 32 : text.charCodeAt(at + word.length)
    if (!isWordChar(before) && !isWordChar(after)) return true
    at = text.indexOf(word, at + word.length)
  }
  return false
}

const LONG_LOWER: Token = {
  text: '',
  key: '',
  cap: false,
  allCaps: false,
  start: false,
  breakBefore: false,
  initial: false,
}

function lowerToken(word: string, start: boolean, breakBefore: boolean): Token {
  const key = word.includes('.') ? word.replace(/\./g, '') : word
  return { text: word, key, cap: false, allCaps: false, start, breakBefore, initial: false }
}

/** Whether the character at `i` is a capital letter (one that has a lower case form). */
function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return c >= 65 && c <= 90
  const ch = text.charAt(i)
  return ch !== ch.toLowerCase()
}

function tokenizeSegment(text: string): Token[] {
  const out: Token[] = []
  const n = text.length
  let i = 0
  let sentenceEnd = true
  let possessive = false
  let skipDot = false
  while (i < n) {
    let hard = false
    let sentence = false
    while (i < n) {
      const c = text.charCodeAt(i)
      if (isWordChar(c)) break
      if (c === 46 || c === 33 || c === 63 || c === 10) {
        if (c === 46 && skipDot) skipDot = false
        else sentence = true
      } else if (isHardGap(c)) hard = true
      i++
    }
    if (i >= n) break
    // a French or Italian elision before a name: "l'Allemagne", "d'Italie" → the name
    const q = i + 1 < n ? text.charCodeAt(i + 1) : 0
    if (
      (text[i] === 'l' || text[i] === 'd') &&
      (q === 39 || q === 0x2019) &&
      i + 2 < n &&
      isCapitalAt(text, i + 2)
    ) {
      i += 2
    }
    const from = i
    while (i < n) {
      const c = text.charCodeAt(i)
      if (isWordChar(c)) i++
      else if (isJoiner(c) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i++
      else break
    }
    const breakBefore = possessive || hard || sentence || sentenceEnd
    const start = sentence || sentenceEnd
    possessive = false
    sentenceEnd = false
    const c0 = text.charCodeAt(from)
    if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) {
      // lower-case words and numbers only break runs, join them ("of") or precede them ("in")
      const short = i - from <= 7
      out.push(short ? lowerToken(text.slice(from, i), start, breakBefore) : LONG_LOWER)
      skipDot = false
      continue
    }
    let core = text.slice(from, i)
    const len = core.length
    if (len > 2 && (core.endsWith("'s") || core.endsWith('’s'))) {
      core = core.slice(0, -2)
      possessive = true
    }
    const lower = core.toLowerCase()
    const key = lower.includes('.') ? lower.replace(/\./g, '') : lower
    const cap = isCapitalAt(core, 0)
    const allCaps = cap && key.length >= 2 && isAllCaps(core)
    const endsDot = i < n && text.charCodeAt(i) === 46
    const initial = cap && key.length === 1 && endsDot
    out.push({ text: core, key, cap, allCaps, start, breakBefore, initial })
    const abbreviation = ABBREVIATIONS.has(key) || key.length === 1 || core.includes('.') || allCaps
    skipDot = endsDot && abbreviation
  }
  return out
}

interface Found {
  kind: EntityKind | 'name'
  key: string
  name: string
  /** the name's words, lower case, connectors removed */
  words: string[]
  /** a place only by the preposition before it ("a flaw in Internet Explorer") */
  byPreposition?: true
}

/** A name candidate: the tokens of one capitalised run, already cut at roles and known names. */
interface Piece {
  tokens: Token[]
  afterRole: boolean
  hint?: EntityKind
}

class Extractor {
  readonly found: Found[] = []
  /** the whole document, to check how it writes a word elsewhere */
  private text = ''
  private readonly lowerCache = new Map<string, boolean>()
  /** the text is German, where every noun is capitalised */
  private readonly nounsCapitalised: boolean
  /** stop words of the text's language when it is not English ("Selon" starts no name) */
  private readonly stops: ReadonlySet<string> | null
  constructor(
    private readonly lex: Lexicon,
    language: Language = 'en',
  ) {
    this.nounsCapitalised = language === 'de'
    this.stops = stopWordsOf(language)
  }

  /**
   * A word the gazetteer knows (a whole name, the first word of one, an alias) or a first name. A
   * surname alone is not enough: the surname lists hold many German nouns ("Brief", "Name").
   */
  private isKnownName(t: Token): boolean {
    const k = t.key
    const lex = this.lex
    if (this.stops?.has(k) === true) return false // "Der" starts "Der Spiegel", but mostly nouns
    return (
      lex.names.has(k) ||
      lex.firstNames.has(k) ||
      lex.multiFirst.has(k) ||
      lookupAlias(k) !== undefined
    )
  }

  /** Words that are ordinary vocabulary when capitalised only by position. */
  private isCommon(t: Token): boolean {
    const k = t.key
    if (FUNCTION_WORDS.has(k)) return true
    if (this.lex.firstNames.has(k) || this.lex.lastNames.has(k) || this.lex.names.has(k)) {
      return false
    }
    if (isStopWord(k) || this.lex.common.has(k) || this.stops?.has(k) === true) return true
    let seen = this.lowerCache.get(k)
    if (seen === undefined) {
      seen = occursLowerCase(this.text, k)
      this.lowerCache.set(k, seen)
    }
    return seen
  }

  private isRoleAt(tokens: Token[], i: number): boolean {
    const k = tokens[i]?.key ?? ''
    const next = tokens[i + 1]
    if (!next) return false
    const parts = k.includes('-') ? k.split('-') : [k]
    const role = ROLE_WORDS.has(k) || parts.every((p) => ROLE_WORDS.has(p))
    if (role) return !ORG_SUFFIXES.has(next.key) && !PLACE_SUFFIXES.has(next.key)
    if (ROLE_MODIFIERS.has(k)) {
      let j = i + 1
      while (tokens[j] && ROLE_MODIFIERS.has(tokens[j]?.key ?? '')) j++
      return (
        tokens[j] !== undefined && ROLE_WORDS.has(tokens[j]?.key ?? '') && j + 1 < tokens.length
      )
    }
    return false
  }

  /** Process one segment of text (a category, or any text on its own). */
  segment(text: string, opts: { titleCase?: boolean; everyTokenIsName?: boolean } = {}): void {
    this.text = text
    const tokens = tokenizeSegment(text)
    this.segmentTokens(tokens, opts)
  }

  /**
   * Process a title and text. A capitalised word at the start of a sentence (or anywhere in a
   * title-case headline) is a name only if the document never writes it in lower case.
   */
  document(title: string, text: string): void {
    this.text = `${title}\n${text}`
    const titleTokens = tokenizeSegment(title)
    const textTokens = tokenizeSegment(text)
    this.segmentTokens(titleTokens, {})
    this.segmentTokens(textTokens, { titleCase: false })
  }

  segmentTokens(tokens: Token[], opts: { titleCase?: boolean; everyTokenIsName?: boolean }): void {
    const lex = this.lex
    let titleCase = opts.titleCase ?? false
    if (opts.titleCase === undefined) {
      let words = 0
      let caps = 0
      let upper = 0
      for (const t of tokens) {
        if (t.key.length < 4 || isStopWord(t.key)) continue
        words++
        if (t.cap) caps++
        if (t.allCaps) upper++
      }
      if (words >= 3 && upper / words > 0.6) return // shouting: no case information at all
      titleCase = words >= 3 && caps / words >= 0.6
    }
    // (no closures here: this runs for every segment, and under tsx each closure is named at
    // creation, which costs more than the loop)
    let run: Token[] = []
    let prevWord = ''
    let runPrev = ''
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      if (!t) continue
      let isName = false
      if (t.allCaps && t.key.length <= 6 && /^\p{Lu}/u.test(t.text)) isName = true
      else if (t.cap && this.nounsCapitalised && opts.everyTokenIsName !== true) {
        // German capitalises every noun: only a known name, or a word after a first name or the
        // first word of a known name ("Lars Klingbeil", "Deutsche Bahn"), is a name
        const prev = run[run.length - 1]
        isName =
          this.isKnownName(t) ||
          (prev !== undefined && (lex.firstNames.has(prev.key) || lex.multiFirst.has(prev.key)))
      } else if (t.cap) {
        isName = opts.everyTokenIsName === true || !((t.start || titleCase) && this.isCommon(t))
        // "New York", "Red Cross": a common word that starts a known multi-word name
        if (!isName && lex.multiFirst.has(t.key) && tokens[i + 1]?.cap === true) isName = true
        if (isName && FUNCTION_WORDS.has(t.key)) isName = false
        // weekdays, months and demonyms only as part of a longer name ("European Union")
        if (isName && lex.nonEntities.has(t.key) && run.length === 0) {
          const next = tokens[i + 1]
          isName =
            next !== undefined && next.cap && !next.breakBefore && !lex.nonEntities.has(next.key)
        }
        // a middle initial goes on a name, even in a title, where "D" reads as a common word
        if (!isName && t.initial && run.length > 0 && tokens[i + 1]?.cap === true) isName = true
      }
      if (isName && t.breakBefore && run.length > 0) {
        this.run(run, runPrev)
        run = []
      }
      if (isName) {
        if (run.length === 0) runPrev = prevWord
        run.push(t)
      } else if (
        run.length > 0 &&
        !t.breakBefore &&
        NAME_CONNECTORS.has(t.key) &&
        tokens[i + 1]?.cap === true &&
        tokens[i + 1]?.breakBefore === false
      ) {
        run.push(t)
      } else if (run.length > 0) {
        this.run(run, runPrev)
        run = []
      }
      prevWord = t.cap ? '' : t.key
    }
    if (run.length > 0) this.run(run, runPrev)
  }

  /** Cut a capitalised run at roles and at gazetteer names, then classify the pieces. */
  private run(run: Token[], prevWord: string): void {
    while (run.length > 0 && NAME_CONNECTORS.has(run[run.length - 1]?.key ?? '')) run.pop()
    while (run.length > 0 && (run[0]?.key === 'the' || !run[0]?.cap)) run.shift()
    if (run.length === 0) return
    const lex = this.lex
    // the words since the last cut, whether a role came before them, and the word before the run
    let pending: Token[] = []
    let afterRole = false
    let prev = prevWord
    for (let i = 0; i < run.length;) {
      const t = run[i]
      if (!t) break
      const inRole = pending.length === 0 && afterRole && ROLE_SUFFIXES.has(t.key)
      if (inRole || this.isRoleAt(run, i)) {
        if (pending.length > 0) this.piece({ tokens: pending, afterRole }, prev)
        pending = []
        prev = ''
        afterRole = true
        i++
        continue
      }
      // "Maria Cantwell of Washington": a person, then where they are from
      if (t.key === 'of' && this.isPersonShaped(pending)) {
        this.piece({ tokens: pending, afterRole }, prev)
        pending = []
        afterRole = false
        prev = 'of'
        i++
        continue
      }
      // a person's name in progress is not cut at a known name ("Michael Jordan"), unless it is
      // whole and a known name of several words follows ("Richard Nixon | White House aide")
      const inPerson =
        pending.length > 0 && pending.length < 3 && lex.firstNames.has(pending[0]?.key ?? '')
      const minLen = inPerson && pending.length === 2 ? 2 : 1
      // "Bank of England", "Gulf of Mexico": the known name completes this one
      const continues =
        pending.length > 1 && pending[pending.length - 1]?.key === 'of' && isNameHead(pending)
      let matched = 0
      if ((!inPerson || minLen > 1) && !afterRole && !continues) {
        for (let len = Math.min(6, run.length - i); len >= minLen; len--) {
          const span = run.slice(i, i + len)
          const key = span.map((s) => s.key).join(' ')
          const alias = lookupAlias(key)
          const short = len === 1 && key.length <= 3
          if (alias && (!short || span[0]?.allCaps === true || key === 'fed')) {
            if (pending.length > 0) this.piece({ tokens: pending, afterRole }, prev)
            pending = []
            afterRole = false
            prev = ''
            this.add({
              kind: alias.kind,
              key: `${alias.kind}:${alias.slug}`,
              name: alias.name,
              words: [key],
            })
            matched = len
            break
          }
          const kind = lex.names.get(key)
          const nextKey = run[i + len]?.key ?? ''
          const suffixed =
            !this.isRoleAt(run, i + len) &&
            (ORG_SUFFIXES.has(nextKey) ||
              PLACE_SUFFIXES.has(nextKey) ||
              endsOrganization(run, i + len))
          // "Public Health England", "University College London": words that are no names
          // themselves, ending in a place with nothing after it, name an organisation
          const end = i + len === run.length || this.isRoleAt(run, i + len)
          if (kind === 'place' && !afterRole && end && this.isOrganizationHead(pending)) {
            this.piece({ tokens: [...pending, ...span], afterRole, hint: 'organization' }, prev)
            pending = []
            matched = len
            break
          }
          if (kind && !suffixed && (len > 1 || !lex.firstNames.has(key))) {
            if (pending.length > 0) this.piece({ tokens: pending, afterRole }, prev)
            pending = []
            afterRole = false
            prev = ''
            this.piece({ tokens: span, afterRole: false, hint: kind }, '')
            matched = len
            break
          }
        }
      }
      if (matched > 0) {
        i += matched
        continue
      }
      pending.push(t)
      i++
    }
    if (pending.length > 0) this.piece({ tokens: pending, afterRole }, prev)
  }

  /** Classify one name candidate. */
  private piece(piece: Piece, prevWord: string): void {
    const lex = this.lex
    let tokens = piece.tokens
    // a cut before a known name can leave a connector behind: "Horn of" (Africa), and a cut after
    // a role one before: "Professor | of Conservation Ecology"
    while (tokens.length > 0 && NAME_CONNECTORS.has(tokens[tokens.length - 1]?.key ?? '')) {
      tokens = tokens.slice(0, -1)
    }
    while (tokens.length > 0 && NAME_CONNECTORS.has(tokens[0]?.key ?? '')) tokens = tokens.slice(1)
    const n = tokens.length
    if (n === 0) return
    const words = tokens.filter((t) => !NAME_CONNECTORS.has(t.key)).map((t) => t.key)
    const first = words[0] ?? ''
    const last = words[words.length - 1] ?? ''
    const name = tokens.map((t) => t.text).join(' ')
    if (piece.hint) return this.emit(piece.hint, name, words)
    if (ORG_SUFFIXES.has(last) && n > 1) return this.emit('organization', name, words)
    const of = tokens.findIndex((t) => t.key === 'of')
    if (of > 0) {
      // "Bank of England", "Communist Party of Greece", "State of Alabama": the words before "of" say
      const head = tokens[of - 1]?.key ?? ''
      if (ORG_HEADS.has(first) || ORG_SUFFIXES.has(head)) {
        return this.emit('organization', name, words)
      }
      if (PLACE_HEADS.has(first) || PLACE_SUFFIXES.has(head)) return this.emit('place', name, words)
    }
    if (PLACE_SUFFIXES.has(last) && n > 1) return this.emit('place', name, words)
    if (PLACE_HEADS.has(first) && n > 1 && !lex.firstNames.has(words[1] ?? '')) {
      return this.emit('place', name, words)
    }
    if (NAMED_AFTER_SUFFIXES.has(last) && n > 1) return this.emit('name', name, words)
    if (piece.afterRole && words.length <= 4) return this.emit('person', name, words)
    if (lex.firstNames.has(first) && words.length >= 2 && words.length <= 4) {
      return this.emit('person', name, words)
    }
    // a first name inside the run starts a person: "RB Reggie Bush"
    const k = tokens.findIndex((t, idx) => idx > 0 && lex.firstNames.has(t.key) && idx < n - 1)
    if (k > 0 && n - k <= 3) {
      this.piece({ tokens: tokens.slice(0, k), afterRole: false }, prevWord)
      this.piece({ tokens: tokens.slice(k), afterRole: false }, '')
      return
    }
    if (words.length >= 2 && words.length <= 3 && lex.lastNames.has(last) && n === words.length) {
      return this.emit('person', name, words)
    }
    if (n === 1) {
      const t = tokens[0]
      if (t?.allCaps && t.key.length <= 6) {
        // "POSTED:", "MARCH 3": a shouted word, not an acronym
        if (NOT_ENTITY_ACRONYMS.has(t.key) || lex.common.has(t.key) || lex.nonEntities.has(t.key)) {
          return
        }
        return this.emit('organization', name, words)
      }
      // "the County", "the Department", "in North": a generic word, not a name
      if (ORG_SUFFIXES.has(first) || PLACE_SUFFIXES.has(first) || DIRECTIONS.has(first)) return
      if (lex.nonEntities.has(first)) return
      if (PLACE_PREPOSITIONS.has(prevWord) && !lex.lastNames.has(first)) {
        return this.emit('place', name, words)
      }
      if (lex.lastNames.has(first)) return this.emit('person', name, words)
      return this.emit('name', name, words)
    }
    if (PLACE_PREPOSITIONS.has(prevWord)) {
      return this.add({
        kind: 'place',
        key: entityKey('place', name),
        name,
        words,
        byPreposition: true,
      })
    }
    return this.emit('name', name, words)
  }

  /**
   * Words that make an organisation of the place after them: two or more words that are not names
   * themselves ("Public Health", "Arts Council"), or one organisation word ("Police Scotland"),
   * but no direction or region word ("Central London", "Northern England").
   */
  private isOrganizationHead(tokens: readonly Token[]): boolean {
    if (tokens.length === 0) return false
    if (tokens.length === 1) return ORG_SUFFIXES.has(tokens[0]?.key ?? '')
    const lex = this.lex
    for (const t of tokens) {
      const k = t.key
      if (!t.cap || t.allCaps || DIRECTIONS.has(k) || PLACE_HEADS.has(k)) return false
      if (lex.nonEntities.has(k) || lex.names.has(k)) return false
      if (lex.firstNames.has(k) || lex.lastNames.has(k)) return false
    }
    return true
  }

  /** A first name and one or two more capitalised words: "Maria Cantwell", "Manuel Charr". */
  private isPersonShaped(tokens: readonly Token[]): boolean {
    if (tokens.length < 2 || tokens.length > 3) return false
    if (!this.lex.firstNames.has(tokens[0]?.key ?? '')) return false
    for (const t of tokens) {
      if (!t.cap || NAME_CONNECTORS.has(t.key) || ORG_SUFFIXES.has(t.key)) return false
    }
    return true
  }

  private emit(kind: EntityKind | 'name', name: string, words: string[]): void {
    this.add({ kind, key: entityKey(kind, name), name, words })
  }

  private add(f: Found): void {
    this.found.push(f)
  }
}

/** The words before a final "of" start an organisation or a place: "Bank of", "Gulf of", "Party of". */
function isNameHead(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.key ?? ''
  const head = tokens[tokens.length - 2]?.key ?? ''
  return (
    ORG_HEADS.has(first) ||
    PLACE_HEADS.has(first) ||
    ORG_SUFFIXES.has(head) ||
    PLACE_SUFFIXES.has(head)
  )
}

/**
 * True when the run goes on from `from` through at most three capitalised words to an
 * organisation suffix: "Mitsubishi Heavy Industries", "Ford Motor Co" are one organisation, not a
 * known name followed by another.
 */
function endsOrganization(run: readonly Token[], from: number): boolean {
  for (let j = from; j < run.length && j < from + 3; j++) {
    const t = run[j]
    if (!t?.cap || NAME_CONNECTORS.has(t.key) || ROLE_WORDS.has(t.key)) return false
    if (ORG_SUFFIXES.has(t.key)) return true
  }
  return false
}

function initials(words: string[]): string {
  return words
    .filter((w) => w !== '&' && w !== 'and')
    .map((w) => w.charAt(0))
    .join('')
}

/**
 * Resolve what the extractor found into entities: surnames to full names, expansions to
 * acronyms, display names, mention counts.
 */
function resolve(found: Found[], registry: EntityRegistry | undefined): EntityDetails {
  // persons with a first and last name, by surname
  const bySurname = new Map<string, Found>()
  for (const f of found) {
    if (f.kind !== 'person' || f.words.length < 2) continue
    const surname = f.words[f.words.length - 1] ?? ''
    const seen = bySurname.get(surname)
    if (!seen || f.words.length > seen.words.length) bySurname.set(surname, f)
  }
  // other multi-word names, by last word ("Sox" for "Red Sox")
  const byLastWord = new Map<string, Found>()
  for (const f of found) {
    if (f.kind === 'person' || f.kind === 'place' || f.words.length < 2) continue
    const lastWord = f.words[f.words.length - 1] ?? ''
    if (ORG_SUFFIXES.has(lastWord)) continue
    const seen = byLastWord.get(lastWord)
    if (!seen || f.words.length > seen.words.length) byLastWord.set(lastWord, f)
  }
  // acronyms used in this text
  const acronyms = new Map<string, Found>()
  for (const f of found) {
    if ((f.kind === 'organization' || f.kind === 'name') && f.words.length === 1) {
      const w = f.words[0] ?? ''
      // (a code such as "R290" is not an acronym)
      const acronym = w.length >= 2 && w.length <= 6 && f.name === f.name.toUpperCase()
      if (acronym && !/[0-9]/.test(w)) acronyms.set(w, f)
    }
  }
  // persons by first name, when only one person of the text has it ("Harrison" for Harrison Barnes)
  const byFirstName = new Map<string, Found | null>()
  for (const f of bySurname.values()) {
    const first = f.words[0] ?? ''
    byFirstName.set(first, byFirstName.has(first) ? null : f)
  }
  const aliases: [string, string][] = []
  const out = new Map<string, Entity>()
  const names = new Map<string, NameMention>()
  // keys the text names itself (not only through the registry)
  const named = new Set<string>()
  let context: string[] | undefined
  for (const f of found) {
    let { kind, key, name } = f
    let inferred = false
    // "it was in Woodward that they trusted": a place only by its preposition, and the surname of
    // a person the text names in full
    if (kind === 'place' && f.words.length === 1) {
      const w = f.words[0] ?? ''
      const full = bySurname.get(w)
      if (full && !getLexicon().names.has(w)) {
        kind = 'person'
        key = full.key
        name = full.name
      }
    }
    if ((kind === 'person' || kind === 'name') && f.words.length === 1) {
      const w = f.words[0] ?? ''
      const full = bySurname.get(w) ?? byFirstName.get(w) ?? undefined
      const known =
        full || !registry || !mayBeSurname(key, w)
          ? undefined
          : registry.personBySurname(w, (context ??= contextOf(found)))
      if (full) {
        kind = 'person'
        key = full.key
        name = full.name
      } else if (known) {
        kind = 'person'
        key = known.key
        name = known.name
        inferred = true
      } else if (kind === 'name') {
        const longer = byLastWord.get(w)
        if (longer) {
          kind = longer.kind
          key = longer.key
          name = longer.name
        }
      }
    }
    // "a flaw in Internet Explorer (IE)": a name abbreviated here or elsewhere is not a place by
    // its preposition alone
    const weakPlace = kind === 'place' && f.byPreposition === true
    if ((kind === 'organization' || kind === 'name' || weakPlace) && f.words.length >= 2) {
      const acronym = acronyms.get(initials(f.words))
      if (acronym) {
        const target = `organization:${slugify(acronym.name)}`
        aliases.push([`organization:${slugify(name)}`, target])
        kind = 'organization'
        key = target
        name = acronym.name
      } else if (kind === 'organization' || weakPlace) {
        const known = registry?.organizationAlias(`organization:${slugify(name)}`)
        if (known) {
          kind = 'organization'
          key = known.key
          name = known.name
        }
      }
    }
    if (kind === 'name' && f.words.length === 1 && acronyms.has(f.words[0] ?? '')) {
      kind = 'organization'
      key = `organization:${slugify(name)}`
    }
    if (!inferred) named.add(key)
    if (kind === 'name') {
      const e = names.get(key)
      if (e) e.mentions++
      else names.set(key, { key, name, mentions: 1 })
    } else {
      // "FRANKFURT (CPA) -": a dateline's capitals are typography, not an acronym
      if (kind !== 'organization' && isShouted(name)) name = titleCase(name)
      const e = out.get(key)
      if (e) {
        e.mentions++
        if (kind === 'person' && name.length > e.name.length) e.name = name
      } else out.set(key, { kind, key, name, mentions: 1 })
    }
  }
  for (const e of out.values()) if (!named.has(e.key)) e.inferred = true
  return {
    entities: [...out.values()].sort(byMentions),
    names: [...names.values()].sort(byMentions),
    aliases,
  }
}

/** A name in capitals with a word of four letters or more ("FRANKFURT", "NEW YORK"; not "UAE"). */
function isShouted(name: string): boolean {
  return name === name.toUpperCase() && /\p{Lu}{4}/u.test(name)
}

/** "NEW YORK" → "New York", "ST. LOUIS" → "St. Louis". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s.'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
}

/** A bare name's context: the keys of the entities found in a text, bare names left out. */
function contextOf(found: readonly Found[]): string[] {
  const keys = new Set<string>()
  for (const f of found) {
    if (f.kind !== 'name' && (f.kind !== 'person' || f.words.length >= 2)) keys.add(f.key)
  }
  return [...keys]
}

/**
 * Whether a bare name (`key` as extracted, `word` lower case) may be looked up by surname in the
 * registry: a person by position ("President Bush", "Mr. Brown") or by the lexicon ("Carter"), or
 * an unclassified name that is not ordinary vocabulary ("the House", "Black and Gold", "The
 * Rock"). (Whether a first name such as "John" is anyone's surname is the registry's to say: it
 * counts first names too.)
 */
export function mayBeSurname(key: string, word: string): boolean {
  if (key.startsWith('person:')) return true
  return !getLexicon().common.has(word) && !isStopWord(word)
}

function byMentions(
  a: { key: string; mentions: number },
  b: { key: string; mentions: number },
): number {
  return b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
}

/**
 * A wire dateline at the start of a line: a place in capitals or title case, maybe a region, and
 * the agency in brackets before a dash or colon ("WASHINGTON (AP) —", "SAO PAULO, Brazil (CPA) -",
 * "Brussels (Reuters) -"). Group 1 is the bracketed credit.
 */
const DATELINE =
  /^[ \t]*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})? (\([\p{L}][\p{L} .&-]{0,30}\)) ?[-–—:]/gmu

/**
 * The text without its datelines' agency credits: "TOKYO (CPA) - Asian shares…" is about Tokyo and
 * shares, not about the agency that filed it, which every one of its wire stories would otherwise
 * share as an entity (and a topic). A stored text can hold the dateline twice (the feed's summary,
 * then the article), so every line is looked at.
 */
export function withoutDatelineCredit(text: string): string {
  if (!text.includes('(')) return text
  return text.replace(DATELINE, (line: string, credit: string) => line.replace(credit, ''))
}

/** Entities, unclassified names and learned aliases of a title and text (fast extractor). */
export function extractEntityDetails(
  title: string,
  text: string,
  options: ExtractOptions = {},
): EntityDetails {
  const ex = new Extractor(getLexicon(), options.language)
  ex.document(title, withoutDatelineCredit(text))
  for (const category of options.categories ?? []) {
    ex.segment(category, { titleCase: false, everyTokenIsName: true })
  }
  return resolve(ex.found, options.registry)
}

/** The hint compromise gives for a phrase, mapped to our kinds. */
type NlpHint = [EntityKind, string]

/**
 * Entities using compromise's tagger on the title and lead (first ~600 characters), merged with
 * the fast extractor on the whole text. About 8 ms per entry: for offline use, topic pages and
 * comparison, not for the ingest path.
 */
export function extractEntitiesNlp(
  nlp: (text: string) => {
    people(): { out(format: 'array'): string[] }
    organizations(): { out(format: 'array'): string[] }
    places(): { out(format: 'array'): string[] }
  },
  title: string,
  text: string,
  options: ExtractOptions = {},
): EntityDetails {
  const doc = nlp(`${title}.\n${text.slice(0, 600)}`)
  const hints: NlpHint[] = [
    ...doc
      .people()
      .out('array')
      .map((s): NlpHint => ['person', s]),
    ...doc
      .organizations()
      .out('array')
      .map((s): NlpHint => ['organization', s]),
    ...doc
      .places()
      .out('array')
      .map((s): NlpHint => ['place', s]),
  ]
  const ex = new Extractor(getLexicon())
  ex.document(title, withoutDatelineCredit(text))
  const fastKinds = new Map(ex.found.map((f) => [slugify(f.name), f]))
  for (const [kind, phrase] of hints) {
    const clean = phrase
      .replace(/['’]s\b/g, '')
      .replace(/[^\p{L}\p{M}\p{N}\s.&-]/gu, ' ')
      .trim()
    const words = clean.split(/\s+/).filter((w) => w.length > 0)
    if (words.length === 0) continue
    const slug = slugify(clean)
    const fast = fastKinds.get(slug)
    // compromise decides the kind of a name the fast extractor could not classify
    if (fast && fast.kind === 'name') {
      fast.kind = kind
      fast.key = entityKey(kind, fast.name)
    }
    if (fast) continue
    const lower = words.map((w) => w.toLowerCase())
    if (lower.every((w) => isStopWord(w) || ROLE_WORDS.has(w))) continue
    ex.found.push({ kind, key: entityKey(kind, clean), name: words.join(' '), words: lower })
  }
  for (const category of options.categories ?? []) {
    ex.segment(category, { titleCase: false, everyTokenIsName: true })
  }
  return resolve(ex.found, options.registry)
}
