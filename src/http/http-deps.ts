/**
 * @module http-deps
 * Everything the HTTP edge needs, built by app.ts and passed in as plain objects. `http/` never
 * constructs a database, fetcher or clock itself, and imports `db/` for types only.
 */
import type { ReaderStore } from '../db/reader-store.js'
import type { Fetcher } from '../ingest/fetch/fetcher.js'
import type { Clock } from '../lib/clock.js'
import type { Logger } from '../lib/logger.js'
import type { SearchIndex } from '../search/search-index.js'
import type { OperatorPageAccess } from './middleware/loopback-only.js'

export interface HttpDeps {
  /** the read queries of every page (`createReaderStore(db, dialect)`) */
  reader: ReaderStore
  /** full-text search (`createSearchIndex(db, dialect)`) */
  search: SearchIndex
  clock: Clock
  logger: Logger
  config: {
    /** public URL of the instance, no trailing slash (config.http.baseUrl): Open Graph URLs */
    baseUrl: string
    /** shown in the masthead, titles and the web app manifest */
    instanceName: string
    /**
     * HMAC key that signs `/img` URLs so the image proxy only fetches URLs the pages emitted. When
     * absent a random key is made at start-up (image URLs then change on restart, which is harmless).
     */
    imageSigningKey?: string
    /**
     * who may open the operator page (config.http.operatorPage, see `middleware/loopback-only.ts`);
     * `local` when absent
     */
    operatorPage?: OperatorPageAccess
  }
  /** the operator page's "add a feed" form (`services.addFeed`; its AddFeedResult fits this) */
  addFeed(input: {
    url: string
    publisherName?: string | null
    folder?: string | null
  }): Promise<AddedFeed>
  /** the fetcher (with its SSRF guard) the image proxy fetches publisher icons and images with */
  imageFetcher: Fetcher
}

/** What the operator page shows of a feed it added (a subset of ingest's AddFeedResult). */
export interface AddedFeed {
  created: boolean
  /** the page the feed was discovered on, when the URL given was not a feed */
  discoveredFrom: string | null
  feed: { url: string; title: string | null }
  publisher: { name: string }
}
