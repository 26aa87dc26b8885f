/**
 * @module create-search-index
 * Picks the search engine of the database's dialect: FTS5 on SQLite, tsvector on PostgreSQL.
 */
import type { Kysely } from 'kysely'

import type { Dialect } from '../db/dialect-helpers.js'
import type { Tables } from '../db/tables.js'
import { createPostgresTsvectorIndex } from './postgres-tsvector-index.js'
import type { SearchIndex } from './search-index.js'
import { createSqliteFts5Index } from './sqlite-fts5-index.js'

export function createSearchIndex(db: Kysely<Tables>, dialect: Dialect): SearchIndex {
  return dialect === 'sqlite' ? createSqliteFts5Index(db) : createPostgresTsvectorIndex(db)
}
