/**
 * The worker loop's scheduling, with a scripted queue: clustering waits for ingestion to settle (or
 * for its longest wait to run out), a single pass clusters after its refreshes, and a running
 * refresh keeps renewing its lease. The queue itself is tested on real databases in
 * db/stores.db.test.ts; the whole loop runs against PostgreSQL in test/e2e/workers.e2e.test.ts.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'

import type { Job } from '../db/job-store.js'
import type { FeedId, JobId } from '../domain/ids.js'
import { FetchCancelledError } from '../ingest/fetch/fetcher.js'
import type { RefreshOutcome } from '../ingest/refresh-feed.js'
import { systemClock } from '../lib/clock.js'
import { silentLogger } from '../lib/logger.js'
import { startWorker, type WorkerDeps } from './run-worker.js'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function refreshJob(id: number): Job {
  return {
    id: id as JobId,
    kind: 'refresh-feed',
    key: `feed:${id}`,
    payload: { feedId: id },
    runAt: new Date(),
    attempts: 1,
    leaseOwner: 'w',
    leaseExpiresAt: null,
    lastError: null,
  }
}

const outcome = (feedId: number): RefreshOutcome =>
  ({ kind: 'not-modified', feedId, nextCheckAt: new Date(Date.now() + 3_600_000) }) as never

/** A scripted world: `refreshing` says whether ingestion is busy; `pending` entries await clustering. */
function world(options: { settleMs?: number; refreshMs?: number; feeds?: number } = {}) {
  const state = {
    busy: false,
    pending: 0,
    pendingSince: null as Date | null,
    clusterCalls: [] as { pending: number; busy: boolean; refreshesDone: number }[],
    renewals: 0,
    refreshesDone: 0,
    unclaimed: Array.from({ length: options.feeds ?? 0 }, (_, i) => i + 1),
  }
  const deps: WorkerDeps = {
    jobs: {
      claim: async ({ limit }) => state.unclaimed.splice(0, limit).map(refreshJob),
      complete: async () => {},
      release: async () => {},
      renew: async () => {
        state.renewals++
      },
      nextRunAt: async () => null,
      busy: async () => state.busy,
    },
    refreshFeed: async (feedId: FeedId) => {
      await wait(options.refreshMs ?? 0)
      state.pending++
      state.pendingSince ??= new Date()
      state.refreshesDone++
      return outcome(feedId)
    },
    clusterWarmUp: async () => {},
    clusterPending: async () => {
      state.clusterCalls.push({
        pending: state.pending,
        busy: state.busy,
        refreshesDone: state.refreshesDone,
      })
      const n = state.pending
      state.pending = 0
      state.pendingSince = null
      return n
    },
    clusterPendingSince: async () => state.pendingSince,
    clusterSettleMs: options.settleMs ?? 60_000,
    clock: systemClock,
    logger: silentLogger,
    owner: 'w',
    concurrency: 2,
    leaseSeconds: 1,
    pollMs: 10,
  }
  return { state, deps }
}

test('clustering waits while ingestion is busy, then decides everything pending at once', async () => {
  const { state, deps } = world()
  state.busy = true
  state.pending = 5
  state.pendingSince = new Date()
  const worker = startWorker(deps)
  try {
    await wait(150)
    assert.deepEqual(state.clusterCalls, [], 'nothing is decided while feeds are being fetched')
    state.busy = false
    for (let i = 0; i < 50 && state.clusterCalls.length === 0; i++) await wait(20)
    assert.deepEqual(state.clusterCalls, [{ pending: 5, busy: false, refreshesDone: 0 }])
  } finally {
    await worker.stop()
  }
})

test('clustering stops waiting once the oldest pending entry has waited the settle time', async () => {
  const { state, deps } = world({ settleMs: 200 })
  state.busy = true
  state.pending = 3
  state.pendingSince = new Date()
  const worker = startWorker(deps)
  try {
    await wait(100)
    assert.equal(state.clusterCalls.length, 0)
    for (let i = 0; i < 50 && state.clusterCalls.length === 0; i++) await wait(20)
    assert.deepEqual(state.clusterCalls, [{ pending: 3, busy: true, refreshesDone: 0 }])
  } finally {
    await worker.stop()
  }
})

test('a single pass refreshes every feed first, then clusters what they brought', async () => {
  const { state, deps } = world({ feeds: 6, refreshMs: 20 })
  state.busy = true // a single pass does not wait for other workers' jobs
  const worker = startWorker(deps, { untilIdle: true })
  await worker.done
  assert.equal(state.refreshesDone, 6)
  assert.deepEqual(state.clusterCalls, [{ pending: 6, busy: true, refreshesDone: 6 }])
  assert.equal(worker.summary.clustered, 6)
})

test('stop() waits for running refreshes, then cancels them; a cancelled job is due again', async () => {
  const { state, deps } = world({ feeds: 1 })
  const released: { id: number; at: Date; error: string | null }[] = []
  let started = false
  let sawSignal = false
  const worker = startWorker({
    ...deps,
    jobs: {
      ...deps.jobs,
      release: async (id, _owner, at, error) => {
        released.push({ id, at, error: error ?? null })
      },
    },
    // a fetch that never answers on its own, as a stalled upstream would
    refreshFeed: (_feedId, options) =>
      new Promise((_resolve, reject) => {
        started = true
        sawSignal = options?.signal !== undefined
        options?.signal?.addEventListener('abort', () => reject(new FetchCancelledError('x')))
      }),
  })
  while (!started) await wait(5)
  const before = Date.now()
  await worker.stop({ graceMs: 200 })
  const tookMs = Date.now() - before
  assert.ok(sawSignal, 'the refresh was given the stop signal')
  assert.ok(tookMs >= 190 && tookMs < 2000, `stop took ${tookMs} ms with a 200 ms grace`)
  assert.equal(released.length, 1)
  assert.equal(released[0]?.error, null, 'a cancellation is not an error of the feed')
  assert.ok(Math.abs(released[0]!.at.getTime() - Date.now()) < 2000, 'due again at once')
  assert.equal(state.refreshesDone, 0)
})

test('stop() does not cancel refreshes that finish within the grace period', async () => {
  const { state, deps } = world({ feeds: 2, refreshMs: 150 })
  const worker = startWorker(deps)
  while (state.unclaimed.length > 0) await wait(5)
  await worker.stop({ graceMs: 5000 })
  assert.equal(state.refreshesDone, 2)
})

test('a refresh that outlasts a third of its lease keeps renewing it', async () => {
  const { state, deps } = world({ feeds: 1, refreshMs: 900 })
  const worker = startWorker(deps, { untilIdle: true })
  await worker.done
  assert.ok(state.renewals >= 2, `renewed ${state.renewals} times during a 0.9 s refresh`)
})
