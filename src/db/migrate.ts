/**
 * @module migrate
 * Versioned up/down migrations (Kysely's Migrator with an in-code provider, so the same list runs on both
 * dialects), and the schema check that `serve` and `worker` run before starting.
 */
import { type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely'

import { AppError } from '../domain/errors.js'
import type { Dialect } from './dialect-helpers.js'
import { initial } from './migrations/0001-initial.js'
import { searchIndex } from './migrations/0002-search-index.js'
import { liveStoriesIndex } from './migrations/0003-live-stories-index.js'

/** Every migration, in order. Names are `NNNN-what-it-does`; never rename or reorder one that shipped. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-search-index': searchIndex(dialect),
    '0003-live-stories-index': liveStoriesIndex,
  }
}

/**
 * On PostgreSQL the migration tables live in the connection's current schema, named explicitly: Kysely
 * would otherwise look for them in every schema of the database, and instances (or tests) that share a
 * database in separate schemas would race on each other's lock table.
 */
async function migrator(db: Kysely<unknown>, dialect: Dialect): Promise<Migrator> {
  let schema: string | undefined
  if (dialect === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
    schema = rows[0]?.schema
  }
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations(dialect)) },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    ...(schema !== undefined && { migrationTableSchema: schema }),
  })
}

export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: Dialect,
): Promise<MigrationResultSet> {
  return (await migrator(db, dialect)).migrateToLatest()
}

export async function migrateDown(
  db: Kysely<unknown>,
  dialect: Dialect,
): Promise<MigrationResultSet> {
  return (await migrator(db, dialect)).migrateDown()
}

export interface SchemaStatus {
  applied: string[]
  pending: string[]
  /** applied migrations this program does not know: the database was migrated by a newer version */
  unknown: string[]
}

export async function schemaStatus(db: Kysely<unknown>, dialect: Dialect): Promise<SchemaStatus> {
  const known = Object.keys(migrations(dialect))
  let recorded: string[]
  try {
    const rows = await (db as Kysely<{ schema_migrations: { name: string } }>)
      .selectFrom('schema_migrations')
      .select('name')
      .execute()
    recorded = rows.map((r) => r.name)
  } catch {
    recorded = []
  }
  return {
    applied: recorded.filter((name) => known.includes(name)),
    pending: known.filter((name) => !recorded.includes(name)),
    unknown: recorded.filter((name) => !known.includes(name)),
  }
}

/** Throws a clear `schema-mismatch` error unless the database is exactly at this program's version. */
export async function assertSchemaCurrent(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const status = await schemaStatus(db, dialect)
  if (status.unknown.length > 0) {
    throw new AppError(
      'schema-mismatch',
      `db: the database has a newer schema (${status.unknown.join(', ')}) than this version of Broadsheet knows; upgrade Broadsheet`,
    )
  }
  if (status.pending.length > 0) {
    throw new AppError(
      'schema-mismatch',
      `db: the database is not migrated (${status.pending.length} pending: ${status.pending.join(', ')}); run \`broadsheet migrate\``,
    )
  }
}
