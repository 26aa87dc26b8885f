/**
 * @module feature-worker
 * Worker-thread entry point for {@link clusterBatchParallel}: computes entry features for the
 * batches of documents it is sent, in order. Features are pure and need no index state, so any
 * number of workers can compute them while the main thread assigns.
 */

import { parentPort } from 'node:worker_threads'

import { type ClusterInputDoc, entryFeatures } from './entry-features.js'

parentPort?.on('message', (message: { batch: number; docs: ClusterInputDoc[] }) => {
  parentPort?.postMessage({
    batch: message.batch,
    features: message.docs.map((d) => entryFeatures(d)),
  })
})
