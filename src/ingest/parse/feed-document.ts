/**
 * @module feed-document
 * The half-way model between a format's wire types and `ParsedFeed`. Each format adapter gathers the
 * raw values it finds, in order of preference (`ItemDraft`); `toDocumentItem` then applies the rules
 * shared by every format: first usable candidate wins, URLs made absolute, dates parsed, titles made
 * plain text, authors and categories de-duplicated, an image chosen. Summary and content stay raw
 * HTML here; `parseFeed` sanitises them.
 */
import { parseDate } from './parse-date.js'
import type { ParsedEnclosure, ParsedFeed, ParsedItem } from './parsed-feed.js'
import { collapseWhitespace, toPlainText } from './plain-text.js'
import { resolveUrl } from './resolve-url.js'

/** An item before sanitising: summary and content are the feed's own HTML. */
export interface DocumentItem extends ParsedItem {
  /** base URL for relative URLs inside `summary` (xml:base, else the item's base) */
  summaryBaseUrl: string | null
  /** base URL for relative URLs inside `content` */
  contentBaseUrl: string | null
}

/** A parsed feed before sanitising; what `parseFeedDocument` returns. */
export interface FeedDocument extends Omit<ParsedFeed, 'items'> {
  items: DocumentItem[]
}

/** A text as found: `html` may hold markup and entities, `text` is plain already. */
export type DraftText = { kind: 'html' | 'text'; value: string | undefined }

export interface DraftEnclosure {
  url: string | undefined
  type: string | undefined
  length: number | undefined
}

/** Raw values an adapter found for one item; every list is in order of preference. */
export interface ItemDraft {
  id: string | undefined
  titles: DraftText[]
  links: Array<string | undefined>
  published: Array<string | undefined>
  updated: Array<string | undefined>
  authors: Array<string | undefined>
  /** HTML */
  summaries: Array<string | undefined>
  /** HTML */
  contents: Array<string | undefined>
  categories: Array<string | undefined>
  enclosures: DraftEnclosure[]
  images: Array<string | undefined>
  /** absolute base for this item's URLs */
  baseUrl: string | null
  summaryBaseUrl?: string | null
  contentBaseUrl?: string | null
}

const imageExtension = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i

/** Applies the shared rules to one item draft. */
export function toDocumentItem(draft: ItemDraft): DocumentItem {
  const enclosures = toEnclosures(draft.enclosures, draft.baseUrl)
  const summary = firstText(draft.summaries)
  const content = firstText(draft.contents)
  return {
    id: draft.id?.trim() || null,
    title: firstTitle(draft.titles),
    link: firstUrl(draft.links, draft.baseUrl),
    published: firstDate(draft.published),
    updated: firstDate(draft.updated),
    authors: uniqueTexts(draft.authors),
    summary,
    content,
    categories: uniqueTexts(draft.categories),
    enclosures,
    image: firstUrl(draft.images, draft.baseUrl) ?? enclosureImage(enclosures),
    summaryBaseUrl: draft.summaryBaseUrl ?? draft.baseUrl,
    contentBaseUrl: draft.contentBaseUrl ?? draft.baseUrl,
  }
}

/** The first title candidate with visible text, as one line of plain text. */
export function firstTitle(titles: DraftText[]): string | null {
  for (const title of titles) {
    const text = title.kind === 'html' ? toPlainText(title.value) : collapseWhitespace(title.value)
    if (text !== null) return text
  }
  return null
}

/** The first candidate that resolves to an absolute http(s) URL (or a relative one, with no base). */
export function firstUrl(
  candidates: Array<string | undefined>,
  base: string | null,
): string | null {
  for (const candidate of candidates) {
    const url = resolveUrl(candidate, base)
    if (url !== null) return url
  }
  return null
}

function firstDate(candidates: Array<string | undefined>): Date | null {
  for (const candidate of candidates) {
    const date = parseDate(candidate)
    if (date !== null) return date
  }
  return null
}

function firstText(candidates: Array<string | undefined>): string | null {
  for (const candidate of candidates) {
    if (candidate !== undefined && candidate.trim() !== '') return candidate.trim()
  }
  return null
}

/** Plain, trimmed, de-duplicated (case-insensitively) values, in first-seen order. */
export function uniqueTexts(values: Array<string | undefined>): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const value of values) {
    const text = toPlainText(value)
    if (text === null) continue
    const key = text.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    out.push(text)
  }
  return out
}

function toEnclosures(drafts: DraftEnclosure[], base: string | null): ParsedEnclosure[] {
  const out: ParsedEnclosure[] = []
  const seen = new Set<string>()
  for (const draft of drafts) {
    const url = resolveUrl(draft.url, base)
    if (url === null || seen.has(url)) continue
    seen.add(url)
    const length = draft.length
    out.push({
      url,
      type: collapseWhitespace(draft.type),
      length:
        typeof length === 'number' && Number.isSafeInteger(length) && length >= 0 ? length : null,
    })
  }
  return out
}

function enclosureImage(enclosures: ParsedEnclosure[]): string | null {
  for (const enclosure of enclosures) {
    if (
      enclosure.type === null ? imageExtension.test(enclosure.url) : isImageType(enclosure.type)
    ) {
      return enclosure.url
    }
  }
  return null
}

export function isImageType(type: string | null | undefined): boolean {
  return type != null && type.trim().toLowerCase().startsWith('image/')
}

/** Whether a URL looks like an image file, for media elements that do not say. */
export function looksLikeImage(url: string): boolean {
  return imageExtension.test(url)
}

/** Minutes between updates from `sy:updatePeriod` / `sy:updateFrequency`; null when absent. */
export function syndicationMinutes(
  period: string | undefined,
  frequency: number | undefined,
): number | null {
  if (period === undefined && frequency === undefined) return null
  const periodMinutes = periodLengths.get((period ?? 'daily').trim().toLowerCase())
  if (periodMinutes === undefined) return null
  const times =
    frequency !== undefined && Number.isFinite(frequency) && frequency >= 1 ? frequency : 1
  return Math.max(1, Math.round(periodMinutes / times))
}

const periodLengths: ReadonlyMap<string, number> = new Map([
  ['hourly', 60],
  ['daily', 1440],
  ['weekly', 10080],
  ['monthly', 43200],
  ['yearly', 525600],
])

/** Atom `<link>`s that point at the page: no rel, or rel="alternate". */
export function alternateLinks(
  links: Array<{ href?: string; rel?: string }> | undefined,
): Array<string | undefined> {
  return (links ?? [])
    .filter((link) => link.rel === undefined || link.rel === 'alternate')
    .map((link) => link.href)
}

/**
 * The base for an item's relative URLs: the feed's xml:base when it has one, else the feed's own
 * (absolute) link, else the document's URL.
 */
export function itemsBaseUrl(
  xmlBase: string | undefined,
  documentBase: string | null,
  feedLink: string | null,
): string | null {
  if (xmlBase !== undefined) return documentBase
  return feedLink !== null && /^https?:\/\//i.test(feedLink) ? feedLink : documentBase
}

/** A positive whole number of minutes from RSS `<ttl>`; null otherwise. */
export function ttlMinutes(ttl: number | undefined): number | null {
  return ttl !== undefined && Number.isFinite(ttl) && ttl > 0 ? Math.round(ttl) : null
}
