/**
 * How well each clustering signal tells apart two entries of one event from two entries of its
 * confusable twin (same topic, other event), over labelled data such as ECB+:
 *
 *   npx tsx scripts/eval-pair-signals.ts FILE.jsonl [--topics 2,5] [--exclude-topics 2,5]
 *     [--thresholds 0.12,0.16,0.2]
 *
 * For every pair of entries of one topic it measures similarity views (the index's term cosine,
 * title and lead only, entities only, numbers only, other words only, and a cosine re-weighted
 * by the pair's neighbourhood so that what the whole neighbourhood shares counts for nothing)
 * and conflict flags (main actors, people named in title and lead, years, weekdays). It prints
 * the AUC of each view (pooled and the mean over topics, with the worst topics) and, for each
 * flag, the share of same-event and of twin pairs it fires on. Last, the ceiling of a batch
 * average-link clustering on the term cosine (no order effects at all) at a few thresholds.
 * Not a test: an analysis tool (docs/clustering.md, "What does not separate the hard twins").
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { backgroundFrequencies } from '../src/cluster/background-df.js'
import { mergedTopics, scoreClustering } from '../src/cluster/cluster-metrics.js'
import { type EntryFeatures, entryFeatures, isEntityTerm } from '../src/cluster/entry-features.js'
import { extractEntityDetails } from '../src/cluster/extract-entities.js'
import { isNumberTerm, isYearTerm, rawTokens, termsOf } from '../src/cluster/tokenize.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    topics: { type: 'string' },
    'exclude-topics': { type: 'string' },
    thresholds: { type: 'string', default: '0.12,0.14,0.16,0.18,0.2' },
  },
})
const file = positionals[0]
if (!file) {
  console.error('usage: npx tsx scripts/eval-pair-signals.ts FILE.jsonl [--topics ...]')
  process.exit(2)
}
const list = (s: string | undefined): Set<string> | null =>
  s ? new Set(s.split(',').map((x) => x.trim())) : null
const only = list(values.topics)
const exclude = list(values['exclude-topics'])

interface Doc {
  id: string
  title: string
  text: string
  url?: string | null
  cluster: string
  topic: string
}
const docs: Doc[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Doc & { topic: unknown })
  .map((d) => ({ ...d, topic: String(d.topic) }))
  .filter((d) => (!only || only.has(d.topic)) && (!exclude || !exclude.has(d.topic)))
const n = docs.length
const features: EntryFeatures[] = docs.map((d) => entryFeatures(d))

// idf as a stream would have it after these documents, on top of the shipped background table
const background = backgroundFrequencies()
const df = new Map<string, number>()
for (const f of features) for (const [t] of f.terms) df.set(t, (df.get(t) ?? 0) + 1)
const docCount = n + background.docs
const idf = (t: string): number =>
  Math.log(1 + docCount / ((df.get(t) ?? 0) + (background.df[t] ?? 0) + 0.5))

type Vector = Map<string, number>
const unit = (v: Vector): Vector => {
  let norm = 0
  for (const x of v.values()) norm += x * x
  norm = Math.sqrt(norm) || 1
  return new Map([...v].map(([t, x]) => [t, x / norm]))
}
const cosine = (a: Vector, b: Vector): number => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let s = 0
  for (const [t, x] of small) s += x * (large.get(t) ?? 0)
  return s
}
const view = (keep: (term: string) => boolean): Vector[] =>
  features.map((f) =>
    unit(new Map(f.terms.filter(([t]) => keep(t)).map(([t, w]) => [t, w * idf(t)]))),
  )
const terms = view(() => true)
const titleLead = docs.map((d) => {
  const counts = new Map<string, number>()
  for (const t of termsOf(rawTokens(d.title))) counts.set(t, (counts.get(t) ?? 0) + 2)
  for (const t of termsOf(rawTokens(d.text)).slice(0, 40)) counts.set(t, (counts.get(t) ?? 0) + 1)
  return unit(new Map([...counts].map(([t, c]) => [t, (1 + Math.log(c)) * idf(t)])))
})

const sim: Float64Array[] = terms.map((a, i) =>
  Float64Array.from(terms, (b, j) => (i === j ? 0 : cosine(a, b))),
)
// neighbourhood contrast: a term shared by most of an entry's 30 nearest entries weighs nothing
const NEIGHBOURS = 30
const contrast = terms.map((v, i) => {
  const hood = [...sim[i]!.keys()]
    .filter((j) => j !== i)
    .sort((a, b) => sim[i]![b]! - sim[i]![a]!)
    .slice(0, NEIGHBOURS)
  hood.push(i)
  const local = new Map<string, number>()
  for (const j of hood) for (const t of terms[j]!.keys()) local.set(t, (local.get(t) ?? 0) + 1)
  const m = hood.length
  return unit(
    new Map(
      [...v].map(([t, x]) => [
        t,
        x * Math.max(0, Math.log((m + 1) / ((local.get(t) ?? 0) + 0.5)) / Math.log(m + 1)),
      ]),
    ),
  )
})
const views: Record<string, (i: number, j: number) => number> = {
  'term cosine (the index)': (i, j) => sim[i]![j]!,
  'title and lead': (i, j) => cosine(titleLead[i]!, titleLead[j]!),
  entities: (
    (v) => (i: number, j: number) =>
      cosine(v[i]!, v[j]!)
  )(view(isEntityTerm)),
  numbers: (
    (v) => (i: number, j: number) =>
      cosine(v[i]!, v[j]!)
  )(view(isNumberTerm)),
  'other words': (
    (v) => (i: number, j: number) =>
      cosine(v[i]!, v[j]!)
  )(view((t) => !isEntityTerm(t) && !isNumberTerm(t))),
  'neighbourhood contrast': (i, j) => cosine(contrast[i]!, contrast[j]!),
}

// conflict flags
const termSets = features.map((f) => new Set(f.terms.map(([t]) => t)))
const absentBoth = (a: string[], b: string[], i: number, j: number): boolean =>
  a.length > 0 &&
  b.length > 0 &&
  a.every((k) => !termSets[j]!.has(k)) &&
  b.every((k) => !termSets[i]!.has(k))
const someAbsentBoth = (a: string[], b: string[], i: number, j: number): boolean =>
  a.length > 0 &&
  b.length > 0 &&
  a.some((k) => !termSets[j]!.has(k)) &&
  b.some((k) => !termSets[i]!.has(k))
const leadPeople = docs.map((d) =>
  extractEntityDetails(d.title, d.text.split(/\s+/).slice(0, 40).join(' '))
    .entities.filter((e) => e.kind === 'person')
    .map((e) => e.key),
)
const actors = features.map((f) => f.salient.filter((k) => !isNumberTerm(k)))
const dated = features.map((f) => Math.max(0, ...f.years.map(Number)))
const latest = features.map((f) =>
  Math.max(0, ...f.terms.filter(([t]) => isYearTerm(t)).map(([t]) => Number(t))),
)
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '))
const weekdays = docs.map(
  (d) =>
    new Set(
      `${d.title} ${d.text}`
        .toLowerCase()
        .split(/[^a-z]+/)
        .slice(0, 60)
        .filter((w) => WEEKDAYS.has(w)),
    ),
)
const flags: Record<string, (i: number, j: number) => boolean> = {
  'main actors disagree': (i, j) => someAbsentBoth(actors[i]!, actors[j]!, i, j),
  'people of title and lead apart': (i, j) => absentBoth(leadPeople[i]!, leadPeople[j]!, i, j),
  'year conflict': (i, j) =>
    (dated[i]! > 0 && latest[j]! > 0 && dated[i]! > latest[j]! + 1) ||
    (dated[j]! > 0 && latest[i]! > 0 && dated[j]! > latest[i]! + 1),
  'weekdays apart': (i, j) =>
    weekdays[i]!.size > 0 &&
    weekdays[j]!.size > 0 &&
    [...weekdays[i]!].every((w) => !weekdays[j]!.has(w)),
}

interface Pair {
  i: number
  j: number
  same: boolean
  topic: string
}
const pairs: Pair[] = []
for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++) {
    if (docs[i]!.topic !== docs[j]!.topic) continue
    pairs.push({ i, j, same: docs[i]!.cluster === docs[j]!.cluster, topic: docs[i]!.topic })
  }
}

/** Probability that a same-event pair scores above a twin pair (ties count half). */
function auc(scored: { score: number; same: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => a.score - b.score)
  let rankSum = 0
  let positives = 0
  for (let k = 0; k < sorted.length;) {
    let end = k
    while (end < sorted.length && sorted[end]!.score === sorted[k]!.score) end++
    const rank = (k + 1 + end) / 2
    for (let x = k; x < end; x++) {
      if (sorted[x]!.same) {
        rankSum += rank
        positives++
      }
    }
    k = end
  }
  const negatives = sorted.length - positives
  if (positives === 0 || negatives === 0) return Number.NaN
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives)
}

const topics = [...new Set(pairs.map((p) => p.topic))]
console.log(
  `${n} entries, ${topics.length} topics, ${pairs.length} pairs within topics ` +
    `(${pairs.filter((p) => p.same).length} of one event, ${pairs.filter((p) => !p.same).length} twins)\n`,
)
console.log('view                          pooled AUC  mean AUC per topic  worst topics')
for (const [name, score] of Object.entries(views)) {
  const scored = pairs.map((p) => ({ score: score(p.i, p.j), same: p.same, topic: p.topic }))
  const perTopic = topics
    .map((t) => ({ t, a: auc(scored.filter((s) => s.topic === t)) }))
    .filter((x) => Number.isFinite(x.a))
    .sort((a, b) => a.a - b.a)
  const mean = perTopic.reduce((s, x) => s + x.a, 0) / Math.max(1, perTopic.length)
  const worst = perTopic
    .slice(0, 4)
    .map((x) => `${x.t} (${x.a.toFixed(2)})`)
    .join(', ')
  console.log(
    `${name.padEnd(30)}${auc(scored).toFixed(3).padStart(10)}${mean.toFixed(3).padStart(20)}  ${worst}`,
  )
}
console.log(
  '\nflag                           same-event pairs  twin pairs  topics where it fires on most twin pairs',
)
for (const [name, fires] of Object.entries(flags)) {
  const same = pairs.filter((p) => p.same)
  const twins = pairs.filter((p) => !p.same)
  const share = (ps: Pair[]): number =>
    ps.filter((p) => fires(p.i, p.j)).length / Math.max(1, ps.length)
  const covered = topics.filter((t) => share(twins.filter((p) => p.topic === t)) > 0.5)
  console.log(
    `${name.padEnd(31)}${`${(share(same) * 100).toFixed(1)}%`.padStart(16)}${`${(share(twins) * 100).toFixed(1)}%`.padStart(12)}  ${covered.join(', ') || '-'}`,
  )
}

// batch average link on the term cosine: what a perfect, order-free use of this view gives
console.log('\nbatch average link on the term cosine (no order effects)')
const gold = docs.map((d) => d.cluster)
const topicOf = docs.map((d) => d.topic)
for (const threshold of values.thresholds.split(',').map(Number)) {
  let clusters: number[][] = docs.map((_, i) => [i])
  let link: number[][] = sim.map((row) => Array.from(row))
  for (;;) {
    let best = -1
    let bi = -1
    let bj = -1
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const avg = link[a]![b]! / (clusters[a]!.length * clusters[b]!.length)
        if (avg > best) [best, bi, bj] = [avg, a, b]
      }
    }
    if (best < threshold) break
    const row = clusters.map((_, k) => link[bi]![k]! + link[bj]![k]!)
    const keep = clusters.map((_, k) => k).filter((k) => k !== bi && k !== bj)
    link = [
      ...keep.map((a) => [...keep.map((b) => link[a]![b]!), row[a]!]),
      [...keep.map((b) => row[b]!), 0],
    ]
    clusters = [...keep.map((k) => clusters[k]!), [...clusters[bi]!, ...clusters[bj]!]]
  }
  const labels = new Array<string>(n)
  clusters.forEach((c, k) => c.forEach((i) => (labels[i] = String(k))))
  const s = scoreClustering(labels, gold)
  const m = mergedTopics(labels, gold, topicOf)
  console.log(
    `  threshold ${threshold.toFixed(2)}: BCubed P ${s.bcubed.precision.toFixed(3)} R ${s.bcubed.recall.toFixed(3)} ` +
      `F1 ${s.bcubed.f1.toFixed(3)}; ${s.predictedClusters} stories; twins merged ${m.merged.length}/${m.topics}` +
      `${m.merged.length > 0 ? ` (${m.merged.join(', ')})` : ''}`,
  )
}
