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

    async enqueueMany(jobs: NewJob[], now: Date): Promise<void> {
      for (let i = 0; i < jobs.length; i += 200) {
        await db
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

    async countDue(kinds: readonly string[], now: Date): Promise<number> {
      const row = await db
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', 'in', kinds)
        .where('run_at', '<=', toTimestamp(now))
        .executeTakeFirstOrThrow()
      return Number(row.n)
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
