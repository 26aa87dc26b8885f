/**
 * @module app
 * The composition root: builds everything from a Config and hands plain service objects to the edges
 * (http/, cli/). The only module that constructs a database, a fetcher, a clock or a logger.
 */
import { hostname } from 'node:os'

import pino from 'pino'

import { CLUSTER_MAX_ATTEMPTS, createStoryClusterer } from './cluster/cluster-entries.js'
import type { Config } from './config/load-config.js'
import { copyDatabase, type CopyProgress } from './db/copy-database.js'
import { createDatabase, type Database } from './db/create-database.js'
import { lockForDecision, writeTransaction } from './db/dialect-helpers.js'
import { createEntryStore } from './db/entry-store.js'
import { createFeedStore } from './db/feed-store.js'
import { createJobStore } from './db/job-store.js'
import { assertSchemaCurrent, migrateDown, migrateToLatest } from './db/migrate.js'
import { createPublisherStore } from './db/publisher-store.js'
import { createReaderStore } from './db/reader-store.js'
import { createStoryStore } from './db/story-store.js'
import { AppError } from './domain/errors.js'
import type { EntryId, FeedId, StoryId } from './domain/ids.js'
import type { NewPublisher } from './domain/publisher.js'
import type { HttpDeps } from './http/http-deps.js'
import { addFeed, REFRESH_JOB, subscribe } from './ingest/add-feed.js'
import type { Fetcher } from './ingest/fetch/fetcher.js'
import { createFetcher } from './ingest/fetch/fetcher.js'
import { parseOpmlFeeds, renderOpml } from './ingest/opml.js'
import { CLUSTER_JOB, clusterJob, refreshFeed, type RefreshOutcome } from './ingest/refresh-feed.js'
import { type Clock, systemClock } from './lib/clock.js'
import type { Logger } from './lib/logger.js'
import { rankStories } from './rank/score-story.js'
import { createSearchIndex } from './search/create-search-index.js'
import { startWorker } from './worker/run-worker.js'

export interface AppOverrides {
  clock?: Clock
  fetcher?: Fetcher
  logger?: Logger
  /** skip the schema check and migrate on start (tests, the demo) */
  migrate?: boolean
  /** run story clustering in workers (default true; the ingest bench turns it off) */
  cluster?: boolean
  /** entries decided per clustering transaction (tests use small chunks to interleave workers) */
  clusterChunkSize?: number
}

export function createLogger(config: Config): Logger {
  return pino(
    { level: config.logLevel, base: { pid: process.pid } },
    pino.destination(2),
  ) as unknown as Logger
}

export function createFetcherFromConfig(config: Config): Fetcher {
  return createFetcher({
    userAgent: config.fetch.userAgent,
    connectTimeoutMs: config.fetch.connectTimeoutMs,
    totalTimeoutMs: config.fetch.totalTimeoutMs,
    maxBodyBytes: config.fetch.maxBodyBytes,
    maxRedirects: config.fetch.maxRedirects,
    concurrency: config.fetch.concurrency,
    perHostConcurrency: config.fetch.perHostConcurrency,
    allowPrivateNetworks: config.fetch.allowPrivateNetworks,
  })
}

export async function createApp(config: Config, overrides: AppOverrides = {}) {
  const clock = overrides.clock ?? systemClock
  const logger = overrides.logger ?? createLogger(config)
  const database: Database = createDatabase(config.databaseUrl)
  try {
    if (overrides.migrate) {
      const result = await migrateToLatest(database.db as never, database.dialect)
      if (result.error) throw result.error
    } else {
      await assertSchemaCurrent(database.db as never, database.dialect)
    }
  } catch (error) {
    await database.close()
    throw error
  }
  const fetcher = overrides.fetcher ?? createFetcherFromConfig(config)
  const stores = {
    publishers: createPublisherStore(database.db),
    feeds: createFeedStore(database.db),
    entries: createEntryStore(database.db),
    jobs: createJobStore(database.db, database.dialect),
    stories: createStoryStore(database.db),
  }
  const clusterer = createStoryClusterer({
    entries: stores.entries,
    stories: stores.stories,
    jobs: stores.jobs,
    decide: (fn) =>
      writeTransaction(database.db, database.dialect, async (trx) => {
        await lockForDecision(trx, database.dialect, 'story-assignment')
        return fn(trx)
      }),
    clock,
    logger,
    windowHours: config.cluster.windowHours,
    vocabularyLimit: config.cluster.vocabularyLimit,
    ...(overrides.clusterChunkSize !== undefined && { chunkSize: overrides.clusterChunkSize }),
  })
  const reader = createReaderStore(database.db, database.dialect)
  const search = createSearchIndex(database.db, database.dialect)
  const refreshDeps = {
    ...stores,
    fetcher,
    clock,
    logger,
    schedule: config.schedule,
    fullTextDefault: config.ingest.fullText,
  }
  const catalogDeps = { ...stores, fetcher, clock }

  const services = {
    addFeed: (input: { url: string; publisherName?: string | null; folder?: string | null }) =>
      addFeed(input, catalogDeps),

    async addPublisherFeed(
      publisher: NewPublisher,
      feed: { url: string; title?: string | null; folder?: string | null },
    ) {
      await stores.publishers.ensure(publisher, clock.now())
      return subscribe({ ...feed, publisherName: publisher.name }, catalogDeps)
    },

    async listFeeds() {
      const [feeds, publishers] = await Promise.all([stores.feeds.list(), stores.publishers.list()])
      const byId = new Map(publishers.map((p) => [p.id, p]))
      return feeds.map((feed) => ({ feed, publisher: byId.get(feed.publisherId)! }))
    },

    async removeFeed(id: FeedId) {
      await stores.feeds.remove(id)
      await stores.jobs.remove(REFRESH_JOB, `feed:${id}`)
    },

    async importOpml(text: string, onProgress?: (done: number, total: number) => void) {
      const items = parseOpmlFeeds(text)
      let added = 0
      let existing = 0
      const failed: { url: string; error: string }[] = []
      for (const [index, item] of items.entries()) {
        try {
          const result = await subscribe(item, catalogDeps)
          if (result.created) added++
          else existing++
        } catch (error) {
          failed.push({ url: item.url, error: (error as Error).message })
        }
        onProgress?.(index + 1, items.length)
      }
      return { total: items.length, added, existing, failed }
    },

    async exportOpml() {
      const feeds = await stores.feeds.list()
      return renderOpml(
        feeds.map((f) => ({ url: f.url, title: f.title, siteUrl: f.siteUrl, folder: f.folder })),
        'Broadsheet subscriptions',
        clock.now(),
      )
    },

    refreshFeed: (id: FeedId, options?: { signal?: AbortSignal }) =>
      refreshFeed(id, refreshDeps, options),

    /** One pass over the given feeds (or all), then return a summary. */
    async refreshOnce(feedIds: FeedId[] | 'all', onOutcome?: (outcome: RefreshOutcome) => void) {
      const now = clock.now()
      const keys = feedIds === 'all' ? undefined : feedIds.map((id) => `feed:${id}`)
      if (feedIds !== 'all') {
        for (const id of feedIds) {
          if (!(await stores.feeds.byId(id))) {
            throw new AppError('not-found', `refresh: no feed ${id}`)
          }
        }
      }
      const queued = await stores.jobs.makeDue(REFRESH_JOB, now, keys)
      const worker = startWorker(workerDeps(`${hostname()}:${process.pid}:refresh`), {
        untilIdle: true,
        onOutcome,
        refreshKeys: keys,
      })
      await worker.done
      return { queued, ...worker.summary }
    },

    /** Top stories: candidates of the last 72 h ranked by breadth × recency × velocity. */
    async topStories(limit: number) {
      const now = clock.now()
      return rankStories(await reader.topStoryCandidates({ now }), now).slice(0, limit)
    },

    /** A story with its members and the evidence for each (for `stories show` and debugging). */
    async storyDetail(id: StoryId) {
      const live = await stores.stories.resolve(id)
      if (live === null) throw new AppError('not-found', `stories: no story ${id}`)
      const story = (await stores.stories.byId(live))!
      return { ...story, members: await stores.stories.members(live) }
    },

    mergeStories: (from: StoryId, into: StoryId, actor = 'editor') =>
      clusterer.mergeStories(from, into, actor),
    splitEntry: (story: StoryId, entry: EntryId, actor = 'editor') =>
      clusterer.splitEntry(story, entry, actor),

    /** Every feed due now (the demo, on start). */
    makeAllDue: () => stores.jobs.makeDue(REFRESH_JOB, clock.now()),

    startWorker: () => startWorker(workerDeps(`${hostname()}:${process.pid}`)),
  }

  function workerDeps(owner: string) {
    return {
      jobs: stores.jobs,
      refreshFeed: services.refreshFeed,
      ...(overrides.cluster !== false && {
        clusterWarmUp: () => clusterer.warmUp(),
        clusterPending: async () => (await clusterer.clusterPending()).assigned,
        clusterPendingSince: () => stores.jobs.oldestCreatedAt(CLUSTER_JOB, CLUSTER_MAX_ATTEMPTS),
        clusterSettleMs: config.cluster.settleSeconds * 1000,
        sweepUnclustered: async () => {
          const lost = await stores.stories.unclusteredEntries(500)
          await stores.jobs.enqueueMany(lost.map(clusterJob), clock.now())
          return lost.length
        },
        sweepEveryMs: Math.max(1000, config.jobs.pollMs * 30),
      }),
      clock,
      logger,
      owner,
      concurrency: config.fetch.concurrency,
      leaseSeconds: config.jobs.leaseSeconds,
      pollMs: config.jobs.pollMs,
    }
  }

  const httpDeps: HttpDeps = {
    reader,
    search,
    clock,
    logger,
    config: {
      baseUrl: config.http.baseUrl,
      instanceName: 'Broadsheet',
      ...(config.http.secretKey !== null && { imageSigningKey: config.http.secretKey }),
      operatorPage: config.http.operatorPage,
    },
    addFeed: services.addFeed,
    imageFetcher: fetcher,
  }

  return {
    config,
    clock,
    logger,
    dialect: database.dialect,
    stores,
    services,
    clusterer,
    httpDeps,
    async close() {
      await fetcher.close()
      await database.close()
    },
  }
}

export type App = Awaited<ReturnType<typeof createApp>>

/** `broadsheet migrate`: applies pending migrations (or reverts the last one) and reports each. */
export async function migrateDatabase(config: Config, direction: 'up' | 'down') {
  const database = createDatabase(config.databaseUrl)
  try {
    const result = await (direction === 'up' ? migrateToLatest : migrateDown)(
      database.db as never,
      database.dialect,
    )
    return { description: database.description, ...result }
  } finally {
    await database.close()
  }
}

/** `broadsheet db copy`: moves an instance to another database, verified by counts and checksums. */
export function copyInstance(
  from: string,
  to: string,
  onProgress?: (progress: CopyProgress) => void,
) {
  return copyDatabase(from, to, onProgress)
}
