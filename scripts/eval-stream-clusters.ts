/**
 * Clustering on a high-volume stream: clusters the generated bench corpus (bench/generate-corpus.ts:
 * N feeds × 50 items over 72 h, 30% of items reporting one of N × 50 / 12 events, the rest
 * unrelated, drawn from a small made-up vocabulary) through `clusterBatch` and prints the biggest
 * stories and BCubed against the generator's events. A catch-all story (one that gathers unrelated
 * entries because its centroid resembles the whole stream) shows up as a story far bigger than any
 * event.
 *
 *   npx tsx scripts/eval-stream-clusters.ts [--feeds 2000] [--set key=value ...]
 *
 * 2,000 feeds are 100,000 entries (about 3 minutes here).
 */
import { parseArgs } from 'node:util'

import { generateCorpus } from '../bench/generate-corpus.js'
import { clusterBatch } from '../src/cluster/cluster-batch.js'
import { scoreClustering } from '../src/cluster/cluster-metrics.js'
import type { StoryIndexOptions } from '../src/cluster/story-index.js'
import { htmlToText } from '../src/ingest/sanitize/html-to-text.js'

const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '2000' },
    set: { type: 'string', multiple: true, default: [] },
  },
})
const options: Record<string, number> = {}
for (const pair of values.set) {
  const [key, value] = pair.split('=')
  if (!key || value === undefined || !Number.isFinite(Number(value))) {
    throw new Error(`--set wants key=number, got ${pair}`)
  }
  options[key] = Number(value)
}

const corpus = generateCorpus({
  feeds: Number(values.feeds),
  itemsPerFeed: 50,
  now: new Date('2026-11-20T12:00:00Z'),
})
const docs = corpus.feeds.flatMap((feed) =>
  feed.items.map((item) => ({
    id: item.guid,
    title: item.title,
    text: htmlToText(item.html),
    url: item.link,
    published: item.published.toISOString(),
    source: `feed-${feed.index}`,
    event: item.event === null ? item.guid : `event-${item.event}`,
  })),
)
const started = performance.now()
const out = clusterBatch(docs, options as Partial<StoryIndexOptions>)
const seconds = (performance.now() - started) / 1000
const sizes = new Map<string, number>()
for (const { story } of out) sizes.set(story, (sizes.get(story) ?? 0) + 1)
const bySize = [...sizes.values()].sort((a, b) => b - a)
const eventSizes = new Map<string, number>()
for (const d of docs) eventSizes.set(d.event, (eventSizes.get(d.event) ?? 0) + 1)
const scores = scoreClustering(
  out.map((o) => o.story),
  docs.map((d) => d.event),
)
const f = (x: number) => x.toFixed(3)
console.log(`entries          ${docs.length} (${seconds.toFixed(0)} s)`)
console.log(`stories          ${sizes.size} (events and unrelated entries: ${eventSizes.size})`)
console.log(`biggest stories  ${bySize.slice(0, 8).join(', ')}`)
console.log(`biggest event    ${Math.max(...eventSizes.values())}`)
console.log(
  `BCubed           P ${f(scores.bcubed.precision)}  R ${f(scores.bcubed.recall)}  F1 ${f(scores.bcubed.f1)}`,
)
