/**
 * @module bench-cluster
 * Clustering benchmark on synthetic news (see synthetic-news.ts):
 *
 *   npx tsx src/cluster/bench-cluster.ts [--batch 100000] [--stream 300000] [--window 72]
 *                                        [--parallel] [--sample 2000] [--json]
 *
 * 1. `clusterBatch` (or `clusterBatchParallel` with `--parallel`) over `--batch` entries: wall and
 *    CPU time (all threads of the process) including feature and entity extraction, and the
 *    quality against the generator's events. Generating the texts is not timed.
 * 2. A stream of `--stream` entries through one StoryIndex (72 h window, eviction as the clock
 *    moves): time per entry split into features and assignment (assign + apply + split review),
 *    measured over the `--sample` entries after 10k, 100k and 300k entries have streamed through,
 *    with the index size then. Medians of per-entry wall times (robust to the odd preemption on a
 *    shared machine) and means of CPU time.
 *
 * `npm run bench -- --only clustering` runs both (each in its own process) and puts them in the
 * bench table; `measureBatch` and `measureStream` are what it calls.
 */

import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import { clusterBatch } from './cluster-batch.js'
import { clusterBatchParallel } from './cluster-batch-parallel.js'
import { scoreClustering } from './cluster-metrics.js'
import { type ClusterInputDoc, entryFeatures } from './entry-features.js'
import { StoryIndex } from './story-index.js'
import { syntheticNews } from './synthetic-news.js'

/** The first `n` entries of the seeded synthetic stream. */
export function syntheticBatch(n: number, seed = 7): (ClusterInputDoc & { event: number })[] {
  const docs = []
  for (const d of syntheticNews({ seed })) {
    if (docs.length >= n) break
    docs.push(d)
  }
  return docs
}

export interface BatchResult {
  entries: number
  parallel: boolean
  wordsPerEntry: number
  wallSeconds: number
  cpuSeconds: number
  bcubed: { precision: number; recall: number; f1: number }
  stories: number
  events: number
}

/** One batch of `n` synthetic entries, timed from features to the last decision. */
export async function measureBatch(
  n: number,
  options: { parallel?: boolean; windowHours?: number } = {},
): Promise<BatchResult> {
  const docs = syntheticBatch(n)
  const words = docs.reduce((s, d) => s + d.text.split(' ').length, 0) / Math.max(1, docs.length)
  const windowHours = options.windowHours ?? 72
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const result = options.parallel
    ? await clusterBatchParallel(docs, { windowHours })
    : clusterBatch(docs, { windowHours })
  const wallSeconds = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const scores = scoreClustering(
    result.map((r) => r.story),
    docs.map((d) => String(d.event)),
  )
  return {
    entries: docs.length,
    parallel: options.parallel === true,
    wordsPerEntry: words,
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    bcubed: scores.bcubed,
    stories: scores.predictedClusters,
    events: scores.goldClusters,
  }
}

export interface StreamCheckpoint {
  /** entries streamed through the index before the sample */
  after: number
  sample: number
  /** medians of the per-entry wall times, ms */
  featuresMedianMs: number
  assignMedianMs: number
  assignMeanMs: number
  assignP90Ms: number
  /** CPU time of the sample (features + assignment), ms per entry */
  cpuMeanMs: number
  /** what the index held when the sample ended */
  indexEntries: number
  indexStories: number
  heapMb: number
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN

/**
 * Streams synthetic entries through one StoryIndex and samples the time per entry after each
 * checkpoint. Stops after the last checkpoint's sample.
 */
export function measureStream(
  checkpoints: readonly number[],
  options: { windowHours?: number; sample?: number } = {},
): StreamCheckpoint[] {
  const windowHours = options.windowHours ?? 72
  const sampleSize = options.sample ?? 2000
  const index = new StoryIndex({ windowHours })
  const windowMs = windowHours * 3_600_000
  const out: StreamCheckpoint[] = []
  const last = Math.max(0, ...checkpoints)
  if (last === 0) return out
  let n = 0
  let lastEviction = Number.NEGATIVE_INFINITY
  let measuring = 0
  let checkpoint = 0
  let featureTimes: number[] = []
  let assignTimes: number[] = []
  let cpuStart = process.cpuUsage()
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
    if (measuring > 0) {
      featureTimes.push(b - a)
      assignTimes.push(c - b)
      if (--measuring === 0) {
        const cpu = process.cpuUsage(cpuStart)
        featureTimes.sort((x, y) => x - y)
        assignTimes.sort((x, y) => x - y)
        const size = index.size
        out.push({
          after: checkpoint,
          sample: assignTimes.length,
          featuresMedianMs: quantile(featureTimes, 0.5),
          assignMedianMs: quantile(assignTimes, 0.5),
          assignMeanMs: assignTimes.reduce((s, t) => s + t, 0) / assignTimes.length,
          assignP90Ms: quantile(assignTimes, 0.9),
          cpuMeanMs: (cpu.user + cpu.system) / 1000 / assignTimes.length,
          indexEntries: size.entries,
          indexStories: size.stories,
          heapMb: process.memoryUsage().heapUsed / 2 ** 20,
        })
        if (checkpoint >= last) break
      }
    }
    n++
    if (checkpoints.includes(n)) {
      checkpoint = n
      measuring = sampleSize
      featureTimes = []
      assignTimes = []
      cpuStart = process.cpuUsage()
    }
  }
  return out
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      batch: { type: 'string', default: '100000' },
      stream: { type: 'string', default: '300000' },
      window: { type: 'string', default: '72' },
      sample: { type: 'string', default: '2000' },
      parallel: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  })
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`)
  }
  const windowHours = Number(values.window)
  const batchSize = Number(values.batch)
  if (batchSize > 0) {
    const r = await measureBatch(batchSize, { parallel: values.parallel, windowHours })
    if (values.json) out(JSON.stringify({ batch: r }))
    else {
      out(
        `batch${r.parallel ? ' (parallel features)' : ''}: ${r.entries} entries (${r.wordsPerEntry.toFixed(0)} words on average) in ${r.wallSeconds.toFixed(1)} s`,
      )
      out(
        `  ${(r.entries / r.wallSeconds).toFixed(0)} entries/s, ${((r.wallSeconds * 1000) / r.entries).toFixed(3)} ms/entry ` +
          `(CPU ${((r.cpuSeconds * 1000) / r.entries).toFixed(3)} ms/entry, ${r.cpuSeconds.toFixed(1)} s)`,
      )
      out(
        `  BCubed P ${r.bcubed.precision.toFixed(3)} R ${r.bcubed.recall.toFixed(3)} ` +
          `F1 ${r.bcubed.f1.toFixed(3)}; ${r.stories} stories for ${r.events} events`,
      )
    }
  }
  const streamSize = Number(values.stream)
  if (streamSize > 0) {
    const checkpoints = [10_000, 100_000, 300_000].filter((c) => c <= streamSize)
    const points = measureStream(checkpoints, { windowHours, sample: Number(values.sample) })
    if (values.json) out(JSON.stringify({ stream: points }))
    for (const p of values.json ? [] : points) {
      out(
        `stream: after ${p.after} entries: features ${p.featuresMedianMs.toFixed(3)} ms, ` +
          `assign ${p.assignMedianMs.toFixed(3)} ms (mean ${p.assignMeanMs.toFixed(3)}, p90 ${p.assignP90Ms.toFixed(3)}) ` +
          `per entry ` +
          `(medians of ${p.sample}; CPU ${p.cpuMeanMs.toFixed(3)} ms mean); index holds ` +
          `${p.indexEntries} entries in ${p.indexStories} stories; heap ${p.heapMb.toFixed(0)} MB`,
      )
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main()
}
