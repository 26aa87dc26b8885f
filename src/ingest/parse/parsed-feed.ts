/**
 * @module parsed-feed
 * The one model every feed format is adapted to. Its JSON form (dates as ISO strings) is the stable
 * output of `broadsheet parse`, so fields are only ever added, never renamed.
 */
export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json'

export interface ParsedEnclosure {
  url: string
  type: string | null
  length: number | null
}

export interface ParsedItem {
  /** guid / atom:id / JSON Feed id, as given; null when the feed has none */
  id: string | null
  title: string | null
  /** absolute URL */
  link: string | null
  published: Date | null
  updated: Date | null
  authors: string[]
  /** sanitised HTML */
  summary: string | null
  /** sanitised HTML */
  content: string | null
  categories: string[]
  enclosures: ParsedEnclosure[]
  /** absolute URL of the item's image (media:content, media:thumbnail, itunes:image, image enclosure) */
  image: string | null
}

export interface ParsedFeed {
  format: FeedFormat
  title: string | null
  link: string | null
  description: string | null
  language: string | null
  /** non-fatal problems, e.g. "xml: recovered from mismatched tag </p>"; the feed is flagged with them */
  warnings: string[]
  items: ParsedItem[]
  /** scheduling hints found in the document (RSS ttl, sy:updatePeriod/Frequency) */
  hints: { ttlMinutes: number | null; updatePeriodMinutes: number | null }
}
