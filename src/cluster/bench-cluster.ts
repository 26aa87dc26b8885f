/**
 * @module bench-cluster
 * Clustering benchmark on synthetic news (see synthetic-news.ts):
 *
 *   npx tsx src/cluster/bench-cluster.ts [--batch 100000] [--stream 300000] [--window 72] [--parallel]
 *
 * 1. `clusterBatch` (or `clusterBatchParallel` with `--parallel`) over `--batch` entries: entries
 *    per second including feature and entity extraction, and the quality against the generator's
 *    events.
 * 2. A stream of `--stream` entries through one StoryIndex (72 h window, eviction as the clock
 *    moves): mean time per entry split into features and assignment, measured over 2,000
 *    entries after 10k, 100k and 300k entries have been indexed, with the index size then.
 */

import { parseArgs } from 'node:util'

import { clusterBatch } from './cluster-batch.js'
import { clusterBatchParallel } from './cluster-batch-parallel.js'
import { scoreClustering } from './cluster-metrics.js'
import { entryFeatures } from './entry-features.js'
import { StoryIndex } from './story-index.js'
import { syntheticNews } from './synthetic-news.js'

const { values } = parseArgs({
  options: {
    batch: { type: 'string', default: '100000' },
    stream: { type: 'string', default: '300000' },
    window: { type: 'string', default: '72' },
    parallel: { type: 'boolean', default: false },
  },
})

const out = (line: string): void => {
  process.stdout.write(`${line}\n`)
}

function take(
  n: number,
): ReturnType<typeof syntheticNews> extends Generator<infer T> ? T[] : never {
  const docs = []
  for (const d of syntheticNews({ seed: 7 })) {
    docs.push(d)
    if (docs.length >= n) break
  }
  return docs
}

const batchSize = Number(values.batch)
if (batchSize > 0) {
  const docs = take(batchSize)
  const words = docs.reduce((s, d) => s + d.text.split(' ').length, 0) / docs.length
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const result = values.parallel
    ? await clusterBatchParallel(docs, { windowHours: Number(values.window) })
    : clusterBatch(docs, { windowHours: Number(values.window) })
  const seconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const scores = scoreClustering(
    result.map((r) => r.story),
    docs.map((d) => String(d.event)),
  )
  out(
    `batch${values.parallel ? ' (parallel features)' : ''}: ${docs.length} entries (${words.toFixed(0)} words on average) in ${seconds.toFixed(1)} s`,
  )
  out(
    `  ${(docs.length / seconds).toFixed(0)} entries/s, ${((seconds * 1000) / docs.length).toFixed(3)} ms/entry ` +
      `(CPU ${((cpuSeconds * 1000) / docs.length).toFixed(3)} ms/entry)`,
  )
  out(
    `  BCubed P ${scores.bcubed.precision.toFixed(3)} R ${scores.bcubed.recall.toFixed(3)} ` +
      `F1 ${scores.bcubed.f1.toFixed(3)}; ${scores.predictedClusters} stories for ${scores.goldClusters} events`,
  )
}

const streamSize = Number(values.stream)
if (streamSize > 0) {
  const checkpoints = [10_000, 100_000, 300_000].filter((c) => c <= streamSize)
  const index = new StoryIndex({ windowHours: Number(values.window) })
  const windowMs = Number(values.window) * 3_600_000
  let n = 0
  let lastEviction = 0
  let measuring = -1
  let featureMs = 0
  let assignMs = 0
  let measured = 0
  let cpuStart = process.cpuUsage()
  let wallStart = 0
  for (const doc of syntheticNews({ seed: 11 })) {
    const now = Number(doc.published)
    if (now - lastEviction > windowMs / 8) {
      index.evictOlderThan(now - windowMs)
      lastEviction = now
    }
    const a = performance.now()
    const f = entryFeatures(doc)
    const b = performance.now()
    const d = index.assign(f, now)
    index.apply(d)
    const split = index.review(d.storyId, now)
    if (split) index.applySplit(split)
    const c = performance.now()
    n++
    if (checkpoints.includes(n)) {
      measuring = 2000
      featureMs = 0
      assignMs = 0
      measured = 0
      cpuStart = process.cpuUsage()
      wallStart = performance.now()
    } else if (measuring > 0) {
      featureMs += b - a
      assignMs += c - b
      measured++
      if (--measuring === 0) {
        const size = index.size
        const cpu = process.cpuUsage(cpuStart)
        const wall = performance.now() - wallStart
        // wall time split into features and assignment, scaled to the CPU time actually used
        // (on a shared machine the wall clock also counts time other processes ran)
        const scale = Math.min(1, (cpu.user + cpu.system) / 1000 / wall)
        out(
          `stream: after ${n - measured} entries: features ${((featureMs * scale) / measured).toFixed(3)} ms, ` +
            `assign ${((assignMs * scale) / measured).toFixed(3)} ms per entry (CPU; wall ` +
            `${((featureMs + assignMs) / measured).toFixed(3)} ms); index holds ${size.entries} entries ` +
            `in ${size.stories} stories; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
        )
      }
    }
    if (n >= streamSize && measuring <= 0) break
  }
}
