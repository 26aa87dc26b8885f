/**
 * @module entry-features
 * Everything clustering needs to know about one entry, computed once from its text (pure): a
 * term vector, entities, a MinHash signature, quotes, links and the publication time. Features
 * are plain JSON, so a worker can store them with the entry and rebuild a {@link StoryIndex}
 * without re-reading texts.
 */

import { fmix32 } from '../lib/hash.js'
import {
  type Entity,
  type EntityRegistry,
  extractEntityDetails,
  mayBeSurname,
  type NameMention,
} from './extract-entities.js'
import { minhashOfShingles, murmur32, phraseKeys, shingleHashes } from './fingerprint.js'
import { type Language, languageOfWords } from './language-of-words.js'
import { PackedKeys } from './packed-keys.js'
import { isAmountTerm, isNumberTerm, isYearTerm, rawTokens, termsOf, tokenize } from './tokenize.js'

/** One line of `broadsheet cluster` input; also what ingest hands to clustering. */
export interface ClusterInputDoc {
  id: string
  title: string
  text: string
  url?: string | null
  /** ISO 8601 / RFC 2822 string, or epoch milliseconds; missing means "no time signal" */
  published?: string | number | null
  /** the outlet or feed, for copies and explanations */
  source?: string | null
  /** the feed's own categories */
  categories?: readonly string[] | null
  /** outbound links from the entry's HTML */
  links?: readonly string[] | null
}

export interface EntryFeatures {
  id: string
  title: string
  /** epoch milliseconds, or null when the entry has no usable date */
  published: number | null
  source: string | null
  /** canonical URL of the entry itself */
  url: string | null
  /** [term, weight]: field-weighted, sub-linear term frequency (no idf), heaviest first */
  terms: [string, number][]
  entities: Entity[]
  names: NameMention[]
  /**
   * what the entry is mainly about: its most mentioned entities or names (two at most, as keys)
   * and its most repeated number or date (one at most, from the title or said twice)
   */
  salient: string[]
  /**
   * years the entry is dated by: those in its title, lead and URL path (a dateline, "in 2013",
   * `/2013/09/18/`), ascending. Later years in the body are often background, so they don't count.
   */
  years: string[]
  /** acronym pairs learned from this text: [expansion key, acronym key] */
  aliases: [string, string][]
  /** MinHash signature of the title and text (empty for an empty text) */
  minhash: number[]
  /** sampled hashes of four-word phrases with content words (see fingerprint.phraseKeys) */
  phrases: number[]
  /** quoted passages, normalised to lower-case words */
  quotes: string[]
  /** canonical outbound links (article pages, never bare home pages) */
  links: string[]
  /** words in title and text */
  length: number
  /** the language the terms were stemmed in (English unless the text says otherwise) */
  language: Language
}

export interface FeatureOptions {
  registry?: EntityRegistry
}

/** Field weights: a word in the title counts more than one in the lead, which counts more than the body. */
export const FIELD_WEIGHTS = { title: 2.5, lead: 1.5, body: 1 } as const
/** Words of the text that count as the lead. */
export const LEAD_WORDS = 50
/** How much an entity (or unclassified name) weighs in the term vector, relative to a word. */
export const ENTITY_WEIGHT = 1.5
/** How much a number or date weighs relative to a word: they tell events of one kind apart. */
export const NUMBER_WEIGHT = 3
/**
 * How much each of an amount's two magnitude terms weighs (the amount's number keeps
 * NUMBER_WEIGHT): 1, 2 and 3 scored alike on the ECB+ train topics, 2 a little best.
 */
export const AMOUNT_WEIGHT = 2
/** Entities (or names) mentioned this often, and at most this many, are an entry's main actors. */
export const SALIENT_MIN_MENTIONS = 2
export const SALIENT_ENTITIES = 2
export const SALIENT_NUMBERS = 1
/** Words of a text read for terms, copies and phrases (the rest of a very long text is ignored). */
export const MAX_WORDS = 5000
/** The most terms kept per entry. */
export const MAX_TERMS = 200

const MAX_QUOTES = 8
const MAX_LINKS = 20

/** Entity keys in term vectors look like `person:mark-rutte` (or `name:` for unclassified names). */
export function isEntityTerm(term: string): boolean {
  return (
    term.startsWith('person:') ||
    term.startsWith('organization:') ||
    term.startsWith('place:') ||
    term.startsWith('name:')
  )
}

/** Features of one entry (pure; the registry only resolves partial names). */
export function entryFeatures(doc: ClusterInputDoc, options: FeatureOptions = {}): EntryFeatures {
  const title = doc.title ?? ''
  const text = doc.text ?? ''
  const titleWords = rawTokens(title)
  const bodyWords = rawTokens(text)
  if (bodyWords.length > MAX_WORDS) bodyWords.length = MAX_WORDS
  const language = languageOfWords(titleWords, bodyWords)
  const details = extractEntityDetails(title, text, {
    categories: doc.categories ?? [],
    registry: options.registry,
    language,
  })
  const counts = new TermCounts()
  // whether each word (title, then body) is a content word, for the phrase fingerprints
  const content: boolean[] = []
  const titleTerms = termsOf(titleWords, content, language)
  for (const t of titleTerms) counts.add(t, FIELD_WEIGHTS.title)
  const bodyTerms = termsOf(bodyWords, content, language)
  for (let i = 0; i < bodyTerms.length; i++) {
    counts.add(bodyTerms[i] ?? '', i < LEAD_WORDS ? FIELD_WEIGHTS.lead : FIELD_WEIGHTS.body)
  }
  for (const c of doc.categories ?? []) {
    for (const t of tokenize(c, language)) counts.add(t, FIELD_WEIGHTS.body)
  }
  const terms: string[] = []
  const weights: number[] = []
  for (let k = 0; k < counts.terms.length; k++) {
    const t = counts.terms[k] as string
    const c = counts.sums[k] as number
    const w = c > 1 ? 1 + Math.log(c) : c
    terms.push(t)
    weights.push(isNumberTerm(t) ? w * (isAmountTerm(t) ? AMOUNT_WEIGHT : NUMBER_WEIGHT) : w)
  }
  for (const e of [...details.entities, ...details.names]) {
    terms.push(e.key)
    weights.push(ENTITY_WEIGHT * (1 + Math.log(e.mentions)))
  }
  const words = titleWords.concat(bodyWords)
  const shingles = shingleHashes(words)
  return {
    id: doc.id,
    title,
    published: parsePublished(doc.published),
    source: doc.source ?? null,
    url: doc.url ? canonicalLink(doc.url) : null,
    terms: heaviest(terms, weights, MAX_TERMS),
    entities: details.entities,
    names: details.names,
    salient: [
      ...salientKeys(details.entities, details.names),
      ...salientNumbers(counts, SALIENT_NUMBERS),
    ],
    years: datingYears(titleTerms, bodyTerms, doc.url ?? null, parsePublished(doc.published)),
    aliases: details.aliases,
    minhash: minhashOfShingles(shingles),
    phrases: phraseKeys(shingles, content),
    quotes: extractQuotes(text),
    links: extractLinks(text, doc.links ?? [], doc.url ?? null),
    length: titleTerms.length + bodyTerms.length,
    language,
  }
}

/** Field-weighted term counts, terms in order of first sight (one lookup for a repeat). */
class TermCounts {
  readonly terms: string[] = []
  readonly sums: number[] = []
  private readonly slot = new Map<string, number>()

  add(term: string, weight: number): void {
    const k = this.slot.get(term)
    if (k === undefined) {
      this.slot.set(term, this.terms.length)
      this.terms.push(term)
      this.sums.push(weight)
    } else this.sums[k] = (this.sums[k] as number) + weight
  }
}

/**
 * Features with bare surnames and organisation aliases resolved by what the store knows
 * (`Rutte` becomes `person:mark-rutte` once the store has seen Mark Rutte). Features can so be
 * computed anywhere (in parallel, before the index exists) and resolved when they are assigned.
 * Returns `f` itself when nothing changes; resolving twice changes nothing more.
 */
export function resolveWithRegistry(f: EntryFeatures, registry: EntityRegistry): EntryFeatures {
  const renames = new Map<string, Entity>()
  // a bare surname's context: the entry's entities other than bare names
  const context: string[] = []
  for (const e of f.entities) {
    if (!e.inferred && (e.kind !== 'person' || e.name.includes(' '))) context.push(e.key)
  }
  for (const e of f.entities) {
    if (e.kind === 'person') renamePerson(renames, registry, e.key, e.name, e.mentions, context)
    else if (e.kind === 'organization') {
      const known = registry.organizationAlias(e.key)
      if (known && known.key !== e.key) {
        renames.set(e.key, {
          kind: 'organization',
          key: known.key,
          name: known.name,
          mentions: e.mentions,
        })
      }
    }
  }
  for (const n of f.names) renamePerson(renames, registry, n.key, n.name, n.mentions, context)
  if (renames.size === 0) return f
  const entities = new Map<string, Entity>()
  // keys the text names itself (a renamed bare surname is only inferred)
  const named = new Set<string>()
  for (const e of f.entities) {
    const target = renames.get(e.key) ?? e
    if (target === e && !e.inferred) named.add(e.key)
    const seen = entities.get(target.key)
    if (seen) seen.mentions += e.mentions
    else entities.set(target.key, { ...target, mentions: e.mentions })
  }
  for (const n of f.names) {
    const target = renames.get(n.key)
    if (!target) continue
    const seen = entities.get(target.key)
    if (seen) seen.mentions += n.mentions
    else entities.set(target.key, { ...target, mentions: n.mentions })
  }
  for (const e of entities.values()) {
    if (named.has(e.key)) delete e.inferred
    else e.inferred = true
  }
  const names = f.names.filter((n) => !renames.has(n.key))
  const merged = [...entities.values()].sort(
    (a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1),
  )
  // term weights of entities follow their (merged) mentions
  const entityWeight = new Map<string, number>()
  for (const e of [...merged, ...names]) {
    entityWeight.set(e.key, ENTITY_WEIGHT * (1 + Math.log(e.mentions)))
  }
  const terms: string[] = []
  const weights: number[] = []
  for (const [t, w] of f.terms) {
    if (renames.has(t) || entityWeight.has(t)) continue
    terms.push(t)
    weights.push(w)
  }
  for (const [t, w] of entityWeight) {
    terms.push(t)
    weights.push(w)
  }
  const salient = [...new Set(f.salient.map((k) => renames.get(k)?.key ?? k))]
  return { ...f, entities: merged, names, terms: heaviest(terms, weights, MAX_TERMS), salient }
}

/** A bare surname the registry knows as one person's becomes that person (in `renames`). */
function renamePerson(
  renames: Map<string, Entity>,
  registry: EntityRegistry,
  key: string,
  name: string,
  mentions: number,
  context: readonly string[],
): void {
  if (name.includes(' ')) return
  const word = name.toLowerCase().replace(/\./g, '')
  if (!mayBeSurname(key, word)) return
  const known = registry.personBySurname(word, context)
  if (known && known.key !== key) {
    renames.set(key, { kind: 'person', key: known.key, name: known.name, mentions })
  }
}

const heaviestKeys = new PackedKeys(1024)

/**
 * The `limit` heaviest [term, weight] pairs, heaviest first; equal weights keep their order.
 * A native integer sort of packed keys (weight in micro-units, position in the low 16 bits).
 */
function heaviest(terms: string[], weights: number[], limit: number): [string, number][] {
  const n = Math.min(terms.length, 65536)
  const keys = heaviestKeys
  keys.reserve(n)
  for (let i = 0; i < n; i++) keys.set(i, Math.round((weights[i] ?? 0) * 1e6) * 65536 + (65535 - i))
  keys.sort(n)
  const out: [string, number][] = []
  for (let k = n - 1; k >= 0 && out.length < limit; k--) {
    const i = 65535 - (keys.low(k) % 65536)
    out.push([terms[i] ?? '', weights[i] ?? 0])
  }
  return out
}

/** The main actors of an entry: its most mentioned entities and names, ties by key. */
export function salientKeys(
  entities: readonly { key: string; mentions: number }[],
  names: readonly { key: string; mentions: number }[],
): string[] {
  return [...entities, ...names]
    .filter((e) => e.mentions >= SALIENT_MIN_MENTIONS)
    .sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, SALIENT_ENTITIES)
    .map((e) => e.key)
}

/** The numbers and dates an entry repeats (field-weighted count of two or more: a title counts 2.5). */
function salientNumbers(counts: TermCounts, limit: number): string[] {
  const repeated: [string, number][] = []
  for (let k = 0; k < counts.terms.length; k++) {
    const t = counts.terms[k] as string
    const c = counts.sums[k] as number
    if (c >= 2 && isNumberTerm(t)) repeated.push([t, c])
  }
  return repeated
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([t]) => t)
}

/**
 * Years in the title, the lead and the URL's path, ascending (see EntryFeatures.years). When the
 * entry has a publication date, a year after the next one does not date it: it is a target ("net
 * zero by 2050") or a typo ("2088"), not when the report was written.
 */
function datingYears(
  titleTerms: string[],
  bodyTerms: string[],
  url: string | null,
  published: number | null,
): string[] {
  const years = new Set<string>()
  for (const t of titleTerms) if (isYearTerm(t)) years.add(t)
  for (let i = 0; i < Math.min(LEAD_WORDS, bodyTerms.length); i++) {
    const t = bodyTerms[i] ?? ''
    if (isYearTerm(t)) years.add(t)
  }
  if (url) {
    let path = ''
    try {
      path = new URL(url).pathname
    } catch {
      // not a URL: no years from it
    }
    for (const m of path.matchAll(/(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])/g)) years.add(m[1] ?? '')
  }
  const latest = published === null ? Infinity : new Date(published).getUTCFullYear() + 1
  return [...years].filter((y) => Number(y) <= latest).sort()
}

/**
 * Below this, an epoch number is taken as seconds, not milliseconds: as milliseconds it would be a
 * date in 1970–1973, which no news entry has, and as seconds it is any date up to the year 5138.
 */
const EPOCH_SECONDS_BELOW = 1e11

const EPOCH_STRING = /^\s*-?\d{9,}(?:\.\d+)?\s*$/

/** Epoch milliseconds of a date string or number; null when missing or unparseable. */
export function parsePublished(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null
  // an epoch as a string ("1700000000"), as some exports write timestamps
  if (typeof value === 'string' && EPOCH_STRING.test(value)) value = Number(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null
    return Math.abs(value) < EPOCH_SECONDS_BELOW ? value * 1000 : value
  }
  const ms = Date.parse(value)
  return Number.isFinite(ms) ? ms : null
}

const QUOTE = /[“"«]([^“”"«»\n]{20,600})[”"»]|``((?:[^`'\n]|'(?!')){20,600})''/g

/** Quoted passages of five words or more, as lower-case words (at most 30 words each). */
export function extractQuotes(text: string): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const m of text.matchAll(QUOTE)) {
    const words = rawTokens(m[1] ?? m[2] ?? '')
    if (words.length < 5) continue
    const q = words.slice(0, 30).join(' ')
    if (seen.has(q)) continue
    seen.add(q)
    out.push(q)
    if (out.length >= MAX_QUOTES) break
  }
  return out
}

/** Words per quote shingle: two quotes are "the same" when they share this many words in a row. */
export const QUOTE_SHINGLE = 5

/** Hashes of the five-word windows of a normalised quote (one hash for a shorter quote). */
export function quoteKeys(quote: string): number[] {
  const words = quote.split(' ')
  const keys: number[] = []
  const count = Math.max(1, words.length - QUOTE_SHINGLE + 1)
  for (let i = 0; i < count; i++) {
    keys.push(fmix32(murmur32(words.slice(i, i + QUOTE_SHINGLE).join(' ')) ^ 0x5bd1e995))
  }
  return keys
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'()]+/g
const TRACKING_PARAM =
  /^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|ref_src$|cmpid$|ncid$|ocid$|sr_share$)/

/**
 * A URL in canonical form for comparison: lower-case host without "www.", no fragment, no
 * tracking parameters, no trailing slash. Null for unparseable URLs and for home pages.
 */
export function canonicalLink(url: string): string | null {
  let u: URL
  try {
    u = new URL(url.trim())
  } catch {
    return null
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null
  const host = u.hostname.toLowerCase().replace(/^www\./, '')
  const path = u.pathname.replace(/\/+$/, '')
  if (path === '') return null
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING_PARAM.test(k.toLowerCase()))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : ''
  return `${host}${path}${query}`
}

function extractLinks(text: string, links: readonly string[], self: string | null): string[] {
  const own = self ? canonicalLink(self) : null
  const out = new Set<string>()
  const add = (raw: string): void => {
    const c = canonicalLink(raw.replace(/[.,;:!?]+$/, ''))
    if (c && c !== own && out.size < MAX_LINKS) out.add(c)
  }
  for (const l of links) add(l)
  if (text.includes('http')) for (const m of text.matchAll(URL_IN_TEXT)) add(m[0])
  return [...out].sort()
}
