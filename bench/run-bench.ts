/**
 * `npm run bench [-- --feeds 200,1000] [--quick]`: the figures we compare run to run, as a markdown table.
 * Every scenario runs in its own process against a generated corpus served on 127.0.0.1. Not part of
 * the tests; the machines are shared and noisy, so compare medians and ratios within one run.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import { measureParseThroughput } from './parse-throughput.js'

const { values } = parseArgs({
  options: { feeds: { type: 'string' }, quick: { type: 'boolean' }, only: { type: 'string' } },
})
const feedCounts = (values.feeds ?? (values.quick ? '20' : '200,1000')).split(',').map(Number)
const only = values.only?.split(',')
const wants = (name: string) => !only || only.includes(name)

function tsx(
  script: string,
  args: string[],
): { child: ReturnType<typeof spawn>; firstLine: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const firstLine = new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! })
    lines.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)))
  })
  return { child, firstLine }
}

const rows: string[][] = []
const row = (...cells: (string | number)[]) => rows.push(cells.map(String))

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
    const server = tsx(new URL('./corpus-server.ts', import.meta.url).pathname, [String(feeds)])
    const { port } = JSON.parse(await server.firstLine) as { port: number }
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-'))
    try {
      const scenario = tsx(new URL('./ingest-scenario.ts', import.meta.url).pathname, [
        String(feeds),
        String(port),
        `sqlite:${join(dir, 'bench.db')}`,
      ])
      const result = JSON.parse(await scenario.firstLine) as IngestResult
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
    const scenario = tsx(new URL('./search-latency.ts', import.meta.url).pathname, [
      String(entries),
      `sqlite:${join(dir, 'search.db')}`,
    ])
    const result = JSON.parse(await scenario.firstLine) as SearchResult
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

console.log(`\n| scenario | measure | value | notes |\n|---|---|---|---|`)
for (const r of rows) console.log(`| ${r.join(' | ')} |`)
console.log(
  `\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores, ${new Date().toISOString()}`,
)
