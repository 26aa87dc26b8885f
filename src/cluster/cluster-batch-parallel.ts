/**
 * @module cluster-batch-parallel
 * {@link clusterBatch} with entry features computed in worker threads while the main thread
 * assigns, a few batches ahead: the same decisions in the same order (features are pure and the
 * index resolves names itself). For `broadsheet cluster` on large inputs and the bench.
 */

import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

import { type ClusterBatchOptions, orderedClusterer, processingOrder } from './cluster-batch.js'
import type { ClusterInputDoc, EntryFeatures } from './entry-features.js'
import { type EncodedFeatures, FeatureDecoder } from './feature-codec.js'

/** The worker runs from source under tsx (.ts) and from the build otherwise (.js). */
const WORKER_EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js'

/** Documents sent to a worker at a time. */
const BATCH = 256

/** Batches each worker may be ahead of the assignment. */
const LOOKAHEAD = 4

export interface ParallelOptions extends ClusterBatchOptions {
  /** feature workers; by default one less than the available cores (at least one) */
  workers?: number
}

/**
 * A feature worker. From source (under tsx) the worker registers tsx's loader before importing
 * the TypeScript module, since loaders registered in the main thread do not reach workers.
 */
function spawnWorker(url: URL): Worker {
  if (WORKER_EXTENSION === '.js') return new Worker(url)
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}) })`
  return new Worker(bootstrap, { eval: true })
}

/** Cluster a batch with feature extraction in worker threads; same output as clusterBatch. */
export async function clusterBatchParallel(
  docs: readonly ClusterInputDoc[],
  options: ParallelOptions = {},
): Promise<{ id: string; story: string }[]> {
  const { workers: wanted, ...batchOptions } = options
  const order = processingOrder(docs)
  const count = Math.max(1, wanted ?? availableParallelism() - 1)
  const pool = Array.from({ length: count }, () =>
    spawnWorker(new URL(`./feature-worker${WORKER_EXTENSION}`, import.meta.url)),
  )
  try {
    const pending = new Map<number, Promise<EncodedFeatures>>()
    const batches = Math.ceil(order.length / BATCH)
    const waiters = new Map<number, (features: EncodedFeatures) => void>()
    const failures: ((error: Error) => void)[] = []
    // each worker's batches are decoded in the order it encoded them (its words are sent once)
    const decoders = pool.map(() => new FeatureDecoder())
    for (const w of pool) {
      w.on('message', (m: { batch: number; features: EncodedFeatures }) =>
        waiters.get(m.batch)?.(m.features),
      )
      w.on('error', (error: Error) => {
        for (const fail of failures) fail(error)
      })
    }
    const post = (b: number) => {
      pending.set(
        b,
        new Promise<EncodedFeatures>((resolve, reject) => {
          waiters.set(b, resolve)
          failures.push(reject)
        }),
      )
      const slice = order
        .slice(b * BATCH, (b + 1) * BATCH)
        .map((o) => docs[o.index] as ClusterInputDoc)
      pool[b % count]?.postMessage({ batch: b, docs: slice })
    }
    // the workers stay a few batches ahead of the assignment (not the whole input: features are
    // bulky), so computing features and assigning overlap
    for (let b = 0; b < Math.min(batches, LOOKAHEAD * count); b++) post(b)
    const run = orderedClusterer(docs, batchOptions)
    for (let b = 0; b < batches; b++) {
      const encoded = await (pending.get(b) as Promise<EncodedFeatures>)
      const features = (decoders[b % count] as FeatureDecoder).decode(encoded)
      pending.delete(b)
      waiters.delete(b)
      if (b + LOOKAHEAD * count < batches) post(b + LOOKAHEAD * count)
      for (let i = 0; i < features.length; i++) {
        run.step(features[i] as EntryFeatures, (order[b * BATCH + i] as { time: number }).time)
      }
    }
    return run.result()
  } finally {
    await Promise.all(pool.map((w) => w.terminate()))
  }
}
