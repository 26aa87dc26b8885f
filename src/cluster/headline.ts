/**
 * @module headline
 * A story's headline, chosen from its members' titles (pure): the most representative title,
 * i.e. the one whose words are closest to the story's centroid, not simply the first to arrive.
 * Titles that are not headlines (a bare date, a one-word label, a shouted all-caps line, a whole
 * paragraph) are passed over while a real one exists.
 */

import type { Language } from './language-of-words.js'
import { tokenize } from './tokenize.js'

/** What headline choice needs from a member (an `EntryFeatures` fits). */
export interface HeadlineCandidate {
  id: string
  title: string
  /** [term, weight] of the whole entry, as in entry features */
  terms: readonly (readonly [string, number])[]
  published: number | null
  /** the language the terms were stemmed in, and the title is read in (English by default) */
  language?: Language
}

export interface HeadlineChoice {
  id: string
  title: string
  /** similarity of the title to the story centroid, after the shape penalty */
  score: number
}

/** A multiplier in (0, 1] for titles that do not look like headlines. */
export function headlineShape(title: string): number {
  const t = title.trim()
  const words = t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))
  if (words.length === 0) return 0
  let shape = 1
  if (words.length < 4) shape *= 0.4
  else if (words.length > 22) shape *= 0.6
  const letters = t.replace(/[^\p{L}]/gu, '')
  if (letters.length > 8 && letters === letters.toUpperCase()) shape *= 0.5
  if (letters.length < words.length * 2) shape *= 0.3 // mostly numbers: a date or a score line
  if (/[.!?]\s+\p{Lu}/u.test(t)) shape *= 0.7 // two sentences: a lead, not a headline
  return shape
}

/**
 * The member whose title best represents the story. The centroid is the mean of the members'
 * unit term vectors, with terms weighted by how many members use them (a story's own idf would
 * reward words only one member uses). Ties go to the earlier publication, then the lower id.
 * A story told in several languages takes its headline from a member in the `readerLanguage`
 * (English by default) when it has one: the French and English editions of one report are
 * headlined in English for an English reader.
 */
export function chooseHeadline(
  members: readonly HeadlineCandidate[],
  readerLanguage: Language = 'en',
): HeadlineChoice | null {
  if (members.length === 0) return null
  const inReaderLanguage = members.some((m) => (m.language ?? 'en') === readerLanguage)
  const centroid = new Map<string, number>()
  for (const m of members) {
    let norm = 0
    for (const [, w] of m.terms) norm += w * w
    norm = Math.sqrt(norm) || 1
    for (const [t, w] of m.terms) {
      if (t.includes(':')) continue
      centroid.set(t, (centroid.get(t) ?? 0) + w / norm)
    }
  }
  let best: (HeadlineChoice & { published: number | null }) | null = null
  for (const m of members) {
    if (inReaderLanguage && (m.language ?? 'en') !== readerLanguage) continue
    const words = [...new Set(tokenize(m.title, m.language))]
    let dot = 0
    for (const w of words) dot += centroid.get(w) ?? 0
    const similarity = words.length === 0 ? 0 : dot / (members.length * Math.sqrt(words.length))
    const score = Math.round(similarity * headlineShape(m.title) * 1e6) / 1e6
    const better =
      best === null ||
      score > best.score ||
      (score === best.score && earlier(m.published, best.published)) ||
      (score === best.score && m.published === best.published && m.id < best.id)
    if (better) best = { id: m.id, title: m.title.trim(), score, published: m.published }
  }
  if (!best) return null
  return { id: best.id, title: best.title, score: best.score }
}

function earlier(a: number | null, b: number | null): boolean {
  if (a === null) return false
  if (b === null) return true
  return a < b
}
