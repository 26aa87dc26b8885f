/**
 * First ingest of N generated feeds on PostgreSQL with 1, 2 and 4 worker processes, beside the SQLite
 * single-process figure, as a markdown table. Not a test: the machines are shared and noisy.
 *
 *   npx tsx bench/postgres-ingest.ts [--feeds 1000] [--workers 1,2,4] [--cluster] [--quick] [--json]
 *                                    [--postgres postgres://postgres@127.0.0.1:5432/test]
 *
 * The PostgreSQL URL (--postgres, else BROADSHEET_BENCH_POSTGRES_URL, else
 * BROADSHEET_TEST_POSTGRES_URL) must be allowed to create databases: each run creates
 * `broadsheet_bench_PID_WORKERS` and drops it afterwards (also on SIGINT/SIGTERM; databases left by
 * a killed run are dropped by the next one). `--json` prints one JSON line (for run-bench.ts)
 * instead of the table.
 *
 * The corpus is bench/corpus-server.ts (one virtual host per outlet on 127.0.0.1); the workers are
 * bench/postgres-worker.ts (`broadsheet worker` with the bench's resolver). Each run gets a fresh
 * database: the feeds are subscribed and parked, the workers started, and the clock runs from the
 * moment every worker is ready and the feeds are made due until every feed was checked (and, with
 * --cluster, every entry clustered). The SQLite figure is bench/ingest-scenario.ts's first pass
 * (clustering off) or one `refreshOnce` pass of bench/postgres-worker.ts --once (clustering on).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import pg from 'pg'

import { createApp } from '../src/app.js'
import { parseConfig } from '../src/config/load-config.js'
import { silentLogger } from '../src/lib/logger.js'
import { adminQuery, dropStaleDatabases } from './bench-postgres.js'

const { values } = parseArgs({
  options: {
    feeds: { type: 'string' },
    workers: { type: 'string' },
    cluster: { type: 'boolean' },
    quick: { type: 'boolean' },
    postgres: { type: 'string' },
    json: { type: 'boolean' },
  },
})
const feeds = Number(values.feeds ?? (values.quick ? 100 : 1000))
const workerCounts = (values.workers ?? '1,2,4').split(',').map(Number)
const cluster = values.cluster === true
const postgres =
  values.postgres ??
  (process.env.BROADSHEET_BENCH_POSTGRES_URL ||
    process.env.BROADSHEET_TEST_POSTGRES_URL ||
    'postgres://postgres@127.0.0.1:5432/test')
/** every run stops by itself after this long */
const RUN_LIMIT_MS = 15 * 60_000

/** Child processes and the database of the run in progress, undone on SIGINT/SIGTERM. */
const running = new Set<ChildProcess>()
let currentDatabase: string | null = null
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void (async () => {
      await Promise.all([...running].map(stop))
      if (currentDatabase) await admin(`drop database if exists ${currentDatabase} with (force)`)
    })().finally(() => process.exit(130))
  })
}

function tsx(script: string, args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL(script, import.meta.url).pathname, ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  running.add(child)
  child.once('exit', () => running.delete(child))
  const lines: string[] = []
  const waiters: (() => void)[] = []
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line)
    for (const wake of waiters.splice(0)) wake()
  })
  child.once('exit', () => {
    for (const wake of waiters.splice(0)) wake()
  })
  /** the n-th line printed (0-based), parsed as JSON */
  const line = async <T>(n: number): Promise<T> => {
    while (lines.length <= n) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${script} exited (${child.exitCode ?? child.signalCode}) before line ${n}`)
      }
      await new Promise<void>((resolve) => waiters.push(resolve))
    }
    return JSON.parse(lines[n]!) as T
  }
  return { child, line }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  await exited
  clearTimeout(timer)
}

const admin = (statement: string) => adminQuery(postgres, statement)

/** Subscribes the corpus's feeds (one publisher each) into a migrated database. */
async function subscribe(databaseUrl: string, port: number): Promise<void> {
  const app = await createApp(
    parseConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' }, process.cwd()),
    { migrate: true, logger: silentLogger },
  )
  try {
    for (let i = 0; i < feeds; i++) {
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
  } finally {
    await app.close()
  }
}

interface Row {
  backend: string
  processes: number
  seconds: number
  entries: number
}

async function postgresRun(workers: number, port: number): Promise<Row> {
  const name = `broadsheet_bench_${process.pid}_${workers}`
  await admin(`drop database if exists ${name} with (force)`)
  currentDatabase = name
  await admin(`create database ${name}`)
  const url = new URL(postgres)
  url.pathname = `/${name}`
  const databaseUrl = url.toString()
  const db = new pg.Client({ connectionString: databaseUrl })
  const children: ChildProcess[] = []
  let connected = false
  try {
    await subscribe(databaseUrl, port)
    await db.connect()
    connected = true
    await db.query(`update jobs set run_at = now() + interval '1 day'`) // parked until all are up
    const procs = Array.from({ length: workers }, () =>
      tsx('./postgres-worker.ts', [databaseUrl, ...(cluster ? ['--cluster'] : [])]),
    )
    children.push(...procs.map((p) => p.child))
    await Promise.all(procs.map((p) => p.line(0)))
    const started = performance.now()
    await db.query(`update jobs set run_at = now()`)
    const deadline = Date.now() + RUN_LIMIT_MS
    for (;;) {
      const { rows } = await db.query<{ pending: number; clustering: number }>(
        `select (select count(*)::int from feeds where last_checked_at is null) as pending,
                (select count(*)::int from jobs where kind = 'cluster-entry') as clustering`,
      )
      if (rows[0]!.pending === 0 && (!cluster || rows[0]!.clustering === 0)) break
      if (Date.now() > deadline) throw new Error(`gave up after ${RUN_LIMIT_MS / 1000} s`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const seconds = (performance.now() - started) / 1000
    const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from entries`)
    return { backend: 'PostgreSQL', processes: workers, seconds, entries: rows[0]!.n }
  } finally {
    await Promise.all(children.map(stop))
    if (connected) await db.end()
    await admin(`drop database if exists ${name} with (force)`)
    currentDatabase = null
  }
}

async function sqliteRun(port: number): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-'))
  const databaseUrl = `sqlite:${join(dir, 'bench.db')}`
  try {
    if (!cluster) {
      const scenario = tsx('./ingest-scenario.ts', [String(feeds), String(port), databaseUrl])
      const result = await scenario.line<{ entries: number; first: { seconds: number } }>(0)
      return {
        backend: 'SQLite',
        processes: 1,
        seconds: result.first.seconds,
        entries: result.entries,
      }
    }
    await subscribe(databaseUrl, port)
    const once = tsx('./postgres-worker.ts', [databaseUrl, '--cluster', '--once'])
    const result = await once.line<{ seconds: number; entries: number }>(0)
    return { backend: 'SQLite', processes: 1, seconds: result.seconds, entries: result.entries }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const load = loadavg().map((x) => x.toFixed(2))
await dropStaleDatabases(postgres, 'broadsheet_bench')
const server = tsx('./corpus-server.ts', [String(feeds)])
const rows: Row[] = []
try {
  const { port } = await server.line<{ port: number }>(0)
  for (const workers of workerCounts) rows.push(await postgresRun(workers, port))
  // last: ingest-scenario changes a quarter of the corpus after its first pass
  rows.unshift(await sqliteRun(port))
} finally {
  await stop(server.child)
}

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ feeds, cluster, rows, load: { before: load, after: loadavg() } })}\n`,
  )
  process.exit(0)
}
console.log(
  `\nFirst ingest of ${feeds} feeds (bench corpus, 50 items each, full text off), clustering ${cluster ? 'on' : 'off'}\n`,
)
console.log('| backend | processes | wall time | entries | entries/s |\n|---|---|---|---|---|')
for (const r of rows) {
  console.log(
    `| ${r.backend} | ${r.processes === 1 && r.backend === 'SQLite' ? '1 (in-process refresh)' : `${r.processes} worker${r.processes > 1 ? 's' : ''}`} | ${r.seconds.toFixed(2)} s | ${r.entries} | ${Math.round(r.entries / r.seconds)} |`,
  )
}
console.log(
  `\nnode ${process.version}, load average before ${load.join(' ')}, after ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}, ${new Date().toISOString()}`,
)
