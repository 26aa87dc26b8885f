/**
 * A bench worker: `broadsheet worker` with the bench's resolver (every `*.bench.test` host is
 * 127.0.0.1, so bench/corpus-server.ts can play one virtual host per outlet), full text off, and
 * clustering on or off. Used by bench/postgres-ingest.ts; works on any database URL.
 *
 *   tsx bench/postgres-worker.ts DATABASE_URL [--cluster] [--once]
 *
 * Worker mode prints `{"ready":true}` once the app is built, runs until SIGTERM, then prints its
 * summary as one JSON line. `--once` is the single-process figure instead: one
 * `services.refreshOnce('all')` pass, timed, printed as one JSON line.
 */
import { parseArgs } from 'node:util'

import { createApp } from '../src/app.js'
import { parseConfig } from '../src/config/load-config.js'
import { createFetcher } from '../src/ingest/fetch/fetcher.js'
import { silentLogger } from '../src/lib/logger.js'

const { values, positionals } = parseArgs({
  options: { cluster: { type: 'boolean' }, once: { type: 'boolean' } },
  allowPositionals: true,
})
const databaseUrl = positionals[0]
if (!databaseUrl) throw new Error('usage: tsx bench/postgres-worker.ts DATABASE_URL [--cluster]')

const config = parseConfig(
  {
    DATABASE_URL: databaseUrl,
    ALLOW_PRIVATE_NETWORKS: 'true',
    FULL_TEXT: 'never',
    FETCH_CONCURRENCY: '32',
    WORKER_POLL_MS: '100',
    JOB_LEASE_SECONDS: '120',
    LOG_LEVEL: 'silent',
  },
  process.cwd(),
)
const fetcher = createFetcher({ ...config.fetch, resolve: () => Promise.resolve(['127.0.0.1']) })
const app = await createApp(config, {
  fetcher,
  logger: silentLogger,
  cluster: values.cluster === true,
})

if (values.once) {
  await app.services.makeAllDue()
  const started = performance.now()
  const summary = await app.services.refreshOnce('all')
  const seconds = (performance.now() - started) / 1000
  const entries = await app.stores.entries.count()
  await app.close()
  process.stdout.write(`${JSON.stringify({ seconds, entries, ...summary })}\n`)
} else {
  const worker = app.services.startWorker()
  process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid })}\n`)
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()))
  await worker.stop()
  await app.close()
  process.stdout.write(
    `${JSON.stringify({ stopped: true, pid: process.pid, ...worker.summary })}\n`,
  )
}
