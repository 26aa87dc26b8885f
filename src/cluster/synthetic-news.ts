/**
 * @module synthetic-news
 * A seeded generator of synthetic news entries for benchmarks: events with their own people,
 * places, organisations, numbers and vocabulary, each reported by several outlets over a few
 * hours in 200-400 words, with some wire copies, over a steady stream of time. Not realistic
 * prose, but realistic in the shapes clustering cares about (Zipfian vocabulary, names repeated
 * by surname, numbers, copies, bursts).
 */

import type { ClusterInputDoc } from './entry-features.js'

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = (
  'ka lo mi ra tu sen vor dal pe ri an tos mar el quin bra ve do sul ti ne ga ro fen is ul ' +
  'cor ba del min ort pas ler hu zan gri pol nev sta mon cal tri ven sor'
).split(' ')

function word(rand: () => number, syllables: number): string {
  let w = ''
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)] ?? 'a'
  return w
}

function capital(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1)
}

export interface SyntheticOptions {
  seed: number
  /** entries per hour of stream time */
  perHour: number
  /** mean entries per event (geometric) */
  meanEventSize: number
  /** share of entries that are wire copies of an earlier entry of the same event */
  copyShare: number
  start: number
}

export const DEFAULT_SYNTHETIC: SyntheticOptions = {
  seed: 1,
  perHour: 150,
  meanEventSize: 6,
  copyShare: 0.1,
  start: Date.UTC(2025, 0, 1),
}

interface Event {
  id: number
  people: [string, string][]
  places: string[]
  org: string
  words: string[]
  numbers: string[]
  remaining: number
  texts: string[]
}

/**
 * An endless stream of synthetic entries, in time order; `event` is the gold story of each. Use
 * a generator so large benchmarks never hold every text at once.
 */
export function* syntheticNews(
  options: Partial<SyntheticOptions> = {},
): Generator<ClusterInputDoc & { event: number }> {
  const o = { ...DEFAULT_SYNTHETIC, ...options }
  const rand = seededRandom(o.seed)
  const generic = Array.from({ length: 6000 }, () => word(rand, 2 + Math.floor(rand() * 2)))
  const firstNames = Array.from({ length: 800 }, () => capital(word(rand, 2)))
  const surnames = Array.from({ length: 5000 }, () => capital(word(rand, 3)))
  const placeNames = Array.from({ length: 1500 }, () =>
    capital(word(rand, 2 + Math.floor(rand() * 2))),
  )
  const zipf = (n: number): number =>
    Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1)) - 1))
  const open: Event[] = []
  let nextEvent = 0
  let n = 0
  const newEvent = (): Event => ({
    id: nextEvent++,
    people: Array.from({ length: 2 + Math.floor(rand() * 2) }, (): [string, string] => [
      firstNames[Math.floor(rand() * firstNames.length)] ?? 'Ana',
      surnames[Math.floor(rand() * surnames.length)] ?? 'Lopez',
    ]),
    places: Array.from(
      { length: 1 + Math.floor(rand() * 2) },
      () => placeNames[zipf(placeNames.length)] ?? 'Paris',
    ),
    org: `${capital(word(rand, 2))} ${['Council', 'Bank', 'Party', 'Agency', 'Group'][Math.floor(rand() * 5)]}`,
    words: Array.from({ length: 12 }, () => generic[200 + Math.floor(rand() * 3000)] ?? 'news'),
    numbers: [
      String(10 + Math.floor(rand() * 990)),
      `${1 + Math.floor(rand() * 9)}.${Math.floor(rand() * 10)}`,
    ],
    remaining: 1 + Math.floor(-Math.log(1 - rand()) * (o.meanEventSize - 1)),
    texts: [],
  })
  for (;;) {
    if (open.length < 20 || rand() < 1 / o.meanEventSize) open.push(newEvent())
    const k = Math.floor(rand() * open.length)
    const e = open[k] as Event
    const published = o.start + Math.floor((n / o.perHour) * 3_600_000 + rand() * 600_000)
    let title: string
    let text: string
    const copied = e.texts.length > 0 && rand() < o.copyShare
    if (copied) {
      const original = e.texts[Math.floor(rand() * e.texts.length)] ?? ''
      title = `${capital(e.words[0] ?? '')} ${e.people[0]?.[1] ?? ''} ${e.words[1] ?? ''}`
      text = `${capital(generic[Math.floor(rand() * 50)] ?? '')} - ${original}`
    } else {
      const [first, last] = e.people[0] ?? ['Ana', 'Lopez']
      title = `${first} ${last} ${e.words[Math.floor(rand() * 4)] ?? ''} ${e.words[4 + Math.floor(rand() * 4)] ?? ''} in ${e.places[0] ?? ''}`
      const sentences: string[] = []
      const target = 200 + Math.floor(rand() * 200)
      let words = 0
      let mentioned = false
      while (words < target) {
        const parts: string[] = []
        const len = 12 + Math.floor(rand() * 10)
        for (let i = 0; i < len; i++) {
          const r = rand()
          if (r < 0.22) parts.push(e.words[Math.floor(rand() * e.words.length)] ?? '')
          else parts.push(generic[zipf(generic.length)] ?? '')
        }
        const person = e.people[Math.floor(rand() * e.people.length)] ?? ['Ana', 'Lopez']
        parts.splice(
          1 + Math.floor(rand() * 4),
          0,
          mentioned ? person[1] : `${person[0]} ${person[1]}`,
        )
        mentioned = true
        if (rand() < 0.5) parts.push('in', e.places[Math.floor(rand() * e.places.length)] ?? '')
        if (rand() < 0.3) parts.push('of the', e.org)
        if (rand() < 0.3) parts.push(e.numbers[Math.floor(rand() * 2)] ?? '')
        words += parts.length
        sentences.push(`${capital(parts.join(' '))}.`)
      }
      text = sentences.join(' ')
      e.texts.push(text)
    }
    e.remaining--
    if (e.remaining <= 0) open.splice(k, 1)
    yield {
      id: `n${n}`,
      title,
      text,
      published,
      source: `outlet-${Math.floor(rand() * 60)}`,
      event: e.id,
    }
    n++
  }
}
