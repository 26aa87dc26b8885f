/**
 * @module run-worker
 * The worker loop: claims due jobs from the jobs table and runs them with bounded concurrency.
 * `refresh-feed` jobs are recurring (released with the feed's next check time); their leases are
 * renewed while a refresh runs, so a slow feed is never fetched twice at once. `cluster-entry` jobs
 * are one-shot: clustering waits until ingestion has settled (no refresh running or due), or until
 * the oldest pending entry has waited `clusterSettleMs`, then decides every pending entry in
 * publication order. Stops gracefully: `stop()` lets running jobs finish for a grace period, then
 * cancels the fetches still in flight; a cancelled refresh records nothing and its job is due again
 * at once, for whichever worker runs next. `untilIdle` makes a single pass (for `broadsheet
 * refresh`): refreshes first, then clustering, then it returns.
 */
import { setMaxListeners } from 'node:events'

import type { Job, JobStore } from '../db/job-store.js'
import type { FeedId } from '../domain/ids.js'
import { REFRESH_JOB } from '../ingest/add-feed.js'
import { isCancelled } from '../ingest/fetch/fetcher.js'
import type { RefreshOutcome } from '../ingest/refresh-feed.js'
import type { Clock } from '../lib/clock.js'
import type { Logger } from '../lib/logger.js'

export interface WorkerDeps {
  jobs: Pick<JobStore, 'claim' | 'complete' | 'release' | 'renew' | 'nextRunAt' | 'busy'>
  /** `signal` cancels the refresh (it then rejects with the fetcher's cancellation) */
  refreshFeed(feedId: FeedId, options?: { signal?: AbortSignal }): Promise<RefreshOutcome>
  /** decides every pending entry, returns how many; absent when clustering is off */
  clusterPending?(): Promise<number>
  /** builds the clustering state as the worker starts */
  clusterWarmUp?(): Promise<void>
  /** when the longest-waiting pending entry was queued (null: nothing pending) */
  clusterPendingSince?(): Promise<Date | null>
  /** clustering waits at most this long for ingestion to settle (default 60 s) */
  clusterSettleMs?: number
  clock: Clock
  logger: Logger
  owner: string
  concurrency: number
  leaseSeconds: number
  pollMs: number
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
  /**
   * Stop taking jobs and wait for the running ones; after `graceMs` (default 5 s) the fetches
   * still in flight are cancelled, so a stop takes little longer than the grace period.
   */
  stop(options?: { graceMs?: number }): Promise<void>
}

/** How long `stop()` lets running refreshes finish before it cancels their fetches. */
export const STOP_GRACE_MS = 5000

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
  const cancel = new AbortController()
  // every running refresh and its page fetches listen to this one signal
  setMaxListeners(0, cancel.signal)

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
    // keep the lease while the refresh runs (full-text fetching can outlast it)
    const renewal = setInterval(
      () => {
        const until = new Date(deps.clock.now().getTime() + deps.leaseSeconds * 1000)
        deps.jobs.renew(job.id, deps.owner, until).catch((error: unknown) => {
          deps.logger.warn(
            { feed_id: feedId, error: (error as Error).message },
            'lease renewal failed',
          )
        })
      },
      Math.max(250, (deps.leaseSeconds * 1000) / 3),
    )
    renewal.unref()
    try {
      const outcome = await deps.refreshFeed(feedId, { signal: cancel.signal })
      summary.refreshed++
      if (outcome.kind === 'updated') {
        summary.updated++
        summary.inserted += outcome.inserted
      } else if (outcome.kind === 'not-modified') summary.notModified++
      else summary.failed++
      options.onOutcome?.(outcome)
      await deps.jobs.release(job.id, deps.owner, outcome.nextCheckAt)
    } catch (error) {
      if (isCancelled(error)) {
        // stopped mid-fetch: nothing was recorded, so the check is simply due again
        deps.logger.info({ feed_id: feedId }, 'refresh cancelled by stop; due again')
        await deps.jobs.release(job.id, deps.owner, deps.clock.now())
        return
      }
      summary.failed++
      const message = (error as Error).message
      deps.logger.error({ feed_id: feedId, error: message }, 'refresh job crashed')
      const retryAt = new Date(
        deps.clock.now().getTime() + Math.min(3600, 60 * 2 ** job.attempts) * 1000,
      )
      await deps.jobs.release(job.id, deps.owner, retryAt, message)
    } finally {
      clearInterval(renewal)
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

  /** Whether pending entries may be decided now (see the module comment). */
  async function clusteringSettled(since: Date, refreshDone: () => boolean): Promise<boolean> {
    if (options.untilIdle) return refreshDone()
    const now = deps.clock.now()
    if (now.getTime() - since.getTime() >= (deps.clusterSettleMs ?? 60_000)) return true
    return !(await deps.jobs.busy(REFRESH_JOB, now))
  }

  async function clusterLoop(refreshDone: () => boolean): Promise<void> {
    const clusterPending = deps.clusterPending
    const pendingSince = deps.clusterPendingSince
    if (!clusterPending || !pendingSince) return
    let lastSweep = Number.NEGATIVE_INFINITY
    const idle = () => sleep(options.untilIdle ? 20 : deps.pollMs)
    try {
      await deps.clusterWarmUp?.()
    } catch (error) {
      deps.logger.warn({ error: (error as Error).message }, 'story index not built at start')
    }
    while (!stopping) {
      const since = await pendingSince()
      if (since === null) {
        const sweepDue = Date.now() - lastSweep >= (deps.sweepEveryMs ?? 60_000)
        if (deps.sweepUnclustered && sweepDue && (!options.untilIdle || refreshDone())) {
          lastSweep = Date.now()
          if ((await deps.sweepUnclustered()) > 0) continue
        }
        if (options.untilIdle && refreshDone()) return
        await idle()
        continue
      }
      if (!(await clusteringSettled(since, refreshDone))) {
        await idle()
        continue
      }
      try {
        const decided = await clusterPending()
        summary.clustered += decided
        // what is left failed too often to retry now; a single pass is over
        if (options.untilIdle && decided === 0) return
        if (decided === 0) await sleep(deps.pollMs)
      } catch (error) {
        deps.logger.error({ error: (error as Error).message }, 'clustering failed')
        if (options.untilIdle) return
        await sleep(Math.max(deps.pollMs, 5000))
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
    async stop({ graceMs = STOP_GRACE_MS } = {}) {
      stopping = true
      for (const waker of [...wakers]) waker()
      let timer: NodeJS.Timeout | undefined
      const graceOver = new Promise<'grace-over'>((resolve) => {
        timer = setTimeout(() => resolve('grace-over'), graceMs)
      })
      const first = await Promise.race([done.then(() => 'done' as const), graceOver])
      clearTimeout(timer)
      if (first === 'grace-over') {
        deps.logger.info({ running: active.size }, 'stop: cancelling fetches still running')
        cancel.abort()
      }
      await done
    },
  }
}
