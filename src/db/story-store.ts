/**
 * @module story-store
 * Stories, their members and their history. Every change to membership is also written to
 * `story_events`, which is both the story history (a merged story's URL still resolves through
 * `merged_into_id`) and the log other workers replay to keep their in-memory story index in step.
 */
import type { Kysely } from 'kysely'

import { AppError } from '../domain/errors.js'
import type { EntryId, PublisherId, StoryId } from '../domain/ids.js'
import { toDate, toTimestamp } from './dialect-helpers.js'
import type { Tables } from './tables.js'

export type StoryStore = ReturnType<typeof createStoryStore>

export type StoryAction = 'create' | 'join' | 'merge' | 'split' | 'auto-split' | 'editor-merge'

export interface StoryEvent {
  id: number
  storyId: StoryId
  action: StoryAction
  otherStoryId: StoryId | null
  entryId: EntryId | null
  actor: string
  at: Date
}

export interface NewMembership {
  entryId: EntryId
  storyId: StoryId
  score: number
  evidence: unknown
  explanation: string
  copyOf: EntryId | null
  assignedBy: 'auto' | 'editor'
}

export interface StoryMemberSummary {
  entryId: EntryId
  publisherId: PublisherId
  title: string
  lead: string
  imageUrl: string | null
  at: Date
}

export interface StoryFields {
  headline: string
  lead: string | null
  imageUrl: string | null
  firstEntryId: EntryId | null
  firstReportedAt: Date | null
  lastEntryAt: Date | null
  entryCount: number
  publisherCount: number
}

export interface StoredEntity {
  key: string
  kind: string
  name: string
  mentions: number
}

const CHUNK = 200

/** The `story_members` row of a membership. */
function memberRow(member: NewMembership, assignedAt: string) {
  return {
    entry_id: member.entryId,
    story_id: member.storyId,
    score: member.score,
    evidence: JSON.stringify(member.evidence ?? {}),
    explanation: member.explanation,
    copy_of_entry_id: member.copyOf,
    assigned_by: member.assignedBy,
    assigned_at: assignedAt,
  }
}

export function createStoryStore(db: Kysely<Tables>) {
  async function logEvent(
    trx: Kysely<Tables>,
    event: {
      storyId: number
      action: StoryAction
      otherStoryId?: number | null
      entryId?: number | null
      actor: string
      at: Date
      note?: string
    },
  ): Promise<void> {
    await trx
      .insertInto('story_events')
      .values({
        story_id: event.storyId,
        action: event.action,
        other_story_id: event.otherStoryId ?? null,
        entry_id: event.entryId ?? null,
        actor: event.actor,
        note: event.note ?? null,
        at: toTimestamp(event.at),
      })
      .execute()
  }

  return {
    logEvent,

    async lastEventId(trx: Kysely<Tables> = db): Promise<number> {
      const row = await trx
        .selectFrom('story_events')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst()
      return Number(row?.id ?? 0)
    },

    async eventsSince(afterId: number, trx: Kysely<Tables> = db): Promise<StoryEvent[]> {
      const rows = await trx
        .selectFrom('story_events')
        .selectAll()
        .where('id', '>', afterId)
        .orderBy('id')
        .execute()
      return rows.map((r) => ({
        id: r.id,
        storyId: r.story_id as StoryId,
        action: r.action as StoryAction,
        otherStoryId: r.other_story_id as StoryId | null,
        entryId: r.entry_id as EntryId | null,
        actor: r.actor,
        at: toDate(r.at),
      }))
    },

    async createStory(trx: Kysely<Tables>, headline: string, now: Date): Promise<StoryId> {
      const row = await trx
        .insertInto('stories')
        .values({ headline, created_at: toTimestamp(now), updated_at: toTimestamp(now) })
        .returning('id')
        .executeTakeFirstOrThrow()
      return row.id as StoryId
    },

    async addMember(
      trx: Kysely<Tables>,
      member: NewMembership,
      action: 'create' | 'join',
      now: Date,
    ): Promise<void> {
      const row = memberRow(member, toTimestamp(now))
      const { entry_id: _entry, ...reassignment } = row
      await trx
        .insertInto('story_members')
        .values(row)
        .onConflict((oc) => oc.column('entry_id').doUpdateSet(reassignment))
        .execute()
      await logEvent(trx, {
        storyId: member.storyId,
        action,
        entryId: member.entryId,
        actor: member.assignedBy,
        at: now,
      })
    },

    /** Moves every member of `from` into `into`; `from` keeps resolving to `into` through merged_into_id. */
    async merge(
      trx: Kysely<Tables>,
      from: StoryId,
      into: StoryId,
      actor: string,
      now: Date,
      note?: string,
    ): Promise<void> {
      if (from === into) {
        throw new AppError('invalid-input', 'stories: cannot merge a story into itself')
      }
      await trx
        .updateTable('story_members')
        .set({ story_id: into })
        .where('story_id', '=', from)
        .execute()
      await trx
        .updateTable('stories')
        .set({
          merged_into_id: into,
          entry_count: 0,
          publisher_count: 0,
          updated_at: toTimestamp(now),
        })
        .where((eb) => eb.or([eb('id', '=', from), eb('merged_into_id', '=', from)]))
        .execute()
      await logEvent(trx, {
        storyId: into,
        action: actor === 'auto' ? 'merge' : 'editor-merge',
        otherStoryId: from,
        actor,
        at: now,
        note,
      })
    },

    /** The live story a (possibly merged) story id resolves to, or null. */
    /**
     * Automatic split: these members of `from` leave for the new story `into`. One `auto-split`
     * event per entry lets other workers replay it.
     */
    async moveMembers(
      trx: Kysely<Tables>,
      entryIds: readonly EntryId[],
      from: StoryId,
      into: StoryId,
      now: Date,
      note: string,
    ): Promise<void> {
      for (let i = 0; i < entryIds.length; i += CHUNK) {
        await trx
          .updateTable('story_members')
          .set({ story_id: into })
          .where('story_id', '=', from)
          .where('entry_id', 'in', entryIds.slice(i, i + CHUNK))
          .execute()
      }
      for (const entryId of entryIds) {
        await logEvent(trx, {
          storyId: into,
          action: 'auto-split',
          otherStoryId: from,
          entryId,
          actor: 'auto',
          at: now,
          note,
        })
      }
    },

    async resolve(id: StoryId, trx: Kysely<Tables> = db): Promise<StoryId | null> {
      let current: number = id
      for (let hops = 0; hops < 50; hops++) {
        const row = await trx
          .selectFrom('stories')
          .select(['id', 'merged_into_id'])
          .where('id', '=', current)
          .executeTakeFirst()
        if (!row) return null
        if (row.merged_into_id === null) return row.id as StoryId
        current = row.merged_into_id
      }
      return null
    },

    /** Which of these entries are in a story already. */
    async entriesInStories(
      entryIds: readonly EntryId[],
      trx: Kysely<Tables> = db,
    ): Promise<Set<EntryId>> {
      const out = new Set<EntryId>()
      for (let i = 0; i < entryIds.length; i += CHUNK) {
        const rows = await trx
          .selectFrom('story_members')
          .select('entry_id')
          .where('entry_id', 'in', entryIds.slice(i, i + CHUNK))
          .execute()
        for (const r of rows) out.add(r.entry_id as EntryId)
      }
      return out
    },

    /**
     * New memberships of automatic decisions, in decision order: one multi-row insert for the
     * members and one for their `create`/`join` events (whose ids keep that order).
     */
    async addMembers(
      trx: Kysely<Tables>,
      rows: readonly { member: NewMembership; action: 'create' | 'join' }[],
      now: Date,
    ): Promise<void> {
      const at = toTimestamp(now)
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK)
        await trx
          .insertInto('story_members')
          .values(chunk.map(({ member }) => memberRow(member, at)))
          .execute()
        await trx
          .insertInto('story_events')
          .values(
            chunk.map(({ member, action }) => ({
              story_id: member.storyId,
              action,
              other_story_id: null,
              entry_id: member.entryId,
              actor: member.assignedBy,
              note: null,
              at,
            })),
          )
          .execute()
      }
    },

    async storyOfEntry(entryId: EntryId, trx: Kysely<Tables> = db): Promise<StoryId | null> {
      const row = await trx
        .selectFrom('story_members')
        .select('story_id')
        .where('entry_id', '=', entryId)
        .executeTakeFirst()
      return row ? (row.story_id as StoryId) : null
    },

    async addConstraint(
      trx: Kysely<Tables>,
      kind: 'cannot-link' | 'pinned',
      entryId: EntryId,
      storyId: StoryId,
      now: Date,
    ) {
      await trx
        .insertInto('editor_constraints')
        .values({ kind, entry_id: entryId, story_id: storyId, created_at: toTimestamp(now) })
        .execute()
    },

    async constraints(
      trx: Kysely<Tables> = db,
    ): Promise<{ kind: string; entryId: EntryId; storyId: StoryId }[]> {
      const rows = await trx
        .selectFrom('editor_constraints')
        .select(['kind', 'entry_id', 'story_id'])
        .execute()
      return rows.map((r) => ({
        kind: r.kind,
        entryId: r.entry_id as EntryId,
        storyId: r.story_id as StoryId,
      }))
    },

    /** Members of the given stories with what headline, lead and counts are made of. */
    async memberSummaries(
      storyIds: readonly StoryId[],
      trx: Kysely<Tables> = db,
    ): Promise<Map<StoryId, StoryMemberSummary[]>> {
      const out = new Map<StoryId, StoryMemberSummary[]>()
      for (let i = 0; i < storyIds.length; i += CHUNK) {
        const rows = await trx
          .selectFrom('story_members')
          .innerJoin('entries', 'entries.id', 'story_members.entry_id')
          .select([
            'story_members.story_id',
            'entries.id',
            'entries.publisher_id',
            'entries.title',
            'entries.plain_text',
            'entries.image_url',
            'entries.sort_at',
          ])
          .where('story_members.story_id', 'in', storyIds.slice(i, i + CHUNK))
          .execute()
        for (const r of rows) {
          const list = out.get(r.story_id as StoryId) ?? []
          list.push({
            entryId: r.id as EntryId,
            publisherId: r.publisher_id as PublisherId,
            title: r.title,
            lead: r.plain_text.slice(0, 400),
            imageUrl: r.image_url,
            at: toDate(r.sort_at),
          })
          out.set(r.story_id as StoryId, list)
        }
      }
      return out
    },

    async updateFields(
      trx: Kysely<Tables>,
      id: StoryId,
      fields: StoryFields,
      now: Date,
    ): Promise<void> {
      await trx
        .updateTable('stories')
        .set({
          headline: fields.headline,
          lead: fields.lead,
          image_url: fields.imageUrl,
          first_entry_id: fields.firstEntryId,
          first_reported_at: toTimestamp(fields.firstReportedAt),
          last_entry_at: toTimestamp(fields.lastEntryAt),
          entry_count: fields.entryCount,
          publisher_count: fields.publisherCount,
          updated_at: toTimestamp(now),
        })
        .where('id', '=', id)
        .execute()
    },

    /** Stores an entry's entities, creating entity rows as needed. */
    /** The entities of many entries at once (one statement per table, in chunks). */
    async saveEntryAnalyses(
      trx: Kysely<Tables>,
      analyses: readonly { entryId: EntryId; entities: readonly StoredEntity[] }[],
      now: Date,
    ): Promise<void> {
      const unique = new Map<string, StoredEntity>()
      for (const a of analyses) {
        for (const e of a.entities) if (!unique.has(e.key)) unique.set(e.key, e)
      }
      if (unique.size === 0) return
      const all = [...unique.values()]
      const byKey = new Map<string, number>()
      for (let i = 0; i < all.length; i += CHUNK) {
        const chunk = all.slice(i, i + CHUNK)
        await trx
          .insertInto('entities')
          .values(
            chunk.map((e) => ({
              key: e.key,
              kind: e.kind,
              name: e.name,
              created_at: toTimestamp(now),
            })),
          )
          .onConflict((oc) => oc.column('key').doNothing())
          .execute()
        const ids = await trx
          .selectFrom('entities')
          .select(['id', 'key'])
          .where(
            'key',
            'in',
            chunk.map((e) => e.key),
          )
          .execute()
        for (const r of ids) byKey.set(r.key, r.id)
      }
      const links = analyses.flatMap((a) =>
        a.entities.map((e) => ({
          entry_id: a.entryId,
          entity_id: byKey.get(e.key)!,
          mentions: e.mentions,
        })),
      )
      for (let i = 0; i < links.length; i += CHUNK) {
        await trx
          .insertInto('entry_entities')
          .values(links.slice(i, i + CHUNK))
          .onConflict((oc) =>
            oc
              .columns(['entry_id', 'entity_id'])
              .doUpdateSet((eb) => ({ mentions: eb.ref('excluded.mentions') })),
          )
          .execute()
      }
    },

    /** Memberships of stories that took an entry since `since` (to rebuild a worker's index). */
    async openMemberships(
      since: Date,
      trx: Kysely<Tables> = db,
    ): Promise<{ entryId: EntryId; storyId: StoryId; assignedBy: string }[]> {
      const rows = await trx
        .selectFrom('story_members')
        .innerJoin('stories', 'stories.id', 'story_members.story_id')
        .select(['story_members.entry_id', 'story_members.story_id', 'story_members.assigned_by'])
        .where('stories.merged_into_id', 'is', null)
        .where('stories.last_entry_at', '>=', toTimestamp(since))
        .orderBy('story_members.entry_id')
        .execute()
      return rows.map((r) => ({
        entryId: r.entry_id as EntryId,
        storyId: r.story_id as StoryId,
        assignedBy: r.assigned_by,
      }))
    },

    async byId(id: StoryId, trx: Kysely<Tables> = db) {
      const row = await trx
        .selectFrom('stories')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row
        ? {
            id: row.id as StoryId,
            headline: row.headline,
            lead: row.lead,
            entryCount: row.entry_count,
            publisherCount: row.publisher_count,
            firstReportedAt: toDate(row.first_reported_at),
            lastEntryAt: toDate(row.last_entry_at),
            mergedIntoId: row.merged_into_id as StoryId | null,
          }
        : null
    },

    async members(id: StoryId, trx: Kysely<Tables> = db) {
      const rows = await trx
        .selectFrom('story_members')
        .innerJoin('entries', 'entries.id', 'story_members.entry_id')
        .select([
          'entries.id',
          'entries.title',
          'entries.publisher_id',
          'story_members.score',
          'story_members.explanation',
          'story_members.copy_of_entry_id',
          'story_members.assigned_by',
        ])
        .where('story_members.story_id', '=', id)
        .orderBy('entries.sort_at')
        .execute()
      return rows.map((r) => ({
        entryId: r.id as EntryId,
        title: r.title,
        publisherId: r.publisher_id as PublisherId,
        score: r.score,
        explanation: r.explanation,
        copyOf: r.copy_of_entry_id as EntryId | null,
        assignedBy: r.assigned_by,
      }))
    },

    /** Entries that are in no story (a worker died between storing them and queueing them). */
    async unclusteredEntries(limit: number): Promise<{ id: EntryId; sortAt: Date }[]> {
      const rows = await db
        .selectFrom('entries')
        .leftJoin('story_members', 'story_members.entry_id', 'entries.id')
        .select(['entries.id', 'entries.sort_at'])
        .where('story_members.entry_id', 'is', null)
        .orderBy('entries.id')
        .limit(limit)
        .execute()
      return rows.map((r) => ({ id: r.id as EntryId, sortAt: toDate(r.sort_at) }))
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('stories')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('merged_into_id', 'is', null)
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },
  }
}
