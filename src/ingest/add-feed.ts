/**
 * @module add-feed
 * Subscribes the instance to a feed given by URL. The URL may be the feed itself or a page whose
 * `<link rel="alternate">` names feeds (the first one is taken). The feed is fetched and parsed once so
 * a broken URL is refused with a clear reason instead of being stored; its publisher is found or created.
 */
import type { FeedStore } from '../db/feed-store.js'
import type { JobStore } from '../db/job-store.js'
import type { PublisherStore } from '../db/publisher-store.js'
import { AppError } from '../domain/errors.js'
import type { Feed } from '../domain/feed.js'
import { type Publisher, slugify } from '../domain/publisher.js'
import type { Clock } from '../lib/clock.js'
import { discoverFeeds, looksLikeHtml } from './discover-feeds.js'
import type { Fetcher } from './fetch/fetcher.js'
import { parseFeed } from './parse/parse-feed.js'
import type { ParsedFeed } from './parse/parsed-feed.js'

export interface AddFeedDeps {
  feeds: Pick<FeedStore, 'add' | 'byUrl'>
  publishers: Pick<PublisherStore, 'ensure'>
  jobs: Pick<JobStore, 'enqueue'>
  fetcher: Fetcher
  clock: Clock
}

export interface AddFeedResult {
  feed: Feed
  publisher: Publisher
  created: boolean
  /** the page the feed was discovered on, when the URL given was not a feed */
  discoveredFrom: string | null
}

export const REFRESH_JOB = 'refresh-feed'

export async function addFeed(
  input: { url: string; publisherName?: string | null; folder?: string | null },
  deps: AddFeedDeps,
): Promise<AddFeedResult> {
  const url = checkUrl(input.url)
  const existing = await deps.feeds.byUrl(url)
  let fetched = await fetchOrThrow(url, deps.fetcher)
  let feedUrl = fetched.url
  let discoveredFrom: string | null = null
  if (looksLikeHtml(fetched.body, fetched.contentType)) {
    const found = discoverFeeds(fetched.body.toString('utf8'), fetched.url)
    if (found.length === 0) {
      throw new AppError('invalid-input', `feeds: ${url} is a web page that names no feed`)
    }
    discoveredFrom = fetched.url
    feedUrl = found[0]!.url
    fetched = await fetchOrThrow(feedUrl, deps.fetcher)
  }
  let parsed: ParsedFeed
  try {
    parsed = parseFeed({ body: fetched.body, contentType: fetched.contentType, url: fetched.url })
  } catch (error) {
    throw new AppError(
      'invalid-input',
      `feeds: ${feedUrl} is not a feed we can read (${(error as Error).message})`,
    )
  }
  if (existing && !discoveredFrom) feedUrl = existing.url
  return subscribe(
    {
      url: feedUrl,
      title: parsed.title,
      siteUrl: parsed.link,
      language: parsed.language,
      publisherName: input.publisherName,
      folder: input.folder,
    },
    deps,
    discoveredFrom,
  )
}

/** Stores a feed without fetching it first (OPML import of hundreds of feeds); the first refresh fills it in. */
export async function subscribe(
  input: {
    url: string
    title?: string | null
    siteUrl?: string | null
    language?: string | null
    publisherName?: string | null
    folder?: string | null
  },
  deps: Omit<AddFeedDeps, 'fetcher'>,
  discoveredFrom: string | null = null,
): Promise<AddFeedResult> {
  const url = checkUrl(input.url)
  const now = deps.clock.now()
  const home = new URL(input.siteUrl ?? url)
  const host = home.hostname.replace(/^www\./, '')
  const publisher = await deps.publishers.ensure(
    {
      slug: slugify(input.publisherName ?? host),
      name: input.publisherName ?? input.title ?? host,
      homepageUrl: `${home.protocol}//${home.host}/`,
      country: null,
      language: input.language?.split(/[-_]/)[0]?.toLowerCase() ?? null,
      iconUrl: null,
    },
    now,
  )
  const { feed, created } = await deps.feeds.add(
    { publisherId: publisher.id, url, title: input.title ?? null, folder: input.folder ?? null },
    now,
  )
  await deps.jobs.enqueue(
    { kind: REFRESH_JOB, key: `feed:${feed.id}`, payload: { feedId: feed.id }, runAt: now },
    now,
  )
  return { feed, publisher, created, discoveredFrom }
}

function checkUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    throw new AppError('invalid-input', `feeds: "${text}" is not a URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError(
      'invalid-input',
      `feeds: only http and https URLs can be fetched, not ${url.protocol}`,
    )
  }
  url.hash = ''
  return url.toString()
}

async function fetchOrThrow(url: string, fetcher: Fetcher) {
  const result = await fetcher.fetch({ url })
  if (result.kind === 'ok') return result
  const message =
    result.kind === 'failed'
      ? `${result.failure.reason}: ${result.failure.message}`
      : 'unexpected 304'
  throw new AppError('fetch-failed', `feeds: cannot fetch ${url} (${message})`)
}
