/**
 * The scale-out fault test, on PostgreSQL only (BROADSHEET_TEST_POSTGRES_URL; otherwise a visible skip).
 *
 * A generated corpus of 300 feeds × 10 items is served on 127.0.0.1 (one path per feed). Three
 * `broadsheet worker` processes ingest and cluster it into a fresh database; once some feeds are done
 * one worker is SIGKILLed mid-run. Then: every corpus entry is stored exactly once, every feed was
 * fetched, every entry is in exactly one story, the dead worker's leased jobs were taken over after
 * their lease expired, and the stories (as a partition of entries by guid) are compared with those of a
 * single-process run (`createApp` + `refreshOnce('all')`) over the same corpus in a second database.
 *
 * Bounded: the multi-worker run waits at most RUN_LIMIT_MS, the single-process run is one pass.
 */
import assert from 'node:assert/strict'
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { generateCorpus, renderBenchFeed } from '../../bench/generate-corpus.js'
import { createApp } from '../../src/app.js'
import { parseConfig } from '../../src/config/load-config.js'
import { silentLogger } from '../../src/lib/logger.js'

const POSTGRES_URL = process.env.BROADSHEET_TEST_POSTGRES_URL ?? ''
const bin = fileURLToPath(new URL('../../bin/broadsheet.js', import.meta.url))

const FEEDS = 300
const ITEMS = 10
const WORKERS = 3
const LEASE_SECONDS = 5
const RUN_LIMIT_MS = 150_000
/** a feed answers after this long, so workers hold leases while "on the network" */
const RESPONSE_DELAY_MS = 100

/** Options both runs share (the workers get them as BROADSHEET_* variables). */
const SHARED_OPTIONS: Record<string, string> = {
  ALLOW_PRIVATE_NETWORKS: 'true',
  FULL_TEXT: 'never', // the corpus links point at *.bench.test: never fetch article pages
  FETCH_PER_HOST_CONCURRENCY: '64', // every feed is on 127.0.0.1
  // the corpus spans 72 h up to now: a wider window keeps every entry clear of its edge
  CLUSTER_WINDOW_HOURS: '96',
  // clustering waits for ingestion to settle however slow this machine is (the default gives up
  // waiting after 60 s and decides what it has)
  CLUSTER_SETTLE_SECONDS: '600',
}

interface FreshDatabase {
  url: string
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>
  drop(): Promise<void>
}

/** A new PostgreSQL database (not a schema: nothing else shares it), dropped by `drop()`. */
async function freshDatabase(label: string): Promise<FreshDatabase> {
  const name = `broadsheet_${label}_${process.pid}_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: POSTGRES_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 })
  return {
    url: url.toString(),
    query: async <T extends pg.QueryResultRow>(text: string, values?: unknown[]) =>
      (await pool.query<T>(text, values)).rows,
    drop: async () => {
      await pool.end()
      const client = new pg.Client({ connectionString: POSTGRES_URL })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}

/** Serves feed N at /feeds/N.xml, after RESPONSE_DELAY_MS. */
async function startCorpusServer(
  documents: string[],
): Promise<{ server: Server; url: (i: number) => string }> {
  const server = createServer((request, response) => {
    const match = /^\/feeds\/(\d+)\.xml$/.exec(request.url ?? '')
    const body = match ? documents[Number(match[1])] : undefined
    setTimeout(() => {
      if (body === undefined) response.writeHead(404).end()
      else response.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(body)
    }, RESPONSE_DELAY_MS)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return { server, url: (i) => `http://127.0.0.1:${port}/feeds/${i}.xml` }
}

function configFor(url: string) {
  return parseConfig({ ...SHARED_OPTIONS, DATABASE_URL: url, LOG_LEVEL: 'silent' }, process.cwd())
}

/** Subscribes every corpus feed (one publisher each), through the service an operator uses. */
async function subscribeAll(databaseUrl: string, feedUrl: (i: number) => string, migrate: boolean) {
  const app = await createApp(configFor(databaseUrl), { migrate, logger: silentLogger })
  for (let i = 0; i < FEEDS; i++) {
    await app.services.addPublisherFeed(
      {
        slug: `outlet-${i}`,
        name: `Outlet ${i}`,
        homepageUrl: null,
        country: null,
        language: 'en',
        iconUrl: null,
      },
      { url: feedUrl(i) },
    )
  }
  return app
}

function startWorker(databaseUrl: string, log: string[]): ChildProcess {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    BROADSHEET_DATABASE_URL: databaseUrl,
    BROADSHEET_WORKER_POLL_MS: '100',
    BROADSHEET_JOB_LEASE_SECONDS: String(LEASE_SECONDS),
    BROADSHEET_LOG_LEVEL: 'warn',
  }
  for (const [key, value] of Object.entries(SHARED_OPTIONS)) env[`BROADSHEET_${key}`] = value
  const child = spawn(process.execPath, [bin, 'worker'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (d: Buffer) => log.push(`[${child.pid}] ${d.toString().trim()}`))
  child.stderr!.on('data', (d: Buffer) => log.push(`[${child.pid}] ${d.toString().trim()}`))
  return child
}

async function waitFor<T>(
  what: string,
  limitMs: number,
  probe: () => Promise<T | null>,
): Promise<T> {
  const deadline = Date.now() + limitMs
  for (;;) {
    const value = await probe()
    if (value !== null) return value
    if (Date.now() > deadline) throw new Error(`gave up after ${limitMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>
  child.kill(signal)
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  const [code] = await exited
  clearTimeout(timer)
  return code
}

/** Each entry's story, by guid: the stories as a partition of the entries, independent of ids. */
async function storyPartition(db: FreshDatabase): Promise<Map<string, string>> {
  const rows = await db.query<{ story_id: number; guid: string }>(
    `select sm.story_id, e.guid from story_members sm join entries e on e.id = sm.entry_id`,
  )
  return new Map(rows.map((r) => [r.guid, String(r.story_id)]))
}

/** Stories as sorted lists of guids. */
function stories(partition: Map<string, string>): Set<string> {
  const groups = new Map<string, string[]>()
  for (const [guid, story] of partition) groups.set(story, [...(groups.get(story) ?? []), guid])
  return new Set([...groups.values()].map((guids) => guids.sort().join(' ')))
}

/**
 * How far partition `a` agrees with `b` (both over the same entries), through the entry pairs each
 * puts together: `precision` is the share of a's pairs that b also has, `recall` the share of b's
 * that a has, `agreement` their Jaccard (1: identical).
 */
function comparePartitions(a: Map<string, string>, b: Map<string, string>) {
  const pairs = (n: number) => (n * (n - 1)) / 2
  const pairCount = (cells: Iterable<number>) => [...cells].reduce((sum, n) => sum + pairs(n), 0)
  const tally = (keys: Iterable<string>) => {
    const counts = new Map<string, number>()
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
    return counts.values()
  }
  const inA = pairCount(tally(a.values()))
  const inB = pairCount(tally(b.values()))
  const inBoth = pairCount(tally([...a].map(([guid, story]) => `${story}|${b.get(guid)}`)))
  const storiesA = stories(a)
  const storiesB = stories(b)
  const round = (x: number) => Math.round(x * 1000) / 1000
  return {
    storiesA: storiesA.size,
    storiesB: storiesB.size,
    identicalStories: [...storiesA].filter((s) => storiesB.has(s)).length,
    precision: round(inA === 0 ? 1 : inBoth / inA),
    recall: round(inB === 0 ? 1 : inBoth / inB),
    agreement: round(inA + inB - inBoth === 0 ? 1 : inBoth / (inA + inB - inBoth)),
  }
}

describe(
  'three workers on PostgreSQL, one killed mid-run',
  { skip: POSTGRES_URL ? false : 'BROADSHEET_TEST_POSTGRES_URL is not set', timeout: 240_000 },
  () => {
    const corpus = generateCorpus({ feeds: FEEDS, itemsPerFeed: ITEMS, now: new Date() })
    const guids = corpus.feeds.flatMap((f) => f.items.map((i) => i.guid)).sort()
    /** the generator's ground truth: items written about one event belong together */
    const truth = new Map(
      corpus.feeds.flatMap((f) =>
        f.items.map((i) => [i.guid, i.event === null ? i.guid : `event ${i.event}`] as const),
      ),
    )
    const log: string[] = []
    let feedServer: Awaited<ReturnType<typeof startCorpusServer>>
    let multi: FreshDatabase
    let single: FreshDatabase
    let killed: { owner: string; jobs: { kind: string; key: string }[]; feedsDoneAtKill: number }
    let multiSeconds = 0
    let stopCodes: (number | null)[] = []

    before(
      async () => {
        feedServer = await startCorpusServer(corpus.feeds.map((f) => renderBenchFeed(f)))
        multi = await freshDatabase('workers')
        single = await freshDatabase('single')
        await (await subscribeAll(multi.url, feedServer.url, true)).close()

        const started = Date.now()
        const workers = Array.from({ length: WORKERS }, () => startWorker(multi.url, log))
        try {
          const victim = workers[0]!
          const feedsDoneAtKill = await waitFor(
            'some feeds to be fetched',
            RUN_LIMIT_MS,
            async () => {
              const [row] = await multi.query<{ n: number }>(
                `select count(*)::int as n from feeds where last_success_at is not null`,
              )
              return row!.n >= FEEDS / 10 ? row!.n : null
            },
          )
          victim.kill('SIGKILL')
          await once(victim, 'exit')
          // what the dead worker held: these must be taken over once the lease expires
          const owner = `%:${victim.pid}`
          const held = await multi.query<{ kind: string; key: string; lease_owner: string }>(
            `select kind, key, lease_owner from jobs where lease_owner like $1 and lease_expires_at > now()`,
            [owner],
          )
          killed = {
            owner: held[0]?.lease_owner ?? owner,
            jobs: held.map(({ kind, key }) => ({ kind, key })),
            feedsDoneAtKill,
          }
          await waitFor(
            'every feed fetched and every entry clustered',
            RUN_LIMIT_MS - (Date.now() - started),
            async () => {
              const [row] = await multi.query<{ pending: number; jobs: number }>(
                `select (select count(*)::int from feeds where last_success_at is null) as pending,
                      (select count(*)::int from jobs where kind = 'cluster-entry') as jobs`,
              )
              return row!.pending === 0 && row!.jobs === 0 ? true : null
            },
          )
          multiSeconds = (Date.now() - started) / 1000
        } finally {
          stopCodes = await Promise.all(workers.slice(1).map((w) => stop(w, 'SIGTERM')))
          await stop(workers[0]!, 'SIGKILL')
        }

        // the reference: one process, one pass over the same corpus
        const app = await subscribeAll(single.url, feedServer.url, true)
        try {
          await app.services.refreshOnce('all')
        } finally {
          await app.close()
        }
      },
      { timeout: 240_000 },
    )

    after(async () => {
      feedServer?.server.close()
      await multi?.drop()
      await single?.drop()
    })

    it('stores every corpus entry exactly once and fetches every feed', async (t) => {
      t.diagnostic(
        `${WORKERS} workers: ${FEEDS} feeds, ${guids.length} entries in ${multiSeconds.toFixed(1)} s; one killed after ${killed.feedsDoneAtKill} feeds`,
      )
      assert.deepEqual(stopCodes, [0, 0], `workers stop cleanly on SIGTERM\n${log.join('\n')}`)
      const stored = (await multi.query<{ guid: string }>(`select guid from entries`))
        .map((r) => r.guid)
        .sort()
      const counts = new Map<string, number>()
      for (const guid of stored) counts.set(guid, (counts.get(guid) ?? 0) + 1)
      const corpus = new Set(guids)
      assert.deepEqual(
        {
          stored: stored.length,
          duplicated: [...counts].filter(([, n]) => n > 1).map(([guid]) => guid),
          missing: guids.filter((guid) => !counts.has(guid)),
          unexpected: stored.filter((guid) => !corpus.has(guid)),
        },
        { stored: guids.length, duplicated: [], missing: [], unexpected: [] },
      )
      const feeds = await multi.query<{ n: number; fetched: number; failing: number }>(
        `select count(*)::int as n, count(last_success_at)::int as fetched,
                count(*) filter (where consecutive_errors > 0)::int as failing from feeds`,
      )
      assert.deepEqual(feeds[0], { n: FEEDS, fetched: FEEDS, failing: 0 })
    })

    it('puts each clustered entry in exactly one live story', async () => {
      const [row] = await multi.query<{ members: number; distinct: number; dangling: number }>(
        `select count(*)::int as members, count(distinct entry_id)::int as distinct,
                count(*) filter (where s.merged_into_id is not null)::int as dangling
           from story_members m join stories s on s.id = m.story_id`,
      )
      assert.equal(row!.members, row!.distinct, 'no entry is in two stories')
      assert.equal(row!.dangling, 0, 'no member points at a merged-away story')
    })

    // A worker killed between storing a feed's entries and recording the check must not lose
    // them: their clustering jobs are written in the same transaction as the entries.
    it('leaves no entry unclustered and no feed miscounted after the kill', async (t) => {
      const [row] = await multi.query<{ orphans: number; counted: number; feeds: string[] }>(
        `select (select count(*)::int from entries e
                    where not exists (select 1 from story_members m where m.entry_id = e.id)) as orphans,
                  (select sum(entry_count)::int from feeds) as counted,
                  (select coalesce(array_agg(distinct f.url), '{}') from entries e join feeds f on f.id = e.feed_id
                    where not exists (select 1 from story_members m where m.entry_id = e.id)) as feeds`,
      )
      t.diagnostic(`unclustered entries: ${row!.orphans} (feeds: ${row!.feeds.join(', ')})`)
      assert.equal(row!.orphans, 0)
      assert.equal(row!.counted, guids.length, 'each entry counted once on its feed')
    })

    it("takes over the killed worker's leased jobs after the lease expires", async (t) => {
      t.diagnostic(
        `the killed worker held ${killed.jobs.length} jobs: ${killed.jobs.filter((j) => j.kind === 'refresh-feed').length} refresh, ${killed.jobs.filter((j) => j.kind === 'cluster-entry').length} cluster`,
      )
      assert.ok(killed.jobs.length > 0, 'the worker was killed while holding leases')
      const [stale] = await multi.query<{ n: number }>(
        `select count(*)::int as n from jobs where lease_owner = $1`,
        [killed.owner],
      )
      assert.equal(stale!.n, 0, 'no job is still leased to the dead worker')
      for (const job of killed.jobs) {
        const id = Number(job.key.split(':')[1])
        if (job.kind === 'refresh-feed') {
          const [feed] = await multi.query<{ ok: boolean }>(
            `select last_success_at is not null as ok from feeds where id = $1`,
            [id],
          )
          assert.equal(feed!.ok, true, `feed ${id} was fetched by another worker`)
        } else {
          const [member] = await multi.query<{ n: number }>(
            `select count(*)::int as n from story_members where entry_id = $1`,
            [id],
          )
          assert.equal(member!.n, 1, `entry ${id} was clustered by another worker`)
        }
      }
    })

    it('forms exactly the stories a single-process run forms', async (t) => {
      const [a, b] = await Promise.all([storyPartition(multi), storyPartition(single)])
      assert.deepEqual([...a.keys()].sort(), guids, 'the multi-worker stories cover the corpus')
      assert.deepEqual([...b.keys()].sort(), guids, 'the single-process stories cover the corpus')
      const agreement = comparePartitions(a, b)
      const vsTruth = { multi: comparePartitions(a, truth), single: comparePartitions(b, truth) }
      t.diagnostic(`multi-worker vs single-process stories: ${JSON.stringify(agreement)}`)
      t.diagnostic(`against the corpus's events: ${JSON.stringify(vsTruth)}`)
      // clustering decides pending entries in publication order once ingestion has settled, so the
      // number of workers, the kill and the fetch order make no difference
      assert.deepEqual(stories(a), stories(b))
    })
  },
)
