/**
 * @module run-worker
 * The worker loop: claims due jobs from the jobs table and runs them with bounded concurrency.
 * `refresh-feed` jobs are recurring (released with the feed's next check time); `cluster-entry` jobs are
 * one-shot and handled in batches, in arrival order. Stops gracefully: `stop()` lets running jobs finish.
 * `untilIdle` makes a single pass (for `broadsheet refresh`): it returns when nothing is due.
 */
import type { Job, JobStore } from '../db/job-store.js'
import type { EntryId, FeedId } from '../domain/ids.js'
import { REFRESH_JOB } from '../ingest/add-feed.js'
import { CLUSTER_JOB, type RefreshOutcome } from '../ingest/refresh-feed.js'
import type { Clock } from '../lib/clock.js'
import type { Logger } from '../lib/logger.js'

export interface WorkerDeps {
  jobs: Pick<JobStore, 'claim' | 'complete' | 'release' | 'nextRunAt' | 'countDue'>
  refreshFeed(feedId: FeedId): Promise<RefreshOutcome>
  /** assigns entries to stories; absent when clustering is off */
  clusterEntries?(entryIds: EntryId[]): Promise<void>
  clock: Clock
  logger: Logger
  owner: string
  concurrency: number
  leaseSeconds: number
  pollMs: number
  clusterBatchSize?: number
  /**
   * Queues clustering for stored entries that are in no story and have no job (their worker died
   * between the two writes); called when the cluster queue is empty, at most every `sweepEveryMs`.
   */
  sweepUnclustered?(): Promise<number>
  sweepEveryMs?: number
}

export interface Worker {
  /** resolves when the worker has stopped */
  done: Promise<void>
  stop(): Promise<void>
}

export interface PassSummary {
  refreshed: number
  updated: number
  notModified: number
  failed: number
  inserted: number
  clustered: number
}

export function startWorker(
  deps: WorkerDeps,
  options: {
    untilIdle?: boolean
    /** only these refresh jobs (`feed:<id>` keys) */
    refreshKeys?: readonly string[]
    onOutcome?: (outcome: RefreshOutcome) => void
  } = {},
): Worker & { summary: PassSummary } {
  let stopping = false
  const wakers = new Set<() => void>()
  const summary: PassSummary = {
    refreshed: 0,
    updated: 0,
    notModified: 0,
    failed: 0,
    inserted: 0,
    clustered: 0,
  }
  const active = new Set<Promise<void>>()

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const waker = () => {
        clearTimeout(timer)
        wakers.delete(waker)
        resolve()
      }
      const timer = setTimeout(waker, ms)
      wakers.add(waker)
    })

  async function runRefresh(job: Job): Promise<void> {
    const { feedId } = job.payload as { feedId: FeedId }
    try {
      const outcome = await deps.refreshFeed(feedId)
      summary.refreshed++
      if (outcome.kind === 'updated') {
        summary.updated++
        summary.inserted += outcome.inserted
      } else if (outcome.kind === 'not-modified') summary.notModified++
      else summary.failed++
      options.onOutcome?.(outcome)
      await deps.jobs.release(job.id, deps.owner, outcome.nextCheckAt)
    } catch (error) {
      summary.failed++
      const message = (error as Error).message
      deps.logger.error({ feed_id: feedId, error: message }, 'refresh job crashed')
      const retryAt = new Date(
        deps.clock.now().getTime() + Math.min(3600, 60 * 2 ** job.attempts) * 1000,
      )
      await deps.jobs.release(job.id, deps.owner, retryAt, message)
    }
  }

  async function refreshLoop(): Promise<void> {
    while (!stopping) {
      const free = deps.concurrency - active.size
      const claimed =
        free > 0
          ? await deps.jobs.claim({
              kinds: [REFRESH_JOB],
              owner: deps.owner,
              now: deps.clock.now(),
              leaseSeconds: deps.leaseSeconds,
              limit: free,
              keys: options.refreshKeys,
            })
          : []
      for (const job of claimed) {
        const running = runRefresh(job).finally(() => active.delete(running))
        active.add(running)
      }
      if (active.size >= deps.concurrency || (claimed.length > 0 && active.size > 0)) {
        await Promise.race(active)
        continue
      }
      if (active.size > 0) {
        await Promise.race(active)
        continue
      }
      if (options.untilIdle) return
      const next = await deps.jobs.nextRunAt([REFRESH_JOB])
      const waitMs = next ? Math.max(0, next.getTime() - deps.clock.now().getTime()) : deps.pollMs
      await sleep(Math.min(Math.max(waitMs, 10), deps.pollMs))
    }
    await Promise.all(active)
  }

  async function clusterLoop(refreshDone: () => boolean): Promise<void> {
    const clusterEntries = deps.clusterEntries
    if (!clusterEntries) return
    let lastSweep = Number.NEGATIVE_INFINITY
    while (!stopping) {
      const jobs = await deps.jobs.claim({
        kinds: [CLUSTER_JOB],
        owner: deps.owner,
        now: deps.clock.now(),
        leaseSeconds: deps.leaseSeconds,
        limit: deps.clusterBatchSize ?? 500,
      })
      if (jobs.length === 0) {
        const sweepDue = Date.now() - lastSweep >= (deps.sweepEveryMs ?? 60_000)
        if (deps.sweepUnclustered && sweepDue && (!options.untilIdle || refreshDone())) {
          lastSweep = Date.now()
          if ((await deps.sweepUnclustered()) > 0) continue
        }
        if (options.untilIdle && refreshDone()) return
        await sleep(options.untilIdle ? 20 : deps.pollMs)
        continue
      }
      const ids = jobs.map((job) => (job.payload as { entryId: EntryId }).entryId)
      try {
        await clusterEntries(ids)
        summary.clustered += ids.length
        for (const job of jobs) await deps.jobs.complete(job.id, deps.owner)
      } catch (error) {
        const message = (error as Error).message
        deps.logger.error({ entries: ids.length, error: message }, 'cluster job failed')
        const retryAt = new Date(deps.clock.now().getTime() + 30_000)
        for (const job of jobs) await deps.jobs.release(job.id, deps.owner, retryAt, message)
        if (options.untilIdle) return
      }
    }
  }

  let refreshFinished = false
  const done = (async () => {
    await Promise.all([
      refreshLoop().finally(() => {
        refreshFinished = true
      }),
      clusterLoop(() => refreshFinished),
    ])
  })()

  return {
    done,
    summary,
    async stop() {
      stopping = true
      for (const waker of [...wakers]) waker()
      await done
    },
  }
}
