/** @module feed One RSS/Atom/RDF/JSON Feed URL of a publisher, with its fetch state and health. */
import type { FeedId, PublisherId } from './ids.js'

export type FullTextMode = 'auto' | 'always' | 'never'

/** Per-feed overrides; absent keys fall back to the instance configuration. */
export interface FeedSettings {
  minIntervalSeconds?: number
  maxIntervalSeconds?: number
  fullText?: FullTextMode
}

export interface Feed {
  id: FeedId
  publisherId: PublisherId
  url: string
  title: string | null
  siteUrl: string | null
  format: string | null
  folder: string | null
  etag: string | null
  lastModified: string | null
  nextCheckAt: Date
  lastCheckedAt: Date | null
  lastSuccessAt: Date | null
  consecutiveErrors: number
  lastErrorReason: string | null
  lastErrorMessage: string | null
  lastErrorAt: Date | null
  warnings: string[]
  settings: FeedSettings
  entryCount: number
  /** mean gap between the feed's entries, from the last successful parse */
  averageEntryIntervalSeconds: number | null
  fullTextAttempts: number
  fullTextFailures: number
  lastFullTextError: string | null
  createdAt: Date
}

/** A feed's health in one word, for listings. */
export function feedStatus(
  feed: Pick<Feed, 'lastCheckedAt' | 'consecutiveErrors' | 'warnings'>,
): 'new' | 'ok' | 'warning' | 'failing' {
  if (feed.consecutiveErrors > 0) return 'failing'
  if (feed.lastCheckedAt === null) return 'new'
  return feed.warnings.length > 0 ? 'warning' : 'ok'
}
