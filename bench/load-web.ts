/**
 * Web latency under load: `broadsheet serve --no-worker` over a database of N generated entries, on
 * SQLite and on PostgreSQL, hit with autocannon (10 connections, 10 s a route) on 127.0.0.1: the home
 * page (Top stories and sections), a story page (the biggest story) and a search. Prints a markdown
 * table of p50/p99 latency and requests/s (or one JSON line with `--json`, for run-bench.ts). Not a
 * test: the machines are shared and noisy (the load generator runs on the same cores as the server).
 *
 *   npx tsx bench/load-web.ts [--entries 100000] [--quick] [--backends sqlite,postgres]
 *                             [--seconds 10] [--connections 10] [--json] [--cache]
 *                             [--postgres postgres://postgres@127.0.0.1:5432/test]
 *
 * The data (seeded directly, not through HTTP ingest, which would take far longer at 100k):
 * 1. bench/generate-corpus.ts (50 items a feed, dated over the last 72 h so Top stories has
 *    candidates), one publisher and feed per outlet, the entries inserted through the entry store
 *    (`upsertMany`, so the search triggers index them);
 * 2. stories by real clustering: the stored entries, read back and turned into clustering input as
 *    the worker does (`entryToClusterDoc`), are fed through one StoryIndex in publication order
 *    (`clusterOrdered`, the code behind `broadsheet cluster`), and the resulting stories, members and
 *    entry entities are written through the story store;
 * 3. PostgreSQL: a fresh database (created here, dropped at the end) filled from the SQLite file
 *    with `copyDatabase`, so both backends serve the same rows and ids.
 * The SQLite file lives in a temporary folder removed at the end; `--cache` keeps it instead (in
 * the temp folder's broadsheet-bench-cache, reused for 6 hours).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { createApp } from '../src/app.js'
import { clusterOrdered, processingOrder } from '../src/cluster/cluster-batch.js'
import { entryToClusterDoc, leadOf } from '../src/cluster/cluster-entries.js'
import { type EntryFeatures, entryFeatures } from '../src/cluster/entry-features.js'
import type { Entity } from '../src/cluster/extract-entities.js'
import { chooseHeadline } from '../src/cluster/headline.js'
import { parseConfig } from '../src/config/load-config.js'
import { copyDatabase } from '../src/db/copy-database.js'
import { createDatabase } from '../src/db/create-database.js'
import { createStoryStore } from '../src/db/story-store.js'
import type { Entry, NewEntry } from '../src/domain/entry.js'
import type { EntryId, StoryId } from '../src/domain/ids.js'
import { silentLogger } from '../src/lib/logger.js'
import { adminQuery, dropStaleDatabases } from './bench-postgres.js'
import { generateCorpus } from './generate-corpus.js'

const { values } = parseArgs({
  options: {
    entries: { type: 'string' },
    quick: { type: 'boolean' },
    backends: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    json: { type: 'boolean' },
    cache: { type: 'boolean' },
    postgres: { type: 'string' },
  },
})
const entries = Number(values.entries ?? (values.quick ? 5000 : 100_000))
const seconds = Number(values.seconds ?? (values.quick ? 3 : 10))
const connections = Number(values.connections ?? 10)
const backends = (values.backends ?? 'sqlite,postgres').split(',')
const postgres =
  values.postgres ??
  (process.env.BROADSHEET_BENCH_POSTGRES_URL ||
    process.env.BROADSHEET_TEST_POSTGRES_URL ||
    'postgres://postgres@127.0.0.1:5432/test')
const ITEMS = 50
/** the whole run stops by itself after this long */
const RUN_LIMIT_MS = 50 * 60_000
const bin = fileURLToPath(new URL('../bin/broadsheet.js', import.meta.url))
const autocannon = fileURLToPath(
  new URL('../node_modules/autocannon/autocannon.js', import.meta.url),
)
const log = (line: string) => process.stderr.write(`${line}\n`)

/** Undone on exit, on SIGINT/SIGTERM and at the deadline: child processes, databases, files. */
const cleanups: (() => Promise<void> | void)[] = []
const running = new Set<ChildProcess>()
async function cleanUp(): Promise<void> {
  for (const child of running) child.kill('SIGTERM')
  for (const undo of cleanups.splice(0).reverse()) {
    try {
      await undo()
    } catch (error) {
      log(`clean-up failed: ${String(error)}`)
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)))
}
setTimeout(() => {
  log(`load-web: gave up after ${RUN_LIMIT_MS / 60_000} min`)
  void cleanUp().finally(() => process.exit(1))
}, RUN_LIMIT_MS).unref()

const admin = (statement: string) => adminQuery(postgres, statement)

interface Seed {
  description: string
  seconds: number
  fillSeconds: number
  clusterSeconds: number
  writeSeconds: number
  stories: number
}

const SEED_DESCRIPTION =
  'entries inserted through the entry store; stories by clustering the stored entries through one ' +
  'StoryIndex (clusterOrdered, as `broadsheet cluster`), written with their entities through the story store'

/** Fills a SQLite file: entries through the entry store, stories from clustering them. */
async function buildSqlite(path: string): Promise<Seed> {
  const started = performance.now()
  const now = new Date()
  const feedCount = Math.ceil(entries / ITEMS)
  const { feeds } = generateCorpus({ feeds: feedCount, itemsPerFeed: ITEMS, now })
  const config = parseConfig({ DATABASE_URL: `sqlite:${path}`, LOG_LEVEL: 'silent' }, process.cwd())
  const app = await createApp(config, { migrate: true, logger: silentLogger, cluster: false })
  const ids: EntryId[] = []
  try {
    for (const feed of feeds) {
      const { feed: stored, publisher } = await app.services.addPublisherFeed(
        {
          slug: `outlet-${feed.index}`,
          name: feed.title,
          homepageUrl: `https://${feed.host}/`,
          country: null,
          language: 'en',
          iconUrl: null,
        },
        { url: `https://${feed.host}${feed.path}` },
      )
      const items: NewEntry[] = feed.items.slice(0, entries - ids.length).map((item) => ({
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
        plainText: item.html
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
        language: 'en',
        imageUrl: null,
        categories: [],
        contentFingerprint: item.guid,
        hasFullText: true,
      }))
      const result = await app.stores.entries.upsertMany(stored.id, publisher.id, items, now)
      ids.push(...result.inserted)
    }
    const fillSeconds = (performance.now() - started) / 1000
    log(`inserted ${ids.length} entries of ${feedCount} feeds in ${fillSeconds.toFixed(1)} s`)

    const clusterStarted = performance.now()
    const stored: Entry[] = []
    for (let i = 0; i < ids.length; i += 5000) {
      stored.push(...(await app.stores.entries.byIds(ids.slice(i, i + 5000))))
    }
    const docs = stored.map(entryToClusterDoc)
    const order = processingOrder(docs)
    const entitiesOf = new Map<string, Entity[]>()
    const copyOf = new Map<string, string>()
    const assigned = clusterOrdered(
      docs,
      order,
      (k) => {
        const features: EntryFeatures = entryFeatures(docs[order[k]!.index]!)
        entitiesOf.set(features.id, features.entities)
        return features
      },
      {
        onDecision: (d) => {
          if (d.copyOf !== null) copyOf.set(d.entryId, d.copyOf)
        },
      },
    )
    const clusterSeconds = (performance.now() - clusterStarted) / 1000
    log(`clustered ${docs.length} entries in ${clusterSeconds.toFixed(1)} s`)

    const writeStarted = performance.now()
    const byId = new Map(stored.map((e) => [String(e.id), e]))
    const storyOf = new Map(assigned.map((a) => [a.id, a.story]))
    const groups = new Map<string, Entry[]>()
    for (const { id, story } of assigned) {
      const list = groups.get(story) ?? []
      list.push(byId.get(id)!)
      groups.set(story, list)
    }
    const database = createDatabase(config.databaseUrl)
    const stories = createStoryStore(database.db)
    try {
      const all = [...groups.values()]
      for (let i = 0; i < all.length; i += 500) {
        await database.db.transaction().execute(async (trx) => {
          for (const members of all.slice(i, i + 500)) {
            const at = (e: Entry) => (e.publishedAt ?? e.firstSeenAt).getTime()
            members.sort((a, b) => at(a) - at(b) || a.id - b.id)
            const choice = chooseHeadline(
              members.map((m) => ({
                id: String(m.id),
                title: m.title,
                terms: [],
                published: at(m),
              })),
            )
            const headliner = members.find((m) => String(m.id) === choice?.id) ?? members[0]!
            const storyId: StoryId = await stories.createStory(trx, headliner.title, now)
            await stories.addMembers(
              trx,
              members.map((m, k) => {
                const copy = copyOf.get(String(m.id))
                return {
                  member: {
                    entryId: m.id,
                    storyId,
                    score: 0,
                    evidence: {},
                    explanation: 'bench seed',
                    // a copy's original may have left in a split: keep the link only inside one story
                    copyOf:
                      copy !== undefined && storyOf.get(copy) === storyOf.get(String(m.id))
                        ? (Number(copy) as EntryId)
                        : null,
                    assignedBy: 'auto',
                  },
                  action: k === 0 ? ('create' as const) : ('join' as const),
                }
              }),
              now,
            )
            await stories.saveEntryAnalyses(
              trx,
              members.map((m) => ({ entryId: m.id, entities: entitiesOf.get(String(m.id)) ?? [] })),
              now,
            )
            await stories.updateFields(
              trx,
              storyId,
              {
                headline: headliner.title,
                lead: leadOf(headliner.plainText.slice(0, 400), 280) || null,
                imageUrl: null,
                firstEntryId: members[0]!.id,
                firstReportedAt: new Date(at(members[0]!)),
                lastEntryAt: new Date(at(members.at(-1)!)),
                entryCount: members.length,
                publisherCount: new Set(members.map((m) => m.publisherId)).size,
              },
              now,
            )
          }
        })
      }
    } finally {
      await database.close()
    }
    const writeSeconds = (performance.now() - writeStarted) / 1000
    log(`wrote ${groups.size} stories in ${writeSeconds.toFixed(1)} s`)
    return {
      description: SEED_DESCRIPTION,
      seconds: (performance.now() - started) / 1000,
      fillSeconds,
      clusterSeconds,
      writeSeconds,
      stories: groups.size,
    }
  } finally {
    await app.close()
  }
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
  backend: string
  name: string
  route: string
  p50: number
  p99: number
  requestsPerSecond: number
  errors: number
}

/** Starts `broadsheet serve --no-worker` on 127.0.0.1, a free port; resolves with its origin and a stop(). */
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
  running.add(child)
  child.once('exit', () => running.delete(child))
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)))
  })
  // bound to BROADSHEET_HOST=127.0.0.1 (serve prints it as localhost)
  const port = /:(\d+)\//.exec(line)?.[1]
  if (!port) {
    child.kill('SIGTERM')
    throw new Error(`unexpected serve output: ${line}`)
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      await exited
      clearTimeout(timer)
    },
  }
}

function runAutocannon(url: string): Promise<Omit<Measure, 'backend' | 'name'>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [autocannon, '-c', String(connections), '-d', String(seconds), '-j', url],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    )
    running.add(child)
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.once('exit', (code) => {
      running.delete(child)
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
        errors: r.errors + r.timeouts + r.non2xx,
      })
    })
  })
}

async function measure(
  backend: string,
  databaseUrl: string,
  targets: { story: number; word: string },
): Promise<Measure[]> {
  const server = await serve(databaseUrl)
  const routes = {
    home: '/',
    story: `/stories/${targets.story}`,
    search: `/search?q=${encodeURIComponent(targets.word)}`,
  }
  const out: Measure[] = []
  try {
    for (const [name, path] of Object.entries(routes)) {
      const warm = await fetch(`${server.origin}${path}`)
      const html = await warm.text()
      if (warm.status !== 200) throw new Error(`${backend} ${path}: HTTP ${warm.status}`)
      // the home page must show stories, or we would be timing an empty page
      if (name === 'home' && !html.includes(`/stories/`)) {
        throw new Error(`${backend}: the home page links to no story`)
      }
      const result = await runAutocannon(`${server.origin}${path}`)
      out.push({ ...result, route: path, backend, name })
    }
  } finally {
    // let requests autocannon abandoned at its deadline finish before the server shuts down
    await new Promise((resolve) => setTimeout(resolve, 3000))
    await server.stop()
  }
  return out
}

async function main(): Promise<void> {
  const loadBefore = loadavg()
  let sqlitePath: string
  if (values.cache) {
    const cacheDir = join(tmpdir(), 'broadsheet-bench-cache')
    mkdirSync(cacheDir, { recursive: true })
    sqlitePath = join(cacheDir, `web-${entries}.db`)
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-load-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    sqlitePath = join(dir, 'web.db')
  }
  const sqliteUrl = `sqlite:${sqlitePath}`
  let seed: Seed
  if (
    values.cache &&
    existsSync(sqlitePath) &&
    Date.now() - statSync(sqlitePath).mtimeMs < 6 * 3_600_000
  ) {
    log(`using cached ${sqlitePath}`)
    seed = {
      description: `cached ${sqlitePath}: ${SEED_DESCRIPTION}`,
      seconds: 0,
      fillSeconds: 0,
      clusterSeconds: 0,
      writeSeconds: 0,
      stories: 0,
    }
  } else {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqlitePath}${suffix}`, { force: true })
    seed = await buildSqlite(sqlitePath)
  }
  const targets = await pickTargets(sqliteUrl)
  const results: Measure[] = []
  if (backends.includes('sqlite')) results.push(...(await measure('SQLite', sqliteUrl, targets)))
  let copySeconds: number | null = null
  if (backends.includes('postgres')) {
    await dropStaleDatabases(postgres, 'broadsheet_load')
    const name = `broadsheet_load_${process.pid}`
    await admin(`create database ${name}`)
    cleanups.push(() => admin(`drop database if exists ${name} with (force)`))
    const url = new URL(postgres)
    url.pathname = `/${name}`
    const copied = await copyDatabase(sqliteUrl, url.toString())
    copySeconds = copied.seconds
    log(`copied to PostgreSQL in ${copied.seconds.toFixed(1)} s`)
    results.push(...(await measure('PostgreSQL', url.toString(), targets)))
  }
  const loadAfter = loadavg()

  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({
        entries,
        seed: {
          ...seed,
          description: `${seed.description}; ${seed.stories} stories (fill ${seed.fillSeconds.toFixed(0)} s, clustering ${seed.clusterSeconds.toFixed(0)} s, writing stories ${seed.writeSeconds.toFixed(0)} s)`,
          copySeconds,
        },
        connections,
        seconds,
        results,
        load: { before: loadBefore, after: loadAfter },
      })}\n`,
    )
    return
  }
  console.log(
    `\nWeb latency, ${entries} entries, ${connections} connections, ${seconds} s a route (autocannon on the same machine)`,
  )
  console.log(
    `Seed: ${seed.description}; ${seed.stories} stories in ${seed.seconds.toFixed(0)} s${copySeconds === null ? '' : `; copied to PostgreSQL in ${copySeconds.toFixed(0)} s`}\n`,
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
    `\nnode ${process.version}, load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter
      .map((x) => x.toFixed(2))
      .join(' ')}, ${new Date().toISOString()}`,
  )
}

try {
  await main()
} finally {
  await cleanUp()
}
