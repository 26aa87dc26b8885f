/**
 * @module dialect-helpers
 * The named differences between SQLite and PostgreSQL. Every other query in the code base is written
 * once, in Kysely, for both. (The search indexes are the other dialect-specific files.)
 */
import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, sql } from 'kysely'

export type Dialect = 'sqlite' | 'postgres'

/** Adds an auto-incrementing integer primary key named `id`. */
export function withIdColumn<T extends string>(
  dialect: Dialect,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return dialect === 'sqlite'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
}

/** Column type of instants: ISO-8601 text on SQLite (sorts correctly), timestamptz on PostgreSQL. */
export function timestampType(dialect: Dialect): 'text' | 'timestamptz' {
  return dialect === 'sqlite' ? 'text' : 'timestamptz'
}

/** Column type for floating-point scores. */
export function realType(dialect: Dialect): 'real' | 'double precision' {
  return dialect === 'sqlite' ? 'real' : 'double precision'
}

export function notNull(c: ColumnDefinitionBuilder): ColumnDefinitionBuilder {
  return c.notNull()
}

/** Reads an instant column, whichever dialect produced it. */
export function toDate(value: string | Date): Date
export function toDate(value: string | Date | null): Date | null
export function toDate(value: string | Date | null): Date | null {
  if (value === null) return null
  return value instanceof Date ? value : new Date(value)
}

/** Writes an instant the same way on both dialects. */
export function toTimestamp(value: Date): string
export function toTimestamp(value: Date | null): string | null
export function toTimestamp(value: Date | null): string | null {
  return value === null ? null : value.toISOString()
}

/**
 * Runs `fn` in a transaction that holds the write lock from its first statement: `BEGIN IMMEDIATE` on
 * SQLite (Kysely's default `BEGIN` would take the lock late and risk SQLITE_BUSY upgrades), a normal
 * transaction on PostgreSQL, where row locks (`forUpdateSkipLocked`) do the work.
 */
export async function writeTransaction<DB, T>(
  db: Kysely<DB>,
  dialect: Dialect,
  fn: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  if (dialect === 'postgres') return db.transaction().execute(fn)
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn)
    try {
      const result = await fn(conn)
      await sql`commit`.execute(conn)
      return result
    } catch (error) {
      await sql`rollback`.execute(conn)
      throw error
    }
  })
}

/** Adds `FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite's write transaction already serialises claims. */
export function skipLocked<Q extends { forUpdate(): Q; skipLocked(): Q }>(
  dialect: Dialect,
  query: Q,
): Q {
  return dialect === 'postgres' ? query.forUpdate().skipLocked() : query
}

/**
 * A mutual-exclusion lock for a named decision (e.g. story assignment), held until the transaction ends:
 * `pg_advisory_xact_lock` on PostgreSQL; on SQLite the write transaction already excludes other writers.
 */
export async function lockForDecision<DB>(
  trx: Kysely<DB>,
  dialect: Dialect,
  name: string,
): Promise<void> {
  if (dialect !== 'postgres') return
  await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(trx)
}

/** Case-insensitive substring match operator. */
export function ilike(dialect: Dialect): 'like' | 'ilike' {
  return dialect === 'sqlite' ? 'like' : 'ilike'
}

/**
 * Refreshes the query planner's statistics after a bulk load (`vacuum (analyze)` on PostgreSQL,
 * `analyze` on SQLite). Outside a transaction.
 */
export async function refreshStatistics<DB>(db: Kysely<DB>, dialect: Dialect): Promise<void> {
  await sql.raw(dialect === 'postgres' ? 'vacuum (analyze)' : 'analyze').execute(db)
}
