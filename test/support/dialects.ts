/**
 * Every database test runs once per dialect: SQLite always, PostgreSQL when
 * BROADSHEET_TEST_POSTGRES_URL is set (CI sets it). Each test database is isolated: a temp file on
 * SQLite, a fresh schema on PostgreSQL.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import pg from 'pg'

import { createDatabase, type Database } from '../../src/db/create-database.js'
import type { Dialect } from '../../src/db/dialect-helpers.js'
import { migrateToLatest } from '../../src/db/migrate.js'

export const POSTGRES_URL = process.env.BROADSHEET_TEST_POSTGRES_URL ?? ''

export const DIALECTS: Dialect[] = POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite']

if (!POSTGRES_URL && !process.env.BROADSHEET_QUIET_SKIPS) {
  process.env.BROADSHEET_QUIET_SKIPS = '1'
  process.stderr.write(
    'note: BROADSHEET_TEST_POSTGRES_URL is not set; database tests run on SQLite only\n',
  )
}

export interface TestDatabase extends Database {
  /** a URL another process can open to reach the same database */
  url: string
}

/** A fresh database URL for the dialect (SQLite file in a temp dir, or a new PostgreSQL schema). */
export async function createTestDatabaseUrl(
  dialect: Dialect,
): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-test-'))
    return {
      url: `sqlite:${join(dir, 'test.db')}`,
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    }
  }
  const schema = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: POSTGRES_URL })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const url = new URL(POSTGRES_URL)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL })
      await client.connect()
      await client.query(`drop schema if exists ${schema} cascade`)
      await client.end()
    },
  }
}

/** A migrated, empty database; `close()` also drops it. */
export async function createTestDatabase(
  dialect: Dialect,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const { url, drop } = await createTestDatabaseUrl(dialect)
  const database = createDatabase(url, { poolSize: 4 })
  if (options.migrate !== false) {
    const result = await migrateToLatest(database.db as never, dialect)
    if (result.error) throw result.error
  }
  return {
    ...database,
    url,
    close: async () => {
      await database.close()
      await drop()
    },
  }
}
