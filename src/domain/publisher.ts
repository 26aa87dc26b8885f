/** @module publisher An outlet (Euronews, Washington Examiner): it has feeds, entries are attributed to it. */
import type { PublisherId } from './ids.js'

export interface Publisher {
  id: PublisherId
  slug: string
  name: string
  homepageUrl: string | null
  country: string | null
  language: string | null
  iconUrl: string | null
}

export type NewPublisher = Omit<Publisher, 'id'>

/** A URL-safe slug from a name or host: "The Northbridge Herald" → "the-northbridge-herald". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return slug || 'publisher'
}
