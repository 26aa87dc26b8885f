/**
 * @module cluster-entries
 * THE clustering use-case: assigns newly ingested entries to stories, one at a time, through the same
 * `StoryIndex` that `broadsheet cluster` uses offline.
 *
 * Each worker process keeps a `StoryIndex` of the open window in memory. Decisions are made inside
 * a transaction that holds the story-decision lock (an advisory lock on PostgreSQL, the write lock on
 * SQLite), and before deciding the index replays every `story_events` row other workers (or editors)
 * wrote since it last looked. So two workers never decide on stale state, and two entries of one event
 * can never found two stories at once. Features are recomputed from stored text (cheap) rather than
 * stored, so the database stays small; an index that may have diverged (a failed transaction) is
 * simply rebuilt.
 */
import type { Kysely } from 'kysely'

import type { EntryStore } from '../db/entry-store.js'
import type { StoryStore } from '../db/story-store.js'
import type { Tables } from '../db/tables.js'
import type { Entry } from '../domain/entry.js'
import { AppError } from '../domain/errors.js'
import type { EntryId, StoryId } from '../domain/ids.js'
import type { Clock } from '../lib/clock.js'
import type { Logger } from '../lib/logger.js'
import { type ClusterInputDoc, type EntryFeatures, entryFeatures } from './entry-features.js'
import { chooseHeadline } from './headline.js'
import { StoryIndex } from './story-index.js'

export interface ClusterDeps {
  entries: Pick<EntryStore, 'byIds'>
  stories: StoryStore
  /** runs `fn` in a transaction holding the story-decision lock */
  decide<T>(fn: (trx: Kysely<Tables>) => Promise<T>): Promise<T>
  clock: Clock
  logger: Logger
  windowHours: number
}

/** Longest story lead, in characters. */
const LEAD_CHARS = 280

/** The start of a text, cut after a sentence or at least at a word, never mid-word. */
export function leadOf(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const window = clean.slice(0, max)
  const sentence = Math.max(
    window.lastIndexOf('. '),
    window.lastIndexOf('? '),
    window.lastIndexOf('! '),
  )
  if (sentence > max * 0.5) return window.slice(0, sentence + 1)
  const space = window.lastIndexOf(' ')
  return `${window.slice(0, space > 0 ? space : max).replace(/[,;:–—-]+$/, '')}…`
}

/** Entries decided per transaction: short lock hold times, few commits. */
const DECISIONS_PER_TRANSACTION = 100

export function entryToClusterDoc(entry: Entry): ClusterInputDoc {
  return {
    id: String(entry.id),
    title: entry.title,
    text: entry.plainText,
    url: entry.canonicalUrl ?? entry.url,
    published: (entry.publishedAt ?? entry.firstSeenAt).toISOString(),
    source: String(entry.publisherId),
    categories: entry.categories,
  }
}

export type StoryClusterer = ReturnType<typeof createStoryClusterer>

export function createStoryClusterer(deps: ClusterDeps) {
  let index: StoryIndex | null = null
  let lastEventId = 0
  const windowMs = deps.windowHours * 3_600_000

  async function featuresOf(
    trx: Kysely<Tables>,
    ids: readonly EntryId[],
    registryIndex: StoryIndex | null,
  ): Promise<Map<EntryId, EntryFeatures>> {
    const entries = await deps.entries.byIds(ids, trx)
    return new Map(
      entries.map((e) => [
        e.id,
        entryFeatures(
          entryToClusterDoc(e),
          registryIndex ? { registry: registryIndex.registry } : {},
        ),
      ]),
    )
  }

  /** Builds the index from the stored open stories (worker start, or after a failure). */
  async function rebuild(trx: Kysely<Tables>): Promise<StoryIndex> {
    const now = deps.clock.now()
    const fresh = new StoryIndex({ windowHours: deps.windowHours })
    const memberships = await deps.stories.openMemberships(new Date(now.getTime() - windowMs), trx)
    const features = await featuresOf(
      trx,
      memberships.map((m) => m.entryId),
      fresh,
    )
    for (const m of memberships) {
      const f = features.get(m.entryId)
      if (f) {
        fresh.restore(f, String(m.storyId), f.published ?? now.getTime(), {
          pinned: m.assignedBy === 'editor',
        })
      }
    }
    for (const c of await deps.stories.constraints(trx)) {
      if (c.kind === 'cannot-link') fresh.forbid(String(c.entryId), String(c.storyId))
    }
    lastEventId = await deps.stories.lastEventId(trx)
    deps.logger.info(
      { entries: memberships.length, stories: fresh.size.stories },
      'story index rebuilt',
    )
    return fresh
  }

  /** Replays what others decided since this index last looked. */
  async function catchUp(trx: Kysely<Tables>, current: StoryIndex): Promise<void> {
    const events = await deps.stories.eventsSince(lastEventId, trx)
    if (events.length === 0) return
    const joined = events.filter(
      (e) => (e.action === 'create' || e.action === 'join') && e.entryId !== null,
    )
    const features = await featuresOf(
      trx,
      joined.map((e) => e.entryId!),
      current,
    )
    for (const event of events) {
      if ((event.action === 'create' || event.action === 'join') && event.entryId !== null) {
        const f = features.get(event.entryId)
        const inIndex = current.storyOf(String(event.entryId))
        if (f && inIndex === undefined) {
          current.restore(f, String(event.storyId), f.published ?? event.at.getTime(), {
            pinned: event.actor === 'editor',
          })
        }
      } else if (
        (event.action === 'merge' || event.action === 'editor-merge') &&
        event.otherStoryId !== null
      ) {
        current.mergeStories(String(event.otherStoryId), String(event.storyId))
      } else if (
        event.action === 'split' &&
        event.entryId !== null &&
        event.otherStoryId !== null
      ) {
        // the entry left otherStoryId for storyId
        current.removeEntry(String(event.entryId))
        const f = (await featuresOf(trx, [event.entryId], current)).get(event.entryId)
        if (f) {
          current.restore(f, String(event.storyId), f.published ?? event.at.getTime(), {
            pinned: true,
          })
        }
      }
      lastEventId = event.id
    }
  }

  async function withIndex<T>(
    fn: (trx: Kysely<Tables>, current: StoryIndex) => Promise<T>,
  ): Promise<T> {
    try {
      return await deps.decide(async (trx) => {
        index ??= await rebuild(trx)
        await catchUp(trx, index)
        const result = await fn(trx, index)
        lastEventId = await deps.stories.lastEventId(trx)
        return result
      })
    } catch (error) {
      index = null // it may hold decisions the rollback undid
      throw error
    }
  }

  /** Recomputes headline, lead, image, counts and times of the stories that changed. */
  async function refreshStories(
    trx: Kysely<Tables>,
    current: StoryIndex,
    storyIds: Iterable<StoryId>,
  ): Promise<void> {
    const ids = [...new Set(storyIds)]
    const summaries = await deps.stories.memberSummaries(ids, trx)
    const now = deps.clock.now()
    for (const id of ids) {
      const members = summaries.get(id) ?? []
      if (members.length === 0) continue
      members.sort((a, b) => a.at.getTime() - b.at.getTime() || a.entryId - b.entryId)
      const indexed = current.storyMembers(String(id))
      const choice = chooseHeadline(
        indexed.length > 0
          ? indexed
          : members.map((m) => ({
              id: String(m.entryId),
              title: m.title,
              terms: [],
              published: m.at.getTime(),
            })),
      )
      const headliner = members.find((m) => String(m.entryId) === choice?.id) ?? members[0]!
      await deps.stories.updateFields(
        trx,
        id,
        {
          headline: headliner.title,
          lead: leadOf(headliner.lead, LEAD_CHARS) || null,
          imageUrl: headliner.imageUrl ?? members.find((m) => m.imageUrl)?.imageUrl ?? null,
          firstEntryId: members[0]!.entryId,
          firstReportedAt: members[0]!.at,
          lastEntryAt: members.at(-1)!.at,
          entryCount: members.length,
          publisherCount: new Set(members.map((m) => m.publisherId)).size,
        },
        now,
      )
    }
  }

  return {
    /** Assigns each entry (in the order given) to a story; entries already in a story are skipped. */
    async clusterEntries(
      entryIds: readonly EntryId[],
    ): Promise<{ assigned: number; created: number; merged: number }> {
      const totals = { assigned: 0, created: 0, merged: 0 }
      const ordered = [...new Set(entryIds)].sort((a, b) => a - b)
      for (let i = 0; i < ordered.length; i += DECISIONS_PER_TRANSACTION) {
        const chunk = ordered.slice(i, i + DECISIONS_PER_TRANSACTION)
        const entries = new Map((await deps.entries.byIds(chunk)).map((e) => [e.id, e]))
        await withIndex(async (trx, current) => {
          const now = deps.clock.now()
          current.evictOlderThan(now.getTime() - windowMs)
          const touched: StoryId[] = []
          for (const id of chunk) {
            const entry = entries.get(id)
            if (!entry || (await deps.stories.storyOfEntry(id, trx)) !== null) continue
            const features = entryFeatures(entryToClusterDoc(entry), { registry: current.registry })
            const decision = current.assign(features, now)
            let storyId: StoryId
            if (decision.action === 'new') {
              storyId = await deps.stories.createStory(trx, entry.title, now)
              decision.storyId = String(storyId)
              totals.created++
            } else {
              storyId = Number(decision.storyId) as StoryId
            }
            await deps.stories.addMember(
              trx,
              {
                entryId: id,
                storyId,
                score: Number.isFinite(decision.score) ? decision.score : 0,
                evidence: decision.evidence ?? {},
                explanation: decision.explanation,
                copyOf: decision.copyOf === null ? null : (Number(decision.copyOf) as EntryId),
                assignedBy: 'auto',
              },
              decision.action === 'new' ? 'create' : 'join',
              now,
            )
            await deps.stories.saveEntryAnalysis(
              trx,
              id,
              features.entities.map((e) => ({
                key: e.key,
                kind: e.kind,
                name: e.name,
                mentions: e.mentions,
              })),
              now,
            )
            for (const merge of decision.merges) {
              await deps.stories.merge(
                trx,
                Number(merge.from) as StoryId,
                Number(merge.into) as StoryId,
                'auto',
                now,
                merge.explanation,
              )
              touched.push(Number(merge.into) as StoryId)
              totals.merged++
            }
            current.apply(decision)
            touched.push(storyId)
            totals.assigned++
          }
          await refreshStories(trx, current, touched)
        })
      }
      return totals
    },

    /** Editor decision: story `from` joins story `into`; automatic clustering never undoes it. */
    async mergeStories(from: StoryId, into: StoryId, actor: string): Promise<StoryId> {
      return withIndex(async (trx, current) => {
        const a = await deps.stories.resolve(from, trx)
        const b = await deps.stories.resolve(into, trx)
        if (a === null) throw new AppError('not-found', `stories: no story ${from}`)
        if (b === null) throw new AppError('not-found', `stories: no story ${into}`)
        if (a === b) {
          throw new AppError('invalid-input', `stories: ${from} and ${into} are already one story`)
        }
        const now = deps.clock.now()
        await deps.stories.merge(trx, a, b, actor, now)
        for (const m of await deps.stories.members(b, trx)) {
          await deps.stories.addConstraint(trx, 'pinned', m.entryId, b, now)
        }
        current.mergeStories(String(a), String(b))
        await refreshStories(trx, current, [b])
        return b
      })
    },

    /** Editor decision: move an entry out of its story into a story of its own, for good. */
    async splitEntry(storyId: StoryId, entryId: EntryId, actor: string): Promise<StoryId> {
      return withIndex(async (trx, current) => {
        const live = await deps.stories.resolve(storyId, trx)
        const memberOf = await deps.stories.storyOfEntry(entryId, trx)
        if (live === null) throw new AppError('not-found', `stories: no story ${storyId}`)
        if (memberOf !== live) {
          throw new AppError(
            'invalid-input',
            `stories: entry ${entryId} is not in story ${storyId}`,
          )
        }
        const [entry] = await deps.entries.byIds([entryId], trx)
        const now = deps.clock.now()
        const target = await deps.stories.createStory(trx, entry!.title, now)
        await deps.stories.addMember(
          trx,
          {
            entryId,
            storyId: target,
            score: 1,
            evidence: {},
            explanation: `moved out of story ${live} by ${actor}`,
            copyOf: null,
            assignedBy: 'editor',
          },
          'create',
          now,
        )
        await deps.stories.logEvent(trx, {
          storyId: target,
          action: 'split',
          otherStoryId: live,
          entryId,
          actor,
          at: now,
        })
        await deps.stories.addConstraint(trx, 'cannot-link', entryId, live, now)
        current.removeEntry(String(entryId))
        const f = entryFeatures(entryToClusterDoc(entry!), { registry: current.registry })
        current.restore(f, String(target), f.published ?? now.getTime(), { pinned: true })
        await refreshStories(trx, current, [live, target])
        return target
      })
    },
  }
}
