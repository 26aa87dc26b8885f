/**
 * Evaluate story clustering against gold labels.
 *
 *   npx tsx scripts/eval-clusters.ts FILE.jsonl [--topics 2,5,12] [--exclude-topics 2,5]
 *     [--order file|shuffled|both] [--seed 1] [--shuffles 1] [--set joinThreshold=0.3 ...]
 *     [--per-topic] [--json]
 *
 * Lines are cluster input (`id`, `title`, `text`, `url?`, `published?`, `source?`) plus a gold
 * `cluster` and an optional `topic`. Prints pairwise and BCubed precision/recall/F1, cluster
 * counts and, when lines have topics, the share of topics whose gold events were merged:
 * a topic is merged when one predicted story holds at least 2 members of each of two different
 * gold events of that topic.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { clusterBatch } from '../src/cluster/cluster-batch.js'
import {
  type ClusterScores,
  mergedTopics,
  scoreClustering,
} from '../src/cluster/cluster-metrics.js'
import type { ClusterInputDoc } from '../src/cluster/entry-features.js'
import type { StoryIndexOptions } from '../src/cluster/story-index.js'

interface GoldDoc extends ClusterInputDoc {
  cluster: string
  topic: string | null
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    topics: { type: 'string' },
    'exclude-topics': { type: 'string' },
    order: { type: 'string', default: 'both' },
    seed: { type: 'string', default: '1' },
    shuffles: { type: 'string', default: '1' },
    set: { type: 'string', multiple: true, default: [] },
    'per-topic': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
})

const file = positionals[0]
if (!file) {
  console.error(
    'usage: npx tsx scripts/eval-clusters.ts FILE.jsonl [--topics 2,5] [--exclude-topics ...]',
  )
  process.exit(2)
}

const list = (s: string | undefined): Set<string> | null =>
  s
    ? new Set(
        s
          .split(',')
          .map((x) => x.trim())
          .filter((x) => x !== ''),
      )
    : null
const only = list(values.topics)
const exclude = list(values['exclude-topics'])

const docs: GoldDoc[] = []
readFileSync(file, 'utf8')
  .split('\n')
  .forEach((line, i) => {
    if (line.trim() === '') return
    let o: Record<string, unknown>
    try {
      o = JSON.parse(line) as Record<string, unknown>
    } catch (err) {
      throw new Error(`line ${i + 1}: invalid JSON (${(err as Error).message})`, { cause: err })
    }
    const topic = o.topic === undefined || o.topic === null ? null : String(o.topic)
    if (only && (topic === null || !only.has(topic))) return
    if (exclude && topic !== null && exclude.has(topic)) return
    if (o.cluster === undefined || o.cluster === null) {
      throw new Error(`line ${i + 1}: no gold "cluster"`)
    }
    docs.push({
      id: String(o.id),
      title: typeof o.title === 'string' ? o.title : '',
      text: typeof o.text === 'string' ? o.text : '',
      url: typeof o.url === 'string' ? o.url : null,
      published:
        typeof o.published === 'string' || typeof o.published === 'number' ? o.published : null,
      source: typeof o.source === 'string' ? o.source : null,
      cluster: String(o.cluster),
      topic,
    })
  })

const overrides: Record<string, number> = {}
for (const kv of values.set ?? []) {
  const [k, v] = kv.split('=')
  if (!k || v === undefined || !Number.isFinite(Number(v))) throw new Error(`bad --set ${kv}`)
  overrides[k] = Number(v)
}
const options = overrides as Partial<StoryIndexOptions>

/** A small seeded PRNG (mulberry32), so shuffled runs are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs]
  const r = rng(seed)
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    const tmp = out[i] as T
    out[i] = out[j] as T
    out[j] = tmp
  }
  return out
}

interface Run {
  order: string
  scores: ClusterScores
  topics: number
  merged: string[]
  seconds: number
  perTopic: Map<string, ClusterScores>
}

function run(input: GoldDoc[], order: string): Run {
  const t0 = performance.now()
  const out = clusterBatch(input, options)
  const seconds = (performance.now() - t0) / 1000
  const predicted = out.map((r) => r.story)
  const gold = input.map((d) => d.cluster)
  const scores = scoreClustering(predicted, gold)
  const withTopic = input
    .map((d, i) => ({ d, p: predicted[i] ?? '' }))
    .filter((x) => x.d.topic !== null)
  const m = mergedTopics(
    withTopic.map((x) => x.p),
    withTopic.map((x) => x.d.cluster),
    withTopic.map((x) => x.d.topic ?? ''),
  )
  const perTopic = new Map<string, ClusterScores>()
  for (const t of new Set(withTopic.map((x) => x.d.topic ?? ''))) {
    const sub = withTopic.filter((x) => x.d.topic === t)
    perTopic.set(
      t,
      scoreClustering(
        sub.map((x) => x.p),
        sub.map((x) => x.d.cluster),
      ),
    )
  }
  return { order, scores, topics: m.topics, merged: m.merged, seconds, perTopic }
}

const runs: Run[] = []
if (values.order === 'file' || values.order === 'both') runs.push(run(docs, 'file'))
if (values.order === 'shuffled' || values.order === 'both') {
  const seed = Number(values.seed)
  for (let k = 0; k < Number(values.shuffles); k++) {
    runs.push(run(shuffled(docs, seed + k), `shuffled(seed ${seed + k})`))
  }
}

const pct = (x: number): string => x.toFixed(3)
if (values.json) {
  console.log(JSON.stringify(runs.map((r) => ({ ...r, perTopic: Object.fromEntries(r.perTopic) }))))
} else {
  console.log(
    `${docs.length} entries, ${new Set(docs.map((d) => d.cluster)).size} gold clusters` +
      (Object.keys(overrides).length ? `, options ${JSON.stringify(overrides)}` : ''),
  )
  for (const r of runs) {
    const s = r.scores
    console.log(
      `\norder: ${r.order}  (${r.seconds.toFixed(2)} s, ${((r.seconds * 1000) / docs.length).toFixed(2)} ms/entry)`,
    )
    console.log(`  clusters      predicted ${s.predictedClusters}  gold ${s.goldClusters}`)
    console.log(
      `  pairwise      P ${pct(s.pairwise.precision)}  R ${pct(s.pairwise.recall)}  F1 ${pct(s.pairwise.f1)}`,
    )
    console.log(
      `  BCubed        P ${pct(s.bcubed.precision)}  R ${pct(s.bcubed.recall)}  F1 ${pct(s.bcubed.f1)}`,
    )
    if (r.topics > 0) {
      console.log(
        `  twins merged  ${r.merged.length}/${r.topics} topics (${((100 * r.merged.length) / r.topics).toFixed(1)}%)` +
          (r.merged.length ? `: ${r.merged.join(', ')}` : ''),
      )
      console.log(
        '                (merged = one predicted story holds >= 2 members of each of two gold events of the topic)',
      )
    }
    if (values['per-topic']) {
      for (const [t, ts] of [...r.perTopic].sort((a, b) => a[1].bcubed.f1 - b[1].bcubed.f1)) {
        console.log(
          `    topic ${t.padStart(3)}  B3 P ${pct(ts.bcubed.precision)} R ${pct(ts.bcubed.recall)} F1 ${pct(ts.bcubed.f1)}  predicted ${ts.predictedClusters} gold ${ts.goldClusters}`,
        )
      }
    }
  }
}
