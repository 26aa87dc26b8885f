/**
 * PostgreSQL housekeeping shared by the benches: one admin statement on its own connection, and
 * dropping the bench databases of runs that died before cleaning up. Bench databases are named
 * `<prefix>_<pid>[_<n>]`, so a database whose process is gone is a leftover.
 */
import pg from 'pg'

/** Runs one statement (create or drop database) on a connection of its own. */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** Drops databases named `<prefix>_<pid>…` whose process no longer runs; says which on stderr. */
export async function dropStaleDatabases(url: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`${prefix.replaceAll('_', '\\_')}\\_%`],
    )
    for (const { datname } of rows) {
      const pid = Number(new RegExp(`^${prefix}_(\\d+)(?:_\\d+)?$`).exec(datname)?.[1])
      if (!pid || pid === process.pid || alive(pid)) continue
      await client.query(`drop database if exists ${datname} with (force)`)
      console.error(`dropped stale ${datname}`)
    }
  } finally {
    await client.end()
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
