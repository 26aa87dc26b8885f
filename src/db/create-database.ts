/**
 * @module create-database
 * Database URL → Kysely instance: better-sqlite3 in WAL mode for `sqlite:PATH`, a pg pool for
 * `postgres://`. The only place a database connection is made.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'

import SqliteDatabase from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'

import { AppError } from '../domain/errors.js'
import type { Dialect } from './dialect-helpers.js'
import type { Tables } from './tables.js'

export interface Database {
  db: Kysely<Tables>
  dialect: Dialect
  /** where it lives, password masked */
  description: string
  close(): Promise<void>
}

// int8 (count(*), sums) as JS numbers; our counts stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value))
// numeric as number
pg.types.setTypeParser(1700, (value) => Number(value))

export function createDatabase(url: string, options: { poolSize?: number } = {}): Database {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '')
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    const sqlite = new SqliteDatabase(path)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('busy_timeout = 10000')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('cache_size = -65536')
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) })
    return { db, dialect: 'sqlite', description: `sqlite:${path}`, close: () => db.destroy() }
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 })
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) })
    const masked = (() => {
      const u = new URL(url)
      if (u.password) u.password = '****'
      return u.toString()
    })()
    return { db, dialect: 'postgres', description: masked, close: () => db.destroy() }
  }
  throw new AppError(
    'invalid-config',
    `db: unsupported database URL "${url.split(':')[0]}:"; use sqlite:PATH or postgres://`,
  )
}
