/**
 * @module to-parse-output
 * The JSON form of a parsed feed that `broadsheet parse` prints: every field but `hints`, dates as ISO
 * 8601 UTC strings or null. Pure; the CLI only stringifies it.
 */
import type { ParsedEnclosure, ParsedFeed } from './parsed-feed.js'

export interface ParseOutputItem {
  id: string | null
  title: string | null
  link: string | null
  published: string | null
  updated: string | null
  authors: string[]
  summary: string | null
  content: string | null
  categories: string[]
  enclosures: ParsedEnclosure[]
  image: string | null
}

export interface ParseOutput {
  format: ParsedFeed['format']
  title: string | null
  link: string | null
  description: string | null
  language: string | null
  warnings: string[]
  items: ParseOutputItem[]
}

/**
 * The CLI's JSON object for a parsed feed, with keys in a fixed order.
 * @example JSON.stringify(toParseOutput(parseFeed({ body })))
 */
export function toParseOutput(feed: ParsedFeed): ParseOutput {
  return {
    format: feed.format,
    title: feed.title,
    link: feed.link,
    description: feed.description,
    language: feed.language,
    warnings: [...feed.warnings],
    items: feed.items.map((item) => ({
      id: item.id,
      title: item.title,
      link: item.link,
      published: item.published?.toISOString() ?? null,
      updated: item.updated?.toISOString() ?? null,
      authors: [...item.authors],
      summary: item.summary,
      content: item.content,
      categories: [...item.categories],
      enclosures: item.enclosures.map(({ url, type, length }) => ({ url, type, length })),
      image: item.image,
    })),
  }
}
