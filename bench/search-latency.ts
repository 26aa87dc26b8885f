/**
 * Search latency at scale: fills a SQLite database with N generated entries (the bench corpus's
 * text, through the real entry store, so the FTS5 triggers index them), then times the search queries
 * the reader sends. Prints one JSON line; `run-bench.ts` puts it in the table.
 * Run: `tsx bench/search-latency.ts ENTRIES DATABASE_URL`
 */
import { createApp } from '../src/app.js'
import { parseConfig } from '../src/config/load-config.js'
import type { NewEntry } from '../src/domain/entry.js'
import { silentLogger } from '../src/lib/logger.js'
import { generateCorpus } from './generate-corpus.js'

const [entriesArg, databaseUrl] = process.argv.slice(2)
const total = Number(entriesArg ?? 100_000)
const config = parseConfig({ DATABASE_URL: databaseUrl! }, process.cwd())
const app = await createApp(config, { migrate: true, logger: silentLogger, cluster: false })
const now = new Date('2026-11-20T12:00:00Z')
const perFeed = 50
const feedCount = Math.ceil(total / perFeed)
const { feeds, events } = generateCorpus({ feeds: feedCount, now, itemsPerFeed: perFeed })
const started = performance.now()
for (const feed of feeds) {
  const { feed: stored, publisher } = await app.services.addPublisherFeed(
    {
      slug: `outlet-${feed.index}`,
      name: feed.title,
      homepageUrl: null,
      country: null,
      language: 'en',
      iconUrl: null,
    },
    { url: `https://${feed.host}${feed.path}` },
  )
  const entries: NewEntry[] = feed.items.map((item) => {
    const text = item.html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
    return {
      identityKey: `guid:${item.guid}`,
      guid: item.guid,
      url: item.link,
      canonicalUrl: item.guid,
      title: item.title,
      authors: [item.author],
      publishedAt: item.published,
      updatedAt: null,
      summaryHtml: null,
      contentHtml: item.html,
      plainText: text,
      language: 'en',
      imageUrl: null,
      categories: [],
      contentFingerprint: item.guid,
      hasFullText: true,
    }
  })
  await app.stores.entries.upsertMany(stored.id, publisher.id, entries, now)
}
const fillSeconds = (performance.now() - started) / 1000
const stored = await app.stores.entries.count()

// Queries as readers type them: a name, two topic words, a phrase, a phrase with an exclusion, a prefix.
const event = events[0]!
const [first, last] = event.names[0]!.split(' ') as [string, string]
const queries = [
  last,
  `${event.keywords[0]} ${event.place}`,
  `"${first} ${last}"`,
  `"${first} ${last}" -${event.keywords[1]}`,
  `${event.keywords[2]!.slice(0, 4)}*`,
]
const results: { query: string; p50: number; p95: number; hits: number }[] = []
for (const query of queries) {
  const samples: number[] = []
  let hits = 0
  for (let i = 0; i < 25; i++) {
    const t = performance.now()
    const result = await app.httpDeps.search.search({ query, limit: 20, offset: 0 })
    samples.push(performance.now() - t)
    hits = result.total
  }
  samples.sort((a, b) => a - b)
  results.push({ query, p50: samples[12]!, p95: samples[23]!, hits })
}
await app.close()
process.stdout.write(`${JSON.stringify({ entries: stored, fillSeconds, results })}\n`)
