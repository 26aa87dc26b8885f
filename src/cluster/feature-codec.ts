/**
 * @module feature-codec
 * A compact form of {@link EntryFeatures} for handing batches from feature workers to the thread
 * that assigns: the numbers in one Float64Array (transferred, not copied) and the strings in two
 * arrays, with words, entity keys and names sent once per worker and referred to by number
 * afterwards. Structured cloning plain features costs about as much as computing them (hundreds
 * of small arrays and strings per entry, on both threads); decoded features also share one string
 * object per word, which the index then hashes once.
 *
 * An encoder and its decoder keep a vocabulary between batches, so a decoder must decode the
 * batches of its encoder in the order they were encoded. Decoding gives features deep-equal to
 * the encoded ones, keys in the same order.
 */

import type { EntryFeatures } from './entry-features.js'
import type { Entity, EntityKind, NameMention } from './extract-entities.js'
import { type Language, LANGUAGES } from './language-of-words.js'
import { attachTermCodes, TermTable } from './term-table.js'

/** One batch of features in compact form (structured-clone friendly). */
export interface EncodedFeatures {
  /** entries in the batch */
  count: number
  /** vocabulary strings new to the decoder, numbered on from the decoder's last */
  words: string[]
  /** strings of these entries only (ids, titles, sources, URLs, quotes, links), in reading order */
  texts: string[]
  /** everything else, in reading order; `numbers.buffer` can be transferred */
  numbers: Float64Array<ArrayBuffer>
}

const KINDS: readonly EntityKind[] = ['person', 'organization', 'place']

const HAS_PUBLISHED = 1
const HAS_SOURCE = 2
const HAS_URL = 4

/** Encodes batches for one {@link FeatureDecoder}. */
export class FeatureEncoder {
  private readonly vocabulary = new TermTable()
  private words: string[] = []
  private texts: string[] = []
  private numbers = new Float64Array(4096)
  private size = 0

  encode(batch: readonly EntryFeatures[]): EncodedFeatures {
    this.words = []
    this.texts = []
    this.size = 0
    for (const f of batch) this.entry(f)
    const out: EncodedFeatures = {
      count: batch.length,
      words: this.words,
      texts: this.texts,
      numbers: this.numbers.slice(0, this.size),
    }
    this.words = []
    this.texts = []
    return out
  }

  private entry(f: EntryFeatures): void {
    this.texts.push(f.id, f.title)
    if (f.source !== null) this.texts.push(f.source)
    if (f.url !== null) this.texts.push(f.url)
    this.push(
      (f.published !== null ? HAS_PUBLISHED : 0) |
        (f.source !== null ? HAS_SOURCE : 0) |
        (f.url !== null ? HAS_URL : 0),
    )
    this.push(f.published ?? 0)
    this.push(f.length)
    this.push(LANGUAGES.indexOf(f.language))
    this.push(f.terms.length)
    for (const [term, weight] of f.terms) {
      this.push(this.word(term))
      this.push(weight)
    }
    this.push(f.entities.length)
    for (const e of f.entities) {
      this.push(KINDS.indexOf(e.kind))
      this.push(this.word(e.key))
      this.push(this.word(e.name))
      this.push(e.mentions)
    }
    this.push(f.names.length)
    for (const n of f.names) {
      this.push(this.word(n.key))
      this.push(this.word(n.name))
      this.push(n.mentions)
    }
    this.wordList(f.salient)
    this.wordList(f.years)
    this.push(f.aliases.length)
    for (const [from, to] of f.aliases) {
      this.push(this.word(from))
      this.push(this.word(to))
    }
    this.numberList(f.minhash)
    this.numberList(f.phrases)
    this.push(f.quotes.length)
    for (const q of f.quotes) this.texts.push(q)
    this.push(f.links.length)
    for (const l of f.links) this.texts.push(l)
  }

  private word(s: string): number {
    const known = this.vocabulary.names.length
    const n = this.vocabulary.id(s)
    if (n === known) this.words.push(s)
    return n
  }

  private wordList(list: readonly string[]): void {
    this.push(list.length)
    for (const s of list) this.push(this.word(s))
  }

  private numberList(list: readonly number[]): void {
    this.push(list.length)
    for (const x of list) this.push(x)
  }

  private push(x: number): void {
    if (this.size === this.numbers.length) {
      const grown = new Float64Array(this.numbers.length * 2)
      grown.set(this.numbers)
      this.numbers = grown
    }
    this.numbers[this.size++] = x
  }
}

/** Decodes the batches of one {@link FeatureEncoder}, in the order they were encoded. */
export class FeatureDecoder {
  private readonly vocabulary: string[] = []
  private numbers: Float64Array = new Float64Array(0)
  private at = 0
  private texts: string[] = []
  private text = 0

  decode(batch: EncodedFeatures): EntryFeatures[] {
    for (const w of batch.words) this.vocabulary.push(w)
    this.numbers = batch.numbers
    this.at = 0
    this.texts = batch.texts
    this.text = 0
    const out: EntryFeatures[] = []
    for (let i = 0; i < batch.count; i++) out.push(this.entry())
    this.numbers = new Float64Array(0)
    this.texts = []
    return out
  }

  private entry(): EntryFeatures {
    const id = this.nextText()
    const title = this.nextText()
    const flags = this.next()
    const source = flags & HAS_SOURCE ? this.nextText() : null
    const url = flags & HAS_URL ? this.nextText() : null
    const published = this.next()
    const length = this.next()
    const language = LANGUAGES[this.next()] as Language
    const terms: [string, number][] = []
    const codes = new Int32Array(this.next())
    for (let i = 0; i < codes.length; i++) {
      const code = this.next()
      codes[i] = code
      terms.push([this.vocabulary[code] as string, this.next()])
    }
    attachTermCodes(terms, { space: this, codes })
    const entities: Entity[] = []
    for (let n = this.next(); n > 0; n--) {
      const kind = KINDS[this.next()] as EntityKind
      entities.push({ kind, key: this.nextWord(), name: this.nextWord(), mentions: this.next() })
    }
    const names: NameMention[] = []
    for (let n = this.next(); n > 0; n--) {
      names.push({ key: this.nextWord(), name: this.nextWord(), mentions: this.next() })
    }
    const salient = this.wordList()
    const years = this.wordList()
    const aliases: [string, string][] = []
    for (let n = this.next(); n > 0; n--) aliases.push([this.nextWord(), this.nextWord()])
    const minhash = this.numberList()
    const phrases = this.numberList()
    const quotes = this.textList()
    const links = this.textList()
    return {
      id,
      title,
      published: flags & HAS_PUBLISHED ? published : null,
      source,
      url,
      terms,
      entities,
      names,
      salient,
      years,
      aliases,
      minhash,
      phrases,
      quotes,
      links,
      length,
      language,
    }
  }

  private next(): number {
    return this.numbers[this.at++] as number
  }

  private nextWord(): string {
    return this.vocabulary[this.next()] as string
  }

  private nextText(): string {
    return this.texts[this.text++] as string
  }

  private wordList(): string[] {
    const list: string[] = []
    for (let n = this.next(); n > 0; n--) list.push(this.nextWord())
    return list
  }

  private numberList(): number[] {
    const list: number[] = []
    for (let n = this.next(); n > 0; n--) list.push(this.next())
    return list
  }

  private textList(): string[] {
    const list: string[] = []
    for (let n = this.next(); n > 0; n--) list.push(this.nextText())
    return list
  }
}
