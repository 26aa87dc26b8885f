/**
 * @module 0001-initial
 * Publishers, feeds, entries, jobs, stories and entities.
 */
import type { Kysely } from 'kysely'

import { type Dialect, realType, timestampType, withIdColumn } from '../dialect-helpers.js'

export function initial(dialect: Dialect) {
  const ts = timestampType(dialect)
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await withIdColumn(dialect, db.schema.createTable('publishers'))
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('homepage_url', 'text')
        .addColumn('country', 'text')
        .addColumn('language', 'text')
        .addColumn('icon_url', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()

      await withIdColumn(dialect, db.schema.createTable('feeds'))
        .addColumn('publisher_id', 'integer', (c) =>
          c.notNull().references('publishers.id').onDelete('cascade'),
        )
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text')
        .addColumn('site_url', 'text')
        .addColumn('format', 'text')
        .addColumn('folder', 'text')
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('next_check_at', ts, (c) => c.notNull())
        .addColumn('last_checked_at', ts)
        .addColumn('last_success_at', ts)
        .addColumn('consecutive_errors', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error_reason', 'text')
        .addColumn('last_error_message', 'text')
        .addColumn('last_error_at', ts)
        .addColumn('warnings', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('entry_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('avg_entry_interval_seconds', 'integer')
        .addColumn('full_text_attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('full_text_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_full_text_error', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('feeds_publisher_id_idx')
        .on('feeds')
        .column('publisher_id')
        .execute()

      await withIdColumn(dialect, db.schema.createTable('entries'))
        .addColumn('feed_id', 'integer', (c) =>
          c.notNull().references('feeds.id').onDelete('cascade'),
        )
        .addColumn('publisher_id', 'integer', (c) =>
          c.notNull().references('publishers.id').onDelete('cascade'),
        )
        .addColumn('identity_key', 'text', (c) => c.notNull())
        .addColumn('guid', 'text')
        .addColumn('url', 'text')
        .addColumn('canonical_url', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('authors', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('published_at', ts)
        .addColumn('updated_at', ts)
        .addColumn('summary_html', 'text')
        .addColumn('content_html', 'text')
        .addColumn('plain_text', 'text', (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('image_url', 'text')
        .addColumn('categories', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('content_fingerprint', 'text', (c) => c.notNull())
        .addColumn('has_full_text', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('first_seen_at', ts, (c) => c.notNull())
        .addColumn('last_seen_at', ts, (c) => c.notNull())
        .addColumn('sort_at', ts, (c) => c.notNull())
        .addUniqueConstraint('entries_feed_id_identity_key_key', ['feed_id', 'identity_key'])
        .execute()
      await db.schema
        .createIndex('entries_canonical_url_idx')
        .on('entries')
        .column('canonical_url')
        .execute()
      await db.schema.createIndex('entries_sort_at_idx').on('entries').column('sort_at').execute()
      await db.schema
        .createIndex('entries_publisher_id_sort_at_idx')
        .on('entries')
        .columns(['publisher_id', 'sort_at'])
        .execute()

      await withIdColumn(dialect, db.schema.createTable('jobs'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('run_at', ts, (c) => c.notNull())
        .addColumn('lease_owner', 'text')
        .addColumn('lease_expires_at', ts)
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addUniqueConstraint('jobs_kind_key_key', ['kind', 'key'])
        .execute()
      await db.schema
        .createIndex('jobs_kind_run_at_idx')
        .on('jobs')
        .columns(['kind', 'run_at'])
        .execute()

      await withIdColumn(dialect, db.schema.createTable('stories'))
        .addColumn('headline', 'text', (c) => c.notNull())
        .addColumn('lead', 'text')
        .addColumn('image_url', 'text')
        .addColumn('first_entry_id', 'integer')
        .addColumn('first_reported_at', ts)
        .addColumn('last_entry_at', ts)
        .addColumn('entry_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('publisher_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('merged_into_id', 'integer')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('stories_last_entry_at_idx')
        .on('stories')
        .column('last_entry_at')
        .execute()

      await db.schema
        .createTable('story_members')
        .addColumn('entry_id', 'integer', (c) =>
          c.primaryKey().references('entries.id').onDelete('cascade'),
        )
        .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id'))
        .addColumn('score', realType(dialect), (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('explanation', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('copy_of_entry_id', 'integer')
        .addColumn('assigned_by', 'text', (c) => c.notNull())
        .addColumn('assigned_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('story_members_story_id_idx')
        .on('story_members')
        .column('story_id')
        .execute()

      await withIdColumn(dialect, db.schema.createTable('story_events'))
        .addColumn('story_id', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('other_story_id', 'integer')
        .addColumn('entry_id', 'integer')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('story_events_story_id_idx')
        .on('story_events')
        .column('story_id')
        .execute()

      await withIdColumn(dialect, db.schema.createTable('editor_constraints'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('entry_id', 'integer', (c) => c.notNull())
        .addColumn('story_id', 'integer', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('editor_constraints_entry_id_idx')
        .on('editor_constraints')
        .column('entry_id')
        .execute()

      await withIdColumn(dialect, db.schema.createTable('entities'))
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('entry_entities')
        .addColumn('entry_id', 'integer', (c) =>
          c.notNull().references('entries.id').onDelete('cascade'),
        )
        .addColumn('entity_id', 'integer', (c) =>
          c.notNull().references('entities.id').onDelete('cascade'),
        )
        .addColumn('mentions', 'integer', (c) => c.notNull().defaultTo(1))
        .addPrimaryKeyConstraint('entry_entities_pkey', ['entry_id', 'entity_id'])
        .execute()
      await db.schema
        .createIndex('entry_entities_entity_id_idx')
        .on('entry_entities')
        .column('entity_id')
        .execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of [
        'entry_entities',
        'entities',
        'editor_constraints',
        'story_events',
        'story_members',
        'stories',
        'jobs',
        'entries',
        'feeds',
        'publishers',
      ]) {
        await db.schema.dropTable(table).execute()
      }
    },
  }
}
