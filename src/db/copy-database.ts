/**
 * @module copy-database
 * `broadsheet db copy`: moves a whole instance from one database to another (typically the embedded
 * SQLite default to PostgreSQL) with nothing lost, and proves it.
 *
 * 1. The source must be at this program's schema version (`broadsheet migrate` first); the target is
 *    migrated to it with the same migrations, and must then hold no rows at all.
 * 2. Every table of `Tables` is copied in dependency order, in keyset-paged batches, ids preserved,
 *    from one read snapshot of the source into one write transaction on the target (a failed copy
 *    leaves the target empty, so it can simply be run again). Instants travel as ISO strings.
 * 3. Identity sequences are moved past the copied ids (PostgreSQL `setval`, SQLite `sqlite_sequence`),
 *    never below the source's own high-water mark, so ids are never reused.
 * 4. The search index fills itself (the triggers of migration 0002); its size is checked. The target's
 *    planner statistics are refreshed (`vacuum (analyze)` / `analyze`).
 * 5. Per table, a row count and a SHA-256 over a canonical serialisation of every row ordered by primary
 *    key (columns by name; instants as ISO-8601; numbers and flags as JSON numbers) is computed on both
 *    sides after the copy; any difference is an error.
 *
 * Tables the copy does not know (a migration added one and nobody told this file) are refused rather
 * than silently left behind. Derived tables (the search index) and the migration log are not copied.
 */
import { createHash } from 'node:crypto'

import { type Kysely, sql } from 'kysely'

import { AppError } from '../domain/errors.js'
import { createDatabase, type Database } from './create-database.js'
import { type Dialect, refreshStatistics } from './dialect-helpers.js'
import { assertSchemaCurrent, migrateToLatest, schemaStatus } from './migrate.js'
import type { Tables } from './tables.js'

/** Every table of `Tables`, parents before children, with its primary key. */
export const COPY_ORDER: readonly {
  table: keyof Tables
  key: readonly string[]
  identity: boolean
}[] = [
  { table: 'publishers', key: ['id'], identity: true },
  { table: 'feeds', key: ['id'], identity: true },
  { table: 'entries', key: ['id'], identity: true },
  { table: 'jobs', key: ['id'], identity: true },
  { table: 'stories', key: ['id'], identity: true },
  { table: 'story_members', key: ['entry_id'], identity: false },
  { table: 'story_events', key: ['id'], identity: true },
  { table: 'editor_constraints', key: ['id'], identity: true },
  { table: 'entities', key: ['id'], identity: true },
  { table: 'entry_entities', key: ['entry_id', 'entity_id'], identity: false },
]

/** Tables that are bookkeeping or derived from others: never copied, never refused. */
const NOT_COPIED = [
  /^schema_migrations(_lock)?$/,
  /^sqlite_/,
  /^entries_fts(_.*)?$/, // SQLite FTS5 index and its shadow tables (filled by triggers)
  /^entry_search$/, // PostgreSQL tsvector index (filled by a trigger)
]

export interface TableCopy {
  table: string
  rows: number
  /** hex SHA-256 of the canonical rows, equal on both sides */
  checksum: string
}

export interface CopyResult {
  /** where the data came from and went to, passwords masked */
  from: string
  to: string
  tables: TableCopy[]
  /** rows in the target's search index (one per entry) */
  searchIndexed: number
  ok: boolean
  seconds: number
}

export interface CopyProgress {
  phase: 'copy' | 'verify'
  table: string
  done: number
  total: number
}

type AnyRow = Record<string, unknown>
type AnyDb = Kysely<Record<string, AnyRow>>

/** Largest number of bound parameters per INSERT (SQLite allows 32766, PostgreSQL 65535). */
const MAX_PARAMETERS = 30_000
const READ_BATCH = 1000

export async function copyDatabase(
  from: string,
  to: string,
  onProgress?: (progress: CopyProgress) => void,
): Promise<CopyResult> {
  const started = performance.now()
  if (sameDatabase(from, to)) {
    throw new AppError('invalid-input', 'db copy: --from and --to name the same database')
  }
  const source = createDatabase(from, { poolSize: 2 })
  let target: Database | null = null
  try {
    target = createDatabase(to, { poolSize: 2 })
    await assertSchemaCurrent(source.db as never, source.dialect).catch((error: unknown) => {
      throw new AppError(
        'schema-mismatch',
        `db copy: the source ${source.description} is not at this version's schema: ${(error as Error).message}`,
      )
    })
    await prepareTarget(target)
    const plan = await planCopy(source, target)

    await readSnapshot(source, async (reader) => {
      await writeAll(target!, async (writer) => {
        for (const step of plan) {
          const total = await countRows(reader, step.table)
          let done = 0
          onProgress?.({ phase: 'copy', table: step.table, done, total })
          for await (const rows of pages(reader, step.table, step.key, READ_BATCH)) {
            await insertRows(writer, target!.dialect, step, rows)
            done += rows.length
            onProgress?.({ phase: 'copy', table: step.table, done, total })
          }
          if (step.identity) {
            const highWater = await identityHighWater(reader, source.dialect, step.table)
            await resetIdentitySequence(writer, target!.dialect, step.table, highWater)
          }
        }
      })
      // checksums of the same snapshot the copy read, then of what the target now holds
      for (const step of plan) {
        step.source = await tableChecksum(reader, step)
        onProgress?.({ phase: 'verify', table: step.table, done: 1, total: 2 })
        step.target = await tableChecksum(target!.db as unknown as AnyDb, step)
        onProgress?.({ phase: 'verify', table: step.table, done: 2, total: 2 })
      }
    })

    const mismatches = plan.filter(
      (s) => s.source!.rows !== s.target!.rows || s.source!.checksum !== s.target!.checksum,
    )
    if (mismatches.length > 0) {
      throw new AppError(
        'conflict',
        `db copy: the copy differs from the source in ${mismatches
          .map(
            (s) =>
              `${s.table} (source ${s.source!.rows} rows ${s.source!.checksum.slice(0, 12)}, target ${s.target!.rows} rows ${s.target!.checksum.slice(0, 12)})`,
          )
          .join(', ')}; was the source written to during the copy?`,
      )
    }
    // fresh planner statistics: without them PostgreSQL guesses a bulk-loaded table is nearly empty
    // and picks plans that are many times slower (a story page: 2.8 s instead of 0.1 s at 100k)
    await refreshStatistics(target.db, target.dialect)
    const entries = plan.find((s) => s.table === 'entries')!.target!.rows
    const searchIndexed = await searchIndexSize(target.db, target.dialect)
    if (searchIndexed !== entries) {
      throw new AppError(
        'internal',
        `db copy: the search index of ${target.description} holds ${searchIndexed} entries, expected ${entries}`,
      )
    }
    return {
      from: source.description,
      to: target.description,
      tables: plan.map((s) => ({
        table: s.table,
        rows: s.target!.rows,
        checksum: s.target!.checksum,
      })),
      searchIndexed,
      ok: true,
      seconds: (performance.now() - started) / 1000,
    }
  } finally {
    await source.close()
    await target?.close()
  }
}

/** Two URLs that open the same database (same SQLite file, or same PostgreSQL URL). */
function sameDatabase(from: string, to: string): boolean {
  const norm = (url: string) =>
    url.startsWith('sqlite:') ? `sqlite:${url.slice(7).replace(/^\/\/(?=\/)/, '')}` : url
  return norm(from) === norm(to)
}

/** Migrates the target to this version and refuses it unless every table is empty. */
async function prepareTarget(target: Database): Promise<void> {
  const status = await schemaStatus(target.db as never, target.dialect)
  if (status.unknown.length > 0) {
    throw new AppError(
      'schema-mismatch',
      `db copy: the target ${target.description} has a newer schema (${status.unknown.join(', ')}) than this version of Broadsheet`,
    )
  }
  const migrated = await migrateToLatest(target.db as never, target.dialect)
  if (migrated.error) throw migrated.error
  const filled: string[] = []
  for (const { table } of COPY_ORDER) {
    const rows = await countRows(target.db as unknown as AnyDb, table)
    if (rows > 0) filled.push(`${table}: ${rows}`)
  }
  if (filled.length > 0) {
    throw new AppError(
      'conflict',
      `db copy: the target ${target.description} is not empty (${filled.join(', ')} rows); copy into an empty database`,
    )
  }
}

interface PlanStep {
  table: string
  key: readonly string[]
  identity: boolean
  /** column names, sorted */
  columns: string[]
  /** columns holding instants (timestamptz on a PostgreSQL side) */
  instants: Set<string>
  source?: { rows: number; checksum: string }
  target?: { rows: number; checksum: string }
}

/** Checks both schemas describe the same tables and columns, and that no table would be left out. */
async function planCopy(source: Database, target: Database): Promise<PlanStep[]> {
  const [sourceTables, targetTables] = await Promise.all([
    listColumns(source.db, source.dialect),
    listColumns(target.db, target.dialect),
  ])
  const known = new Set<string>(COPY_ORDER.map((s) => s.table))
  const unknown = [...sourceTables.keys()].filter(
    (name) => !known.has(name) && !NOT_COPIED.some((re) => re.test(name)),
  )
  if (unknown.length > 0) {
    throw new AppError(
      'schema-mismatch',
      `db copy: the source has tables this copy does not know (${unknown.join(', ')}); refusing to leave them behind`,
    )
  }
  return COPY_ORDER.map(({ table, key, identity }) => {
    const a = sourceTables.get(table)
    const b = targetTables.get(table)
    if (!a || !b) {
      throw new AppError(
        'schema-mismatch',
        `db copy: table ${table} is missing from the ${a ? 'target' : 'source'}`,
      )
    }
    const columns = [...a.keys()].sort()
    const other = [...b.keys()].sort()
    if (columns.join(',') !== other.join(',')) {
      throw new AppError(
        'schema-mismatch',
        `db copy: table ${table} has columns (${columns.join(', ')}) in the source but (${other.join(', ')}) in the target`,
      )
    }
    const instants = new Set(
      columns.filter((c) => isInstantType(a.get(c)!) || isInstantType(b.get(c)!)),
    )
    return { table, key, identity, columns, instants }
  })
}

function isInstantType(type: string): boolean {
  return /^timestamp/i.test(type)
}

/**
 * Tables of the current schema (PostgreSQL: `current_schema()`, so a search_path-scoped URL sees only
 * its own) → column name → declared type.
 */
export async function listColumns(
  db: Kysely<Tables>,
  dialect: Dialect,
): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>()
  const add = (table: string, column: string, type: string) => {
    const columns = out.get(table) ?? new Map<string, string>()
    columns.set(column, type)
    out.set(table, columns)
  }
  if (dialect === 'postgres') {
    const { rows } = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = current_schema()`.execute(db)
    for (const r of rows) add(r.table_name, r.column_name, r.data_type)
    return out
  }
  const { rows: tables } = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table'`.execute(db)
  for (const { name } of tables) {
    const { rows } = await sql<{ name: string; type: string }>`
      select name, type from pragma_table_info(${name})`.execute(db)
    for (const r of rows) add(name, r.name, r.type)
  }
  return out
}

/** Runs `fn` on one consistent read snapshot of the source. */
async function readSnapshot(source: Database, fn: (reader: AnyDb) => Promise<void>): Promise<void> {
  const db = source.db as unknown as AnyDb
  if (source.dialect === 'postgres') {
    await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(fn)
  } else {
    // a deferred SQLite transaction reads one WAL snapshot and blocks no writer
    await db.transaction().execute(fn)
  }
}

/** Runs `fn` in one write transaction on the target: a failed copy leaves it empty. */
async function writeAll(target: Database, fn: (writer: AnyDb) => Promise<void>): Promise<void> {
  await (target.db as unknown as AnyDb).transaction().execute(fn)
}

async function countRows(db: AnyDb, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Every row of a table in primary-key order, a page at a time (keyset paging). */
async function* pages(
  db: AnyDb,
  table: string,
  key: readonly string[],
  size: number,
): AsyncGenerator<AnyRow[]> {
  let after: unknown[] | null = null
  for (;;) {
    let query = db.selectFrom(table).selectAll()
    if (after !== null) {
      const last = after
      query = query.where((eb) =>
        eb.or(
          key.map((column, i) =>
            eb.and([
              ...key.slice(0, i).map((k, j) => eb(k, '=', last[j])),
              eb(column, '>', last[i]),
            ]),
          ),
        ),
      )
    }
    for (const column of key) query = query.orderBy(column)
    const rows = (await query.limit(size).execute()) as AnyRow[]
    if (rows.length === 0) return
    yield rows
    if (rows.length < size) return
    const lastRow = rows.at(-1)!
    after = key.map((k) => lastRow[k])
  }
}

async function insertRows(
  writer: AnyDb,
  dialect: Dialect,
  step: PlanStep,
  rows: AnyRow[],
): Promise<void> {
  const perInsert = Math.max(1, Math.floor(MAX_PARAMETERS / step.columns.length))
  for (let i = 0; i < rows.length; i += perInsert) {
    const values = rows.slice(i, i + perInsert).map((row) => {
      const out: AnyRow = {}
      for (const column of step.columns) {
        out[column] = toWritable(row[column], dialect, () => describeRow(step, row, column))
      }
      return out
    })
    await writer.insertInto(step.table).values(values).execute()
  }
}

/** A value as the target's driver takes it: instants as ISO strings, flags as numbers. */
function toWritable(value: unknown, dialect: Dialect, where: () => string): unknown {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'string' && dialect === 'postgres' && value.includes('\u0000')) {
    throw new AppError(
      'invalid-input',
      `db copy: ${where()} contains a NUL character, which PostgreSQL text cannot hold`,
    )
  }
  return value
}

function describeRow(step: PlanStep, row: AnyRow, column: string): string {
  return `${step.table} (${step.key.map((k) => `${k} ${String(row[k])}`).join(', ')}) column ${column}`
}

/** Row count and SHA-256 of the canonical rows of a table, ordered by primary key. */
export async function tableChecksum(
  db: AnyDb,
  step: Pick<PlanStep, 'table' | 'key' | 'columns' | 'instants'>,
): Promise<{ rows: number; checksum: string }> {
  const hash = createHash('sha256')
  hash.update(`${step.table}(${step.columns.join(',')})\n`)
  let rows = 0
  for await (const page of pages(db, step.table, step.key, READ_BATCH)) {
    for (const row of page) {
      hash.update(canonicalRow(row, step.columns, step.instants))
      hash.update('\n')
      rows++
    }
  }
  return { rows, checksum: hash.digest('hex') }
}

/** One row as a JSON array of its values in column-name order, dialect differences removed. */
export function canonicalRow(
  row: AnyRow,
  columns: readonly string[],
  instants: Set<string>,
): string {
  return JSON.stringify(columns.map((c) => canonicalValue(row[c], instants.has(c))))
}

function canonicalValue(value: unknown, instant: boolean): unknown {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value.toISOString()
  if (instant && typeof value === 'string') {
    const time = Date.parse(value)
    return Number.isNaN(time) ? value : new Date(time).toISOString()
  }
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value
  if (Buffer.isBuffer(value)) return value.toString('base64')
  return value
}

/**
 * The highest id a table has ever handed out: max(id), or more if rows were deleted (SQLite keeps
 * AUTOINCREMENT's high-water mark in `sqlite_sequence`; PostgreSQL in the identity sequence).
 */
export async function identityHighWater(
  db: Kysely<Record<string, AnyRow>>,
  dialect: Dialect,
  table: string,
): Promise<number> {
  const max = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst()
  let high = Number(max?.id ?? 0)
  if (dialect === 'sqlite') {
    const { rows } = await sql<{ seq: number }>`
      select seq from sqlite_sequence where name = ${table}`.execute(db)
    high = Math.max(high, Number(rows[0]?.seq ?? 0))
  } else {
    const { rows } = await sql<{ last: number | null }>`
      select pg_sequence_last_value(pg_get_serial_sequence(${table}, 'id')) as last`.execute(db)
    high = Math.max(high, Number(rows[0]?.last ?? 0))
  }
  return high
}

/**
 * Moves a table's id generator so the next id is above both max(id) and `atLeast` (after rows were
 * inserted with explicit ids). PostgreSQL: `setval` on the identity sequence; SQLite: `sqlite_sequence`
 * (inserting explicit ids already raised it to max(id)).
 */
export async function resetIdentitySequence(
  db: Kysely<Record<string, AnyRow>>,
  dialect: Dialect,
  table: string,
  atLeast = 0,
): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select setval(
        pg_get_serial_sequence(${table}, 'id'),
        greatest(coalesce(max(id), 0), ${atLeast}::bigint, 1),
        greatest(coalesce(max(id), 0), ${atLeast}::bigint) > 0
      ) from ${sql.table(table)}`.execute(db)
    return
  }
  if (atLeast <= 0) return
  const { rows } = await sql<{ seq: number }>`
    select seq from sqlite_sequence where name = ${table}`.execute(db)
  if (rows.length === 0) {
    await sql`insert into sqlite_sequence (name, seq) values (${table}, ${atLeast})`.execute(db)
  } else if (Number(rows[0]!.seq) < atLeast) {
    await sql`update sqlite_sequence set seq = ${atLeast} where name = ${table}`.execute(db)
  }
}

/** Rows in the search index: `entry_search` on PostgreSQL, FTS5's per-document table on SQLite. */
async function searchIndexSize(db: Kysely<Tables>, dialect: Dialect): Promise<number> {
  const { rows } =
    dialect === 'postgres'
      ? await sql<{ n: number }>`select count(*) as n from entry_search`.execute(db)
      : await sql<{ n: number }>`select count(*) as n from entries_fts_docsize`.execute(db)
  return Number(rows[0]?.n ?? 0)
}
