/**
 * @module 0002-search-index
 * Full-text search over entries (title + plain_text), kept in step with `entries` by the database
 * itself, so no writer has to remember to index:
 * - SQLite: an FTS5 external-content table `entries_fts` (porter + unicode61, diacritics folded) and
 *   three triggers on `entries` (insert, delete, update of title/plain_text).
 * - PostgreSQL: a table `entry_search(entry_id, document tsvector)` with a GIN index, filled by a
 *   trigger on `entries`; title weighted 'A', body 'B' (english configuration, like porter stemming).
 * Both are backfilled from the entries already stored. The queries live in `search/*-index.ts`.
 */
import { type Kysely, sql } from 'kysely'

import type { Dialect } from '../dialect-helpers.js'

/** The weighted document of one entry; the same expression in the trigger and the backfill. */
const PG_DOCUMENT = `setweight(to_tsvector('english', coalesce(%.title, '')), 'A') || setweight(to_tsvector('english', coalesce(%.plain_text, '')), 'B')`

export function searchIndex(dialect: Dialect) {
  if (dialect === 'sqlite') {
    return {
      async up(db: Kysely<unknown>): Promise<void> {
        await sql`create virtual table entries_fts using fts5(
          title, plain_text,
          content='entries', content_rowid='id',
          tokenize='porter unicode61 remove_diacritics 2'
        )`.execute(db)
        await sql`create trigger entries_fts_after_insert after insert on entries begin
          insert into entries_fts(rowid, title, plain_text) values (new.id, new.title, new.plain_text);
        end`.execute(db)
        await sql`create trigger entries_fts_after_delete after delete on entries begin
          insert into entries_fts(entries_fts, rowid, title, plain_text)
            values ('delete', old.id, old.title, old.plain_text);
        end`.execute(db)
        await sql`create trigger entries_fts_after_update after update of title, plain_text on entries begin
          insert into entries_fts(entries_fts, rowid, title, plain_text)
            values ('delete', old.id, old.title, old.plain_text);
          insert into entries_fts(rowid, title, plain_text) values (new.id, new.title, new.plain_text);
        end`.execute(db)
        await sql`insert into entries_fts(entries_fts) values ('rebuild')`.execute(db)
      },
      async down(db: Kysely<unknown>): Promise<void> {
        await sql`drop trigger if exists entries_fts_after_update`.execute(db)
        await sql`drop trigger if exists entries_fts_after_delete`.execute(db)
        await sql`drop trigger if exists entries_fts_after_insert`.execute(db)
        await sql`drop table if exists entries_fts`.execute(db)
      },
    }
  }
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await sql`create table entry_search (
        entry_id integer primary key references entries(id) on delete cascade,
        document tsvector not null
      )`.execute(db)
      // keep the heap rows slim (documents go to TOAST) so scanning many matches reads few pages
      await sql`alter table entry_search alter column document set storage external`.execute(db)
      await sql`alter table entry_search set (toast_tuple_target = 128)`.execute(db)
      await sql`create index entry_search_document_idx on entry_search using gin (document)`.execute(
        db,
      )
      await sql
        .raw(
          `create function entry_search_refresh() returns trigger language plpgsql as $$
          begin
            insert into entry_search (entry_id, document)
              values (new.id, ${PG_DOCUMENT.replaceAll('%', 'new')})
              on conflict (entry_id) do update set document = excluded.document;
            return null;
          end $$`,
        )
        .execute(db)
      await sql`create trigger entries_search_after_write
        after insert or update of title, plain_text on entries
        for each row execute function entry_search_refresh()`.execute(db)
      await sql
        .raw(
          `insert into entry_search (entry_id, document)
           select e.id, ${PG_DOCUMENT.replaceAll('%', 'e')} from entries e`,
        )
        .execute(db)
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await sql`drop trigger if exists entries_search_after_write on entries`.execute(db)
      await sql`drop function if exists entry_search_refresh()`.execute(db)
      await sql`drop table if exists entry_search`.execute(db)
    },
  }
}
