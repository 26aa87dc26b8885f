/** @module entry One article as received from a feed, stored once per feed. */
import type { EntryId, FeedId, PublisherId } from './ids.js'

/** What normalisation produces from a parsed item, before it has an ID. */
export interface NewEntry {
  identityKey: string
  guid: string | null
  url: string | null
  canonicalUrl: string | null
  title: string
  authors: string[]
  publishedAt: Date | null
  updatedAt: Date | null
  summaryHtml: string | null
  contentHtml: string | null
  plainText: string
  language: string | null
  imageUrl: string | null
  categories: string[]
  contentFingerprint: string
  hasFullText: boolean
}

export interface Entry extends NewEntry {
  id: EntryId
  feedId: FeedId
  publisherId: PublisherId
  firstSeenAt: Date
  lastSeenAt: Date
  /** publishedAt when known and not in the future, else firstSeenAt */
  sortAt: Date
}
