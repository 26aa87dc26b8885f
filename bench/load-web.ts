/**
 * Web latency under load: `broadsheet serve --no-worker` over a database of N generated entries, on
 * SQLite and on PostgreSQL, hit with autocannon (10 connections, 10 s a route): the home page (Top
 * stories), a story page (the biggest story) and a search. Prints a markdown table of p50/p99 latency
 * and requests/s. Not a test: the machines are shared and noisy (the load generator runs on the same
 * cores as the server).
 *
 *   npx tsx bench/load-web.ts [--entries 100000] [--quick] [--backends sqlite,postgres]
 *                             [--seconds 10] [--connections 10] [--rebuild]
 *                             [--postgres postgres://postgres@127.0.0.1:5432/test]
 *
 * The data: bench/generate-corpus.ts (50 items a feed, dated over the last 72 h so Top stories has
 * candidates) served on 127.0.0.1, ingested and clustered into SQLite by one `refreshOnce` pass, then
 * copied to a fresh PostgreSQL database with `copyDatabase` (the same rows and ids on both). The SQLite
 * file is cached for 6 hours in the temp folder (`--rebuild` makes it again): clustering 100k entries
 * takes a while.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { createApp } from '../src/app.js'
import { parseConfig } from '../src/config/load-config.js'
import { copyDatabase } from '../src/db/copy-database.js'
import { createDatabase } from '../src/db/create-database.js'
import { silentLogger } from '../src/lib/logger.js'
import { generateCorpus, renderBenchFeed } from './generate-corpus.js'

const { values } = parseArgs({
  options: {
    entries: { type: 'string' },
    quick: { type: 'boolean' },
    backends: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    rebuild: { type: 'boolean' },
    postgres: { type: 'string' },
    'serve-corpus': { type: 'string' },
  },
})
const entries = Number(values.entries ?? (values.quick ? 5000 : 100_000))
const seconds = Number(values.seconds ?? (values.quick ? 3 : 10))
const connections = Number(values.connections ?? 10)
const backends = (values.backends ?? 'sqlite,postgres').split(',')
const postgres =
  values.postgres ??
  process.env.BROADSHEET_TEST_POSTGRES_URL ??
  'postgres://postgres@127.0.0.1:5432/test'
const ITEMS = 50
const bin = fileURLToPath(new URL('../bin/broadsheet.js', import.meta.url))
const autocannon = fileURLToPath(
  new URL('../node_modules/autocannon/autocannon.js', import.meta.url),
)

/** Ingests and clusters the corpus into a SQLite file (or reuses a recent one). */
async function buildSqlite(path: string): Promise<void> {
  const fresh = existsSync(path) && Date.now() - statSync(path).mtimeMs < 6 * 3_600_000
  if (fresh && !values.rebuild) {
    console.error(`using cached ${path}`)
    return
  }
  rmSync(path, { force: true })
  rmSync(`${path}-wal`, { force: true })
  rmSync(`${path}-shm`, { force: true })
  const feedCount = Math.ceil(entries / ITEMS)
  // the corpus is served by another process: this one is busy clustering (synchronous SQLite), and
  // feeds answered late would time out
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve-corpus', String(feedCount)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: server.stdout! }).once('line', (line) =>
      resolve((JSON.parse(line) as { port: number }).port),
    )
    server.once('exit', (code) => reject(new Error(`corpus server exited with ${code}`)))
  })
  const config = parseConfig(
    {
      DATABASE_URL: `sqlite:${path}`,
      ALLOW_PRIVATE_NETWORKS: 'true',
      FULL_TEXT: 'never',
      FETCH_CONCURRENCY: '32',
      FETCH_PER_HOST_CONCURRENCY: '64',
      LOG_LEVEL: 'silent',
    },
    process.cwd(),
  )
  const app = await createApp(config, { migrate: true, logger: silentLogger })
  try {
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
        { url: `http://127.0.0.1:${port}/feeds/${i}.xml` },
      )
    }
    const started = performance.now()
    const summary = await app.services.refreshOnce('all')
    console.error(
      `ingested and clustered ${summary.inserted} entries of ${feedCount} feeds (${summary.failed} failed) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
  } finally {
    await app.close()
    server.kill('SIGTERM')
  }
}

/** `--serve-corpus FEEDS`: serves the corpus on 127.0.0.1, dated up to now; prints its port. */
async function serveCorpus(feedCount: number): Promise<void> {
  const { feeds } = generateCorpus({ feeds: feedCount, itemsPerFeed: ITEMS, now: new Date() })
  const server = createServer((request, response) => {
    const match = /^\/feeds\/(\d+)\.xml$/.exec(request.url ?? '')
    const feed = match ? feeds[Number(match[1])] : undefined
    if (!feed) response.writeHead(404).end()
    else {
      // no keep-alive: a busy client reusing a socket the server is closing sees a reset
      response
        .writeHead(200, { 'content-type': 'application/xml; charset=utf-8', connection: 'close' })
        .end(renderBenchFeed(feed))
    }
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`)
  process.once('SIGTERM', () => server.close(() => process.exit(0)))
}

/** What to request: the biggest story and a word of its headline. */
async function pickTargets(databaseUrl: string): Promise<{ story: number; word: string }> {
  const database = createDatabase(databaseUrl)
  try {
    const biggest = await database.db
      .selectFrom('stories')
      .select(['id', 'headline'])
      .where('merged_into_id', 'is', null)
      .orderBy('entry_count', 'desc')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow()
    const word = biggest.headline.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w)) ?? 'said'
    return { story: biggest.id, word: word.toLowerCase() }
  } finally {
    await database.close()
  }
}

interface Measure {
  route: string
  p50: number
  p99: number
  requestsPerSecond: number
  errors: number
}

/** Starts `broadsheet serve --no-worker` on a free port; resolves with its origin and a stop(). */
async function serve(databaseUrl: string) {
  const child = spawn(process.execPath, [bin, 'serve', '--no-worker', '--port', '0'], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmpdir(),
      BROADSHEET_DATABASE_URL: databaseUrl,
      BROADSHEET_HOST: '127.0.0.1',
      BROADSHEET_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)))
  })
  const port = /:(\d+)\//.exec(line)?.[1]
  if (!port) throw new Error(`unexpected serve output: ${line}`)
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    },
  }
}

function runAutocannon(url: string): Promise<Measure & { non2xx: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [autocannon, '-c', String(connections), '-d', String(seconds), '-j', url],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    )
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`))
      const r = JSON.parse(out) as {
        latency: { p50: number; p99: number }
        requests: { average: number }
        errors: number
        timeouts: number
        non2xx: number
      }
      resolve({
        route: url,
        p50: r.latency.p50,
        p99: r.latency.p99,
        requestsPerSecond: r.requests.average,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      })
    })
  })
}

async function measure(
  backend: string,
  databaseUrl: string,
  targets: { story: number; word: string },
) {
  const server = await serve(databaseUrl)
  const routes = {
    home: '/',
    story: `/stories/${targets.story}`,
    search: `/search?q=${encodeURIComponent(targets.word)}`,
  }
  const out: (Measure & { backend: string; name: string })[] = []
  try {
    for (const [name, path] of Object.entries(routes)) {
      const warm = await fetch(`${server.origin}${path}`)
      await warm.arrayBuffer()
      if (warm.status !== 200) throw new Error(`${backend} ${path}: HTTP ${warm.status}`)
      const result = await runAutocannon(`${server.origin}${path}`)
      out.push({ ...result, errors: result.errors + result.non2xx, route: path, backend, name })
    }
  } finally {
    // let requests autocannon abandoned at its deadline finish before the server shuts down
    await new Promise((resolve) => setTimeout(resolve, 3000))
    await server.stop()
  }
  return out
}

if (values['serve-corpus'] !== undefined) {
  await serveCorpus(Number(values['serve-corpus']))
} else {
  await main()
}

async function main(): Promise<void> {
  const cacheDir = join(tmpdir(), 'broadsheet-bench-cache')
  mkdirSync(cacheDir, { recursive: true })
  const sqlitePath = join(cacheDir, `web-${entries}.db`)
  const sqliteUrl = `sqlite:${sqlitePath}`
  const loadBefore = loadavg()
  await buildSqlite(sqlitePath)
  const targets = await pickTargets(sqliteUrl)
  const results: Awaited<ReturnType<typeof measure>> = []
  if (backends.includes('sqlite')) results.push(...(await measure('SQLite', sqliteUrl, targets)))
  if (backends.includes('postgres')) {
    const name = `broadsheet_load_${process.pid}`
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: postgres })
      await client.connect()
      try {
        await client.query(statement)
      } finally {
        await client.end()
      }
    }
    await admin(`create database ${name}`)
    try {
      const url = new URL(postgres)
      url.pathname = `/${name}`
      const copied = await copyDatabase(sqliteUrl, url.toString())
      console.error(`copied to PostgreSQL in ${copied.seconds.toFixed(1)} s`)
      results.push(...(await measure('PostgreSQL', url.toString(), targets)))
    } finally {
      await admin(`drop database if exists ${name} with (force)`)
    }
  }

  console.log(
    `\nWeb latency, ${entries} entries, ${connections} connections, ${seconds} s a route (autocannon on the same machine)\n`,
  )
  console.log(
    '| backend | page | route | p50 | p99 | req/s | errors |\n|---|---|---|---|---|---|---|',
  )
  for (const r of results) {
    console.log(
      `| ${r.backend} | ${r.name} | \`${r.route}\` | ${r.p50} ms | ${r.p99} ms | ${Math.round(r.requestsPerSecond)} | ${r.errors} |`,
    )
  }
  console.log(
    `\nnode ${process.version}, load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}, ${new Date().toISOString()}`,
  )
}
