/**
 * @module cluster-batch
 * Offline clustering of a batch of entries through the same incremental assigner as ingest:
 * entries are fed one at a time to a {@link StoryIndex}, in a deterministic order (publication
 * time when known, then input order), each decision applied at once, each grown story reviewed for
 * a split, and stories that fall out of the time window evicted as the stream's clock moves on.
 * Used by `broadsheet cluster` and by the evaluation. Output is deterministic.
 */

import {
  type ClusterInputDoc,
  type EntryFeatures,
  entryFeatures,
  parsePublished,
} from './entry-features.js'
import {
  type Decision,
  type SplitDecision,
  StoryIndex,
  type StoryIndexOptions,
} from './story-index.js'

export type ClusterBatchOptions = Partial<StoryIndexOptions> & {
  /** called with every decision, in processing order (for explanations and debugging) */
  onDecision?: (decision: Decision) => void
  /** called with every split, in processing order */
  onSplit?: (split: SplitDecision) => void
}

/**
 * The processing order of a batch: by publication time, then input order. An entry without a
 * date keeps its place after the dated entry before it in the input (so an undated batch is
 * processed in input order).
 */
export function processingOrder(
  docs: readonly ClusterInputDoc[],
): { index: number; time: number }[] {
  let clock = Number.NEGATIVE_INFINITY
  const order = docs.map((d, index) => {
    const t = parsePublished(d.published)
    if (t !== null) clock = t
    return { index, time: t ?? clock }
  })
  order.sort((a, b) => a.time - b.time || a.index - b.index)
  return order
}

/** Cluster a batch; returns one `{ id, story }` per input entry, in input order. */
export function clusterBatch(
  docs: readonly ClusterInputDoc[],
  options: ClusterBatchOptions = {},
): { id: string; story: string }[] {
  const order = processingOrder(docs)
  return clusterOrdered(
    docs,
    order,
    (k) => entryFeatures(docs[order[k]?.index ?? 0] as ClusterInputDoc),
    options,
  )
}

/**
 * The incremental run behind clusterBatch, one entry at a time: `step(features, time)` for each
 * entry in processing order (features computed here or by workers beforehand), then `result()`.
 */
export function orderedClusterer(
  docs: readonly ClusterInputDoc[],
  options: ClusterBatchOptions = {},
): {
  step(features: EntryFeatures, time: number): void
  result(): { id: string; story: string }[]
} {
  const { onDecision, onSplit, ...indexOptions } = options
  const index = new StoryIndex(indexOptions)
  const seen = new Set<string>()
  for (const d of docs) {
    if (seen.has(d.id)) throw new Error(`duplicate entry id ${JSON.stringify(d.id)}`)
    seen.add(d.id)
  }
  const windowMs = index.options.windowHours * 3_600_000
  const storyOf = new Map<string, string>()
  const mergedInto = new Map<string, string>()
  const final = (id: string): string => {
    let s = id
    for (let next = mergedInto.get(s); next !== undefined; next = mergedInto.get(s)) s = next
    return s
  }
  let lastEviction = Number.NEGATIVE_INFINITY
  return {
    step(f, time) {
      const now = Number.isFinite(time) ? time : 0
      if (Number.isFinite(time) && now - lastEviction > windowMs / 8) {
        index.evictOlderThan(now - windowMs)
        lastEviction = now
      }
      const decision = index.assign(f, now)
      index.apply(decision)
      onDecision?.(decision)
      storyOf.set(f.id, decision.storyId)
      for (const m of decision.merges) mergedInto.set(m.from, m.into)
      const split = index.review(final(decision.storyId), now)
      if (split) {
        index.applySplit(split)
        onSplit?.(split)
        for (const id of split.entryIds) storyOf.set(id, split.newStoryId)
      }
    },
    result() {
      return docs.map((d) => ({ id: d.id, story: final(storyOf.get(d.id) ?? '') }))
    },
  }
}

/**
 * The incremental run behind clusterBatch: `featuresAt(k)` gives the features of the k-th entry
 * in processing order (computed here or by workers beforehand).
 */
export function clusterOrdered(
  docs: readonly ClusterInputDoc[],
  order: readonly { index: number; time: number }[],
  featuresAt: (k: number) => EntryFeatures,
  options: ClusterBatchOptions = {},
): { id: string; story: string }[] {
  const run = orderedClusterer(docs, options)
  for (let k = 0; k < order.length; k++) run.step(featuresAt(k), order[k]!.time)
  return run.result()
}
