/**
 * @module feature-worker
 * Worker-thread entry point for {@link clusterBatchParallel}: computes entry features for the
 * batches of documents it is sent, in order, and sends them back in compact form
 * ({@link FeatureEncoder}: the numbers are transferred, words are sent once). Features are pure and
 * need no index state, so any number of workers can compute them while the main thread assigns.
 */

import { parentPort } from 'node:worker_threads'

import { type ClusterInputDoc, entryFeatures } from './entry-features.js'
import { FeatureEncoder } from './feature-codec.js'

const encoder = new FeatureEncoder()

parentPort?.on('message', (message: { batch: number; docs: ClusterInputDoc[] }) => {
  const features = encoder.encode(message.docs.map((d) => entryFeatures(d)))
  parentPort?.postMessage({ batch: message.batch, features }, [features.numbers.buffer])
})
