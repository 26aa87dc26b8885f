/**
 * One ingest scenario in its own process (so peak RSS is this scenario's alone):
 * first ingest of N feeds, an all-304 re-poll, and a re-poll where a quarter of the feeds changed.
 * Run: `tsx bench/ingest-scenario.ts FEEDS PORT DATABASE_URL` — prints one JSON line.
 */
import { statSync } from 'node:fs'

import { createApp } from '../src/app.js'
import { parseConfig } from '../src/config/load-config.js'
import { createFetcher } from '../src/ingest/fetch/fetcher.js'
import { silentLogger } from '../src/lib/logger.js'

const [feedsArg, portArg, databaseUrl] = process.argv.slice(2)
const feedCount = Number(feedsArg)
const port = Number(portArg)
const config = parseConfig(
  {
    DATABASE_URL: databaseUrl!,
    ALLOW_PRIVATE_NETWORKS: 'true',
    FULL_TEXT: 'never',
    FETCH_CONCURRENCY: '32',
  },
  process.cwd(),
)
const fetcher = createFetcher({
  ...config.fetch,
  resolve: () => Promise.resolve(['127.0.0.1']),
})
const app = await createApp(config, {
  migrate: true,
  logger: silentLogger,
  fetcher,
  cluster: false,
})

for (let i = 0; i < feedCount; i++) {
  await app.services.addPublisherFeed(
    {
      slug: `outlet-${i}`,
      name: `Outlet ${i}`,
      homepageUrl: null,
      country: null,
      language: 'en',
      iconUrl: null,
    },
    { url: `http://outlet-${i}.bench.test:${port}/${i % 3 === 2 ? 'atom' : 'rss'}.xml` },
  )
}

async function pass() {
  await app.services.makeAllDue()
  const started = performance.now()
  const summary = await app.services.refreshOnce('all')
  return { seconds: (performance.now() - started) / 1000, ...summary }
}

const first = await pass()
const entries = await app.stores.entries.count()
const dbPath = databaseUrl!.replace(/^sqlite:/, '')
const dbBytes = ['', '-wal'].reduce((sum, suffix) => {
  try {
    return sum + statSync(dbPath + suffix).size
  } catch {
    return sum
  }
}, 0)
const notModified = await pass()
await fetch(`http://127.0.0.1:${port}/__change?fraction=0.25`, { method: 'POST' })
const changed = await pass()
await app.close()
process.stdout.write(
  `${JSON.stringify({
    feeds: feedCount,
    entries,
    first,
    notModified,
    changed,
    dbBytesPerEntry: Math.round(dbBytes / Math.max(1, entries)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
)
