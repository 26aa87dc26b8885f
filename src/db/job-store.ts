/**
 * @module job-store
 * The jobs table: a durable queue with leases. A worker claims due jobs by setting a lease in one
 * statement (`UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)` on PostgreSQL; SQLite serialises
 * writers). A job whose lease expired (its worker died) is claimable again. Recurring jobs (one
 * `refresh-feed` per feed) are released with a new `run_at` instead of being deleted.
 */
import type { Kysely, Selectable } from 'kysely'

import type { JobId } from '../domain/ids.js'
import { type Dialect, skipLocked, toDate, toTimestamp } from './dialect-helpers.js'
import type { JobsTable, Tables } from './tables.js'

export type JobStore = ReturnType<typeof createJobStore>

export interface Job<P = unknown> {
  id: JobId
  kind: string
  key: string
  payload: P
  runAt: Date
  attempts: number
  leaseOwner: string | null
  leaseExpiresAt: Date | null
  lastError: string | null
}

function rowToJob(row: Selectable<JobsTable>): Job {
  return {
    id: row.id as JobId,
    kind: row.kind,
    key: row.key,
    payload: JSON.parse(row.payload) as unknown,
    runAt: toDate(row.run_at),
    attempts: row.attempts,
    leaseOwner: row.lease_owner,
    leaseExpiresAt: toDate(row.lease_expires_at),
    lastError: row.last_error,
  }
}

export interface NewJob {
  kind: string
  key: string
  payload?: unknown
  runAt: Date
}

export function createJobStore(db: Kysely<Tables>, dialect: Dialect) {
  return {
    /**
     * Adds a job unless one with the same kind and key exists. With `moveEarlier`, an existing job
     * that is not leased is moved up to `runAt` if that is sooner.
     */
    async enqueue(job: NewJob, now: Date, options: { moveEarlier?: boolean } = {}): Promise<void> {
      await db
        .insertInto('jobs')
        .values({
          kind: job.kind,
          key: job.key,
          payload: JSON.stringify(job.payload ?? {}),
          run_at: toTimestamp(job.runAt),
          created_at: toTimestamp(now),
        })
        .onConflict((oc) => oc.columns(['kind', 'key']).doNothing())
        .execute()
      if (options.moveEarlier) {
        await db
          .updateTable('jobs')
          .set({ run_at: toTimestamp(job.runAt) })
          .where('kind', '=', job.kind)
          .where('key', '=', job.key)
          .where('run_at', '>', toTimestamp(job.runAt))
          .where('lease_owner', 'is', null)
          .execute()
      }
    },

    /** Adds jobs that do not exist yet; `executor` writes inside a caller's transaction. */
    async enqueueMany(jobs: NewJob[], now: Date, executor: Kysely<Tables> = db): Promise<void> {
      for (let i = 0; i < jobs.length; i += 200) {
        await executor
          .insertInto('jobs')
          .values(
            jobs.slice(i, i + 200).map((job) => ({
              kind: job.kind,
              key: job.key,
              payload: JSON.stringify(job.payload ?? {}),
              run_at: toTimestamp(job.runAt),
              created_at: toTimestamp(now),
            })),
          )
          .onConflict((oc) => oc.columns(['kind', 'key']).doNothing())
          .execute()
      }
    },

    /** Claims up to `limit` due jobs of these kinds, oldest first, for `leaseSeconds`. */
    async claim(options: {
      kinds: readonly string[]
      owner: string
      now: Date
      leaseSeconds: number
      limit: number
      /** only jobs with these keys */
      keys?: readonly string[]
    }): Promise<Job[]> {
      const now = toTimestamp(options.now)
      let candidates = db.selectFrom('jobs').select('id').where('kind', 'in', options.kinds)
      if (options.keys) {
        candidates = candidates.where('key', 'in', options.keys.length ? options.keys : ['\u0000'])
      }
      const due = skipLocked(
        dialect,
        candidates
          .where('run_at', '<=', now)
          .where((eb) =>
            eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', now)]),
          )
          .orderBy('run_at')
          .orderBy('id')
          .limit(options.limit),
      )
      const rows = await db
        .updateTable('jobs')
        .set((eb) => ({
          lease_owner: options.owner,
          lease_expires_at: toTimestamp(
            new Date(options.now.getTime() + options.leaseSeconds * 1000),
          ),
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', 'in', due)
        .returningAll()
        .execute()
      return rows.map(rowToJob).sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.id - b.id)
    },

    /** Extends a lease this owner still holds (a long job keeps its claim). */
    async renew(id: JobId, owner: string, until: Date): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ lease_expires_at: toTimestamp(until) })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .execute()
    },

    /** Deletes a finished one-shot job (only if this owner still holds it). */
    async complete(id: JobId, owner: string): Promise<void> {
      await db.deleteFrom('jobs').where('id', '=', id).where('lease_owner', '=', owner).execute()
    },

    /** Releases a job to run again at `runAt` (recurring jobs, retries after an error). */
    async release(
      id: JobId,
      owner: string,
      runAt: Date,
      error: string | null = null,
    ): Promise<void> {
      await db
        .updateTable('jobs')
        .set({
          run_at: toTimestamp(runAt),
          lease_owner: null,
          lease_expires_at: null,
          last_error: error,
          ...(error === null && { attempts: 0 }),
        })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .execute()
    },

    async remove(kind: string, key: string): Promise<void> {
      await db.deleteFrom('jobs').where('kind', '=', kind).where('key', '=', key).execute()
    },

    /** Makes every job of a kind due now (e.g. `refresh --all`). */
    async makeDue(kind: string, now: Date, keys?: readonly string[]): Promise<number> {
      let query = db
        .updateTable('jobs')
        .set({ run_at: toTimestamp(now) })
        .where('kind', '=', kind)
        .where('lease_owner', 'is', null)
      if (keys) query = query.where('key', 'in', keys.length ? keys : ['\u0000'])
      const result = await query.executeTakeFirst()
      return Number(result.numUpdatedRows)
    },

    /** When the next job of these kinds becomes due (null: none queued). */
    async nextRunAt(kinds: readonly string[]): Promise<Date | null> {
      const row = await db
        .selectFrom('jobs')
        .select((eb) => eb.fn.min('run_at').as('next'))
        .where('kind', 'in', kinds)
        .where('lease_owner', 'is', null)
        .executeTakeFirst()
      return row?.next ? toDate(row.next as string | Date) : null
    },

    /**
     * The head of a queue ordered by `run_at` (one-shot jobs whose `run_at` is an ordering key, such
     * as clustering in publication order): the first `limit` jobs with fewer than `maxAttempts`
     * failures, plus every job tied with the last of them, whoever holds their lease.
     */
    async head(
      kind: string,
      limit: number,
      maxAttempts: number,
      executor: Kysely<Tables> = db,
    ): Promise<Job[]> {
      const live = executor
        .selectFrom('jobs')
        .where('kind', '=', kind)
        .where('attempts', '<', maxAttempts)
      const edge = await live
        .select('run_at')
        .orderBy('run_at')
        .orderBy('id')
        .offset(limit - 1)
        .limit(1)
        .executeTakeFirst()
      let rows = live.selectAll()
      if (edge) rows = rows.where('run_at', '<=', edge.run_at)
      return (await rows.orderBy('run_at').orderBy('id').execute()).map(rowToJob)
    },

    /** Deletes jobs by key (work done by whoever got to it first). */
    async removeMany(
      kind: string,
      keys: readonly string[],
      executor: Kysely<Tables> = db,
    ): Promise<void> {
      for (let i = 0; i < keys.length; i += 500) {
        await executor
          .deleteFrom('jobs')
          .where('kind', '=', kind)
          .where('key', 'in', keys.slice(i, i + 500))
          .execute()
      }
    },

    /** Counts a failed attempt at a job without moving it (its `run_at` may be an ordering key). */
    async recordFailure(kind: string, key: string, error: string): Promise<void> {
      await db
        .updateTable('jobs')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error }))
        .where('kind', '=', kind)
        .where('key', '=', key)
        .execute()
    },

    /**
     * Whether jobs of a kind are at work or waiting: leased (and the lease not expired) or due.
     * Clustering waits for ingestion to go quiet this way.
     */
    async busy(kind: string, now: Date): Promise<boolean> {
      const at = toTimestamp(now)
      const row = await db
        .selectFrom('jobs')
        .select('id')
        .where('kind', '=', kind)
        .where((eb) => eb.or([eb('lease_expires_at', '>', at), eb('run_at', '<=', at)]))
        .limit(1)
        .executeTakeFirst()
      return row !== undefined
    },

    /** When the longest-waiting job of a kind with fewer than `maxAttempts` failures was queued. */
    async oldestCreatedAt(kind: string, maxAttempts: number): Promise<Date | null> {
      const row = await db
        .selectFrom('jobs')
        .select((eb) => eb.fn.min('created_at').as('first'))
        .where('kind', '=', kind)
        .where('attempts', '<', maxAttempts)
        .executeTakeFirst()
      return row?.first ? toDate(row.first as string | Date) : null
    },

    async list(kind: string): Promise<Job[]> {
      const rows = await db
        .selectFrom('jobs')
        .selectAll()
        .where('kind', '=', kind)
        .orderBy('id')
        .execute()
      return rows.map(rowToJob)
    },
  }
}
