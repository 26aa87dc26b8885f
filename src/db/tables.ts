/**
 * @module tables
 * Row types that mirror the SQL schema exactly (snake_case). Only stores see these; they map rows to
 * domain types. Timestamps are ISO-8601 text on SQLite and timestamptz on PostgreSQL, so reads are
 * `string | Date` and go through `toDate` in dialect-helpers. JSON columns are text holding JSON.
 */
import type { ColumnType, Generated } from 'kysely'

export type Timestamp = ColumnType<string | Date, string, string>
export type NullableTimestamp = ColumnType<string | Date | null, string | null, string | null>
/** 0 or 1 on both dialects */
export type Flag = number

export interface PublishersTable {
  id: Generated<number>
  slug: string
  name: string
  homepage_url: string | null
  country: string | null
  language: string | null
  icon_url: string | null
  created_at: Timestamp
}

export interface FeedsTable {
  id: Generated<number>
  publisher_id: number
  url: string
  title: string | null
  site_url: string | null
  format: string | null
  folder: string | null
  etag: string | null
  last_modified: string | null
  next_check_at: Timestamp
  last_checked_at: NullableTimestamp
  last_success_at: NullableTimestamp
  consecutive_errors: Generated<number>
  last_error_reason: string | null
  last_error_message: string | null
  last_error_at: NullableTimestamp
  /** JSON string[]: parser warnings of the last successful parse */
  warnings: Generated<string>
  /** JSON FeedSettings */
  settings: string
  entry_count: Generated<number>
  avg_entry_interval_seconds: number | null
  full_text_attempts: Generated<number>
  full_text_failures: Generated<number>
  last_full_text_error: string | null
  created_at: Timestamp
}

export interface EntriesTable {
  id: Generated<number>
  feed_id: number
  publisher_id: number
  /** guid when present and stable, else canonical url, else content hash; unique per feed */
  identity_key: string
  guid: string | null
  url: string | null
  canonical_url: string | null
  title: string
  /** JSON string[] */
  authors: string
  published_at: NullableTimestamp
  updated_at: NullableTimestamp
  summary_html: string | null
  content_html: string | null
  plain_text: string
  language: string | null
  image_url: string | null
  /** JSON string[] */
  categories: string
  content_fingerprint: string
  has_full_text: Flag
  first_seen_at: Timestamp
  last_seen_at: Timestamp
  /** published_at when known and not in the future, else first_seen_at: the time lists sort by */
  sort_at: Timestamp
}

export interface JobsTable {
  id: Generated<number>
  kind: string
  /** unique per kind: one pending job per feed, per entry, ... */
  key: string
  payload: string
  run_at: Timestamp
  lease_owner: string | null
  lease_expires_at: NullableTimestamp
  attempts: Generated<number>
  last_error: string | null
  created_at: Timestamp
}

export interface StoriesTable {
  id: Generated<number>
  headline: string
  lead: string | null
  image_url: string | null
  first_entry_id: number | null
  first_reported_at: NullableTimestamp
  last_entry_at: NullableTimestamp
  entry_count: Generated<number>
  publisher_count: Generated<number>
  merged_into_id: number | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface StoryMembersTable {
  entry_id: number
  story_id: number
  score: number
  /** JSON evidence behind the assignment */
  evidence: string
  explanation: string
  copy_of_entry_id: number | null
  assigned_by: string
  assigned_at: Timestamp
}

export interface StoryEventsTable {
  id: Generated<number>
  story_id: number
  action: string
  other_story_id: number | null
  entry_id: number | null
  actor: string
  note: string | null
  at: Timestamp
}

export interface EditorConstraintsTable {
  id: Generated<number>
  kind: string
  entry_id: number
  story_id: number
  created_at: Timestamp
}

export interface EntitiesTable {
  id: Generated<number>
  key: string
  kind: string
  name: string
  created_at: Timestamp
}

export interface EntryEntitiesTable {
  entry_id: number
  entity_id: number
  mentions: number
}

export interface Tables {
  publishers: PublishersTable
  feeds: FeedsTable
  entries: EntriesTable
  jobs: JobsTable
  stories: StoriesTable
  story_members: StoryMembersTable
  story_events: StoryEventsTable
  editor_constraints: EditorConstraintsTable
  entities: EntitiesTable
  entry_entities: EntryEntitiesTable
}
