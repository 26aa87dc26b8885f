/**
 * `npm run bench [-- options]`: the figures we compare run to run, as a markdown table.
 * Every scenario runs in its own process, on 127.0.0.1 only, with a time limit; temporary files,
 * databases and child processes are removed at the end. Not part of the tests; the machines are
 * shared and noisy, so compare medians and ratios within one run, and scale by the CPU
 * calibration row (bench/calibrate.ts: a fixed reference loop, in CPU ms) across machines.
 *
 * Scenarios (`--only a,b`; default: ingest, search, parse, postgres; `--all`: every one):
 *   ingest       first ingest, 304 re-poll and 25%-changed re-poll of `--feeds` feeds (SQLite)
 *   search       FTS5 query latency over 100k entries
 *   parse        parseFeed throughput beside a bare XML tokeniser
 *   postgres     first ingest of `--pg-feeds` feeds (default 1000) with 1, 2 and 4 worker processes
 *                on PostgreSQL beside SQLite (bench/postgres-ingest.ts). Needs
 *                BROADSHEET_BENCH_POSTGRES_URL or BROADSHEET_TEST_POSTGRES_URL (an admin URL: a fresh
 *                database is created and dropped per run); without one it prints a skip row.
 *   clustering   heavy (~15 min at full size on 2 shared cores): clusterBatch and
 *                clusterBatchParallel over `--cluster-entries` synthetic entries (default 100000;
 *                wall and CPU time, entity extraction included), and time per entry in one
 *                StoryIndex after N/10, N and 3N entries (src/cluster/bench-cluster.ts)
 *   load         heavy: home, story and search p50/p99 under autocannon at `--load-entries` entries
 *                (default 100000) on SQLite, and on PostgreSQL when a URL is set (bench/load-web.ts)
 *
 * Other flags: `--feeds 200,1000` (ingest), `--quick` (small sizes everywhere, for a smoke run).
 *
 *   npm run bench                                   # the default scenarios
 *   npm run bench -- --only clustering              # the clustering figures at 100k / 300k
 *   npm run bench -- --only clustering --cluster-entries 20000
 *   BROADSHEET_BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test npm run bench -- --only postgres,load
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import { calibrate } from './calibrate.js'
import { measureParseThroughput } from './parse-throughput.js'

const { values } = parseArgs({
  options: {
    feeds: { type: 'string' },
    quick: { type: 'boolean' },
    only: { type: 'string' },
    all: { type: 'boolean' },
    'pg-feeds': { type: 'string' },
    'cluster-entries': { type: 'string' },
    'load-entries': { type: 'string' },
  },
})
const SCENARIOS = ['ingest', 'search', 'parse', 'postgres', 'clustering', 'load']
const DEFAULT = ['ingest', 'search', 'parse', 'postgres']
const only = values.only?.split(',') ?? (values.all ? SCENARIOS : DEFAULT)
for (const name of only) {
  if (!SCENARIOS.includes(name)) {
    throw new Error(`unknown scenario ${name}: ${SCENARIOS.join(', ')}`)
  }
}
const wants = (name: string) => only.includes(name)
const feedCounts = (values.feeds ?? (values.quick ? '20' : '200,1000')).split(',').map(Number)
const postgresUrl =
  process.env.BROADSHEET_BENCH_POSTGRES_URL || process.env.BROADSHEET_TEST_POSTGRES_URL || ''
const MINUTE = 60_000

/** Every child still running: killed if this process is interrupted or fails. */
const children = new Set<ChildProcess>()
function killChildren(): void {
  for (const child of children) child.kill('SIGTERM')
}
process.once('exit', killChildren)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killChildren()
    process.exit(130)
  })
}

/**
 * A scenario script in its own process; `firstLine` is its first line of stdout (one JSON line).
 * The child is stopped (SIGTERM, then SIGKILL 30 s later) when it outlives `limitMs`.
 */
function tsx(
  script: string,
  args: string[],
  limitMs = 30 * MINUTE,
): { child: ChildProcess; firstLine: Promise<string> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', new URL(script, import.meta.url).pathname, ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  children.add(child)
  let timedOut = false
  const limit = setTimeout(() => {
    timedOut = true
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 30_000).unref()
  }, limitMs)
  child.once('exit', () => {
    clearTimeout(limit)
    children.delete(child)
  })
  const firstLine = new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', resolve)
    child.once('exit', (code, signal) =>
      reject(
        new Error(
          `${script} ${timedOut ? `stopped after ${limitMs / MINUTE} min` : `exited with ${code ?? signal}`}`,
        ),
      ),
    )
  })
  return { child, firstLine }
}

/** Waits for a child to exit (after it printed its result), stopping it if it lingers. */
async function finished(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const timer = setTimeout(() => child.kill('SIGTERM'), 60_000)
  await exited
  clearTimeout(timer)
}

const rows: string[][] = []
const row = (...cells: (string | number)[]) => rows.push(cells.map(String))
const ms = (x: number, digits = 2) => `${x.toFixed(digits)} ms`

const loadBefore = loadavg()
const calibrationBefore = calibrate()
row(
  'calibration',
  'reference loop (10 M Map.get), CPU',
  ms(calibrationBefore.cpuMs, 0),
  `median of 3 at start (${calibrationBefore.samples.map((x) => x.toFixed(0)).join(', ')}); ~100 ms on a current desktop core`,
)

interface IngestResult {
  feeds: number
  entries: number
  first: { seconds: number }
  notModified: { seconds: number }
  changed: { seconds: number; inserted: number }
  dbBytesPerEntry: number
  peakRssMb: number
}

if (wants('ingest')) {
  for (const feeds of feedCounts) {
    const server = tsx('./corpus-server.ts', [String(feeds)])
    const { port } = JSON.parse(await server.firstLine) as { port: number }
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-'))
    try {
      const scenario = tsx('./ingest-scenario.ts', [
        String(feeds),
        String(port),
        `sqlite:${join(dir, 'bench.db')}`,
      ])
      const result = JSON.parse(await scenario.firstLine) as IngestResult
      await finished(scenario.child)
      const label = `ingest, ${feeds} feeds (SQLite)`
      row(
        label,
        'first ingest',
        `${result.first.seconds.toFixed(2)} s`,
        `${result.entries} entries, ${Math.round(result.entries / result.first.seconds)} entries/s`,
      )
      row(label, 'peak RSS', `${result.peakRssMb} MB`, 'whole scenario process')
      row(label, 'database size', `${result.dbBytesPerEntry} B/entry`, 'file + WAL, FTS included')
      row(
        label,
        're-poll, all 304',
        `${result.notModified.seconds.toFixed(2)} s`,
        `${Math.round(feeds / result.notModified.seconds)} feeds/s`,
      )
      row(
        label,
        're-poll, 25% changed',
        `${result.changed.seconds.toFixed(2)} s`,
        `${result.changed.inserted} new entries`,
      )
    } finally {
      server.child.kill('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

interface SearchResult {
  entries: number
  fillSeconds: number
  results: { query: string; p50: number; p95: number; hits: number }[]
}

if (wants('search')) {
  const entries = values.quick ? 5000 : 100_000
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-search-'))
  try {
    const scenario = tsx('./search-latency.ts', [
      String(entries),
      `sqlite:${join(dir, 'search.db')}`,
    ])
    const result = JSON.parse(await scenario.firstLine) as SearchResult
    await finished(scenario.child)
    const label = `search, ${result.entries} entries (SQLite FTS5)`
    row(
      label,
      'fill through the entry store',
      `${result.fillSeconds.toFixed(1)} s`,
      `${Math.round(result.entries / result.fillSeconds)} entries/s, FTS triggers included`,
    )
    for (const r of result.results) {
      row(
        label,
        `query \`${r.query}\``,
        `p50 ${r.p50.toFixed(1)} ms`,
        `p95 ${r.p95.toFixed(1)} ms, ${r.hits} hits, 25 runs`,
      )
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (wants('parse')) {
  const parse = measureParseThroughput(values.quick ? 20 : 100)
  row(
    'parse',
    'tokenise floor (htmlparser2, XML mode)',
    `${parse.floorMbPerSecond.toFixed(1)} MB/s`,
    `${parse.megabytes.toFixed(1)} MB, median of 5`,
  )
  row(
    'parse',
    'parseFeed (feedsmith + normalise + sanitise)',
    `${parse.parseMbPerSecond.toFixed(1)} MB/s`,
    `${parse.ratio.toFixed(2)}× the floor's time`,
  )
}

interface PostgresIngestRow {
  backend: string
  processes: number
  seconds: number
  entries: number
}

if (wants('postgres')) {
  const feeds = Number(values['pg-feeds'] ?? (values.quick ? 100 : 1000))
  const label = `ingest, ${feeds} feeds, worker processes`
  if (!postgresUrl) {
    row(
      label,
      'skipped',
      '–',
      'set BROADSHEET_BENCH_POSTGRES_URL (or BROADSHEET_TEST_POSTGRES_URL) to run it',
    )
  } else {
    const scenario = tsx(
      './postgres-ingest.ts',
      ['--json', '--feeds', String(feeds), '--postgres', postgresUrl],
      90 * MINUTE,
    )
    const result = JSON.parse(await scenario.firstLine) as { rows: PostgresIngestRow[] }
    await finished(scenario.child)
    const sqlite = result.rows.find((r) => r.backend === 'SQLite')
    for (const r of result.rows) {
      const who =
        r.backend === 'SQLite'
          ? 'SQLite, 1 process (in-process refresh)'
          : `${r.backend}, ${r.processes} worker${r.processes > 1 ? 's' : ''}`
      row(
        label,
        `first ingest, ${who}`,
        `${r.seconds.toFixed(2)} s`,
        `${r.entries} entries, ${Math.round(r.entries / r.seconds)} entries/s` +
          (sqlite && r !== sqlite
            ? `, ${(r.seconds / sqlite.seconds).toFixed(2)}× SQLite's time`
            : ''),
      )
    }
  }
}

interface BatchResult {
  entries: number
  wordsPerEntry: number
  wallSeconds: number
  cpuSeconds: number
  bcubed: { f1: number }
  stories: number
  events: number
}
interface StreamCheckpoint {
  after: number
  sample: number
  featuresMedianMs: number
  assignMedianMs: number
  assignMeanMs: number
  assignP90Ms: number
  cpuMeanMs: number
  indexEntries: number
  indexStories: number
  heapMb: number
}
interface ClusterScenario<T> {
  result: T
  calibration: { beforeMs: number; afterMs: number }
  load: { before: number; after: number }
  peakRssMb: number
}

if (wants('clustering')) {
  const n = Number(values['cluster-entries'] ?? (values.quick ? 5000 : 100_000))
  const label = `clustering, ${n} synthetic entries`
  const context = (s: ClusterScenario<unknown>) =>
    `calibration ${s.calibration.beforeMs.toFixed(0)}→${s.calibration.afterMs.toFixed(0)} ms, load ${s.load.before.toFixed(1)}→${s.load.after.toFixed(1)}, peak RSS ${s.peakRssMb} MB`
  for (const parallel of [false, true]) {
    const scenario = tsx(
      './cluster-scenario.ts',
      ['batch', String(n), ...(parallel ? ['--parallel'] : [])],
      30 * MINUTE,
    )
    const s = JSON.parse(await scenario.firstLine) as ClusterScenario<BatchResult>
    await finished(scenario.child)
    const r = s.result
    row(
      label,
      parallel ? 'clusterBatchParallel (features in a worker thread)' : 'clusterBatch, one thread',
      `${r.wallSeconds.toFixed(1)} s wall`,
      `CPU ${r.cpuSeconds.toFixed(1)} s (${((r.cpuSeconds * 1000) / r.entries).toFixed(2)} ms/entry, ` +
        `all threads incl. GC); ${Math.round(r.entries / r.wallSeconds)} entries/s; target 60 s` +
        `${n === 100_000 ? '' : ' at 100k'}; BCubed F1 ${r.bcubed.f1.toFixed(3)}, ${r.stories} stories ` +
        `for ${r.events} events; ${r.wordsPerEntry.toFixed(0)} words/entry; ${context(s)}`,
    )
  }
  const checkpoints = [Math.round(n / 10), n, 3 * n]
  const sample = Math.min(2000, Math.max(200, Math.round(n / 50)))
  const scenario = tsx(
    './cluster-scenario.ts',
    ['stream', checkpoints.join(','), '--sample', String(sample)],
    45 * MINUTE,
  )
  const s = JSON.parse(await scenario.firstLine) as ClusterScenario<StreamCheckpoint[]>
  await finished(scenario.child)
  const streamLabel = `clustering, one StoryIndex (72 h window)`
  for (const p of s.result) {
    row(
      streamLabel,
      `assign one entry after ${p.after} entries`,
      `${ms(p.assignMedianMs, 3)} median`,
      `mean ${ms(p.assignMeanMs, 3)}, p90 ${ms(p.assignP90Ms, 3)}; features ${ms(p.featuresMedianMs, 3)} median; ` +
        `CPU ${ms(p.cpuMeanMs, 3)}/entry both; over the next ${p.sample} entries; index holds ` +
        `${p.indexEntries} entries in ${p.indexStories} stories, heap ${p.heapMb.toFixed(0)} MB`,
    )
  }
  const first = s.result[0]
  const last = s.result.at(-1)
  if (first && last && last !== first) {
    row(
      streamLabel,
      `assign time ${last.after / 1000}k / ${first.after / 1000}k`,
      `${(last.assignMedianMs / first.assignMedianMs).toFixed(2)}×`,
      `median ratio (flat ≈ 1.0); mean ${(last.assignMeanMs / first.assignMeanMs).toFixed(2)}×; ${context(s)}`,
    )
  }
}

interface LoadResult {
  entries: number
  seed: { description: string; seconds: number; copySeconds: number | null }
  connections: number
  seconds: number
  results: {
    backend: string
    name: string
    route: string
    p50: number
    p99: number
    requestsPerSecond: number
    errors: number
  }[]
}

if (wants('load')) {
  const entries = Number(values['load-entries'] ?? (values.quick ? 5000 : 100_000))
  const backends = postgresUrl ? 'sqlite,postgres' : 'sqlite'
  const scenario = tsx(
    './load-web.ts',
    [
      '--json',
      '--entries',
      String(entries),
      '--backends',
      backends,
      ...(postgresUrl ? ['--postgres', postgresUrl] : []),
      ...(values.quick ? ['--quick'] : []),
    ],
    60 * MINUTE,
  )
  const result = JSON.parse(await scenario.firstLine) as LoadResult
  await finished(scenario.child)
  const label = `web load, ${result.entries} entries`
  row(
    label,
    'seed',
    `${result.seed.seconds.toFixed(0)} s`,
    result.seed.description +
      (result.seed.copySeconds === null
        ? ''
        : `; copied to PostgreSQL in ${result.seed.copySeconds.toFixed(0)} s`),
  )
  for (const r of result.results) {
    row(
      label,
      `${r.backend} ${r.name} \`${r.route}\``,
      `p50 ${r.p50} ms`,
      `p99 ${r.p99} ms, ${Math.round(r.requestsPerSecond)} req/s, ${r.errors} errors; autocannon ` +
        `${result.connections} connections × ${result.seconds} s on the same cores`,
    )
  }
  if (!postgresUrl) {
    row(label, 'PostgreSQL', 'skipped', 'set BROADSHEET_BENCH_POSTGRES_URL to load it too')
  }
}

for (const name of SCENARIOS.filter((s) => !wants(s))) {
  row(name, 'not run', '–', `\`--only ${name}\` or \`--all\``)
}
const calibrationAfter = calibrate()
row(
  'calibration',
  'reference loop, CPU, at the end',
  ms(calibrationAfter.cpuMs, 0),
  `median of 3 (${calibrationAfter.samples.map((x) => x.toFixed(0)).join(', ')})`,
)

console.log(`\n| scenario | measure | value | notes |\n|---|---|---|---|`)
for (const r of rows) console.log(`| ${r.join(' | ')} |`)
const fmt = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ')
console.log(
  `\nnode ${process.version}, ${cpus().length} cores, load average before ${fmt(loadBefore)}, after ${fmt(loadavg())}, ${new Date().toISOString()}`,
)
