/**
 * @module format
 * Words and numbers as the reader sees them (pure; `now` is passed in): relative times, clock times,
 * counts with their noun, country names.
 */

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

/** "just now", "12 min ago", "3 h ago", "yesterday", "4 days ago", then a date. */
export function relativeTime(then: Date, now: Date): string {
  const ago = now.getTime() - then.getTime()
  if (ago < MINUTE_MS) return 'just now'
  if (ago < HOUR_MS) return `${Math.floor(ago / MINUTE_MS)} min ago`
  if (ago < DAY_MS) return `${Math.floor(ago / HOUR_MS)} h ago`
  if (ago < 2 * DAY_MS) return 'yesterday'
  if (ago < 7 * DAY_MS) return `${Math.floor(ago / DAY_MS)} days ago`
  return shortDate(then)
}

/** "09:12" in UTC (the page script shows it in the reader's own time zone). */
export function clockTime(at: Date): string {
  return at.toISOString().slice(11, 16)
}

/** "20 Nov 2026" */
export function shortDate(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at)
}

/** "Friday 20 November 2026" */
export function longDate(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at)
}

/** "20 Nov 2026, 09:12 UTC" */
export function dateTime(at: Date): string {
  return `${shortDate(at)}, ${clockTime(at)} UTC`
}

/** "1 publisher", "5 publishers" */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** ISO 3166-1 alpha-2 → "Belgium"; unknown codes are returned as given. */
export function countryName(code: string | null): string | null {
  if (!code) return null
  try {
    return regionNames.of(code.toUpperCase()) ?? code
  } catch {
    return code
  }
}

/** Up to two initials of a publisher name, skipping "The": "The Capitol Ledger" → "CL". */
export function initialsOf(name: string): string {
  const words = name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => /\p{L}/u.test(w))
  const letters = words.slice(0, 2).map((w) => w.match(/\p{L}/u)?.[0] ?? '')
  return letters.join('').toUpperCase() || '?'
}

/** A stable small integer for a name: picks a colour class for publishers without an icon. */
export function hueIndex(text: string, buckets: number): number {
  let hash = 0
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0
  return hash % buckets
}

/** The kind of an entity in UI words. */
export function entityKindLabel(kind: string): string {
  switch (kind) {
    case 'person':
      return 'Person'
    case 'organization':
      return 'Organisation'
    case 'place':
      return 'Place'
    default:
      return 'Topic'
  }
}

/** Cuts text at a word boundary. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${cut.slice(0, space > max * 0.6 ? space : max).replace(/[\s,.;:–-]+$/, '')}…`
}

/**
 * An error message for readers: without its module prefix ("stories: there is no story 9" →
 * "There is no story 9"); messages that start with a URL or a quote keep their case.
 */
export function readerMessage(message: string): string {
  const text = message.replace(/^[a-z][a-z-]*: /, '')
  return /^[a-z]/.test(text) && !/^https?:/.test(text)
    ? text[0]!.toUpperCase() + text.slice(1)
    : text
}
