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
 *
 * Decisions are canonical: pending entries (their `cluster-entry` jobs, whose `run_at` is the entry's
 * time) are taken in publication order (time, then identity key) by whichever worker holds the lock,
 * each decision is made at the entry's own time (not the wall clock), and replay reproduces the
 * decider's index step by step (features computed in event order, split reviews at the same points).
 * So once ingestion has settled, any number of workers form the stories one process would.
 */
import type { Kysely } from 'kysely'

import type { EntryStore } from '../db/entry-store.js'
import type { JobStore } from '../db/job-store.js'
import type { StoryStore } from '../db/story-store.js'
import type { Tables } from '../db/tables.js'
import type { Entry } from '../domain/entry.js'
import { AppError } from '../domain/errors.js'
import type { EntryId, StoryId } from '../domain/ids.js'
import { CLUSTER_JOB } from '../ingest/refresh-feed.js'
import type { Clock } from '../lib/clock.js'
import type { Logger } from '../lib/logger.js'
import { type ClusterInputDoc, type EntryFeatures, entryFeatures } from './entry-features.js'
import { chooseHeadline } from './headline.js'
import { StoryIndex } from './story-index.js'

export interface ClusterDeps {
  entries: Pick<EntryStore, 'byIds'>
  stories: StoryStore
  jobs: Pick<JobStore, 'head' | 'removeMany' | 'recordFailure'>
  /** runs `fn` in a transaction holding the story-decision lock */
  decide<T>(fn: (trx: Kysely<Tables>) => Promise<T>): Promise<T>
  clock: Clock
  logger: Logger
  windowHours: number
  /** entries decided per transaction (default {@link DECISIONS_PER_TRANSACTION}) */
  chunkSize?: number
  /**
   * distinct terms the index may learn before it is rebuilt from the open stories (and at least
   * twice what it held after its last rebuild); none by default
   */
  vocabularyLimit?: number
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

/** A clustering job that failed this often is left aside (its error stays on the job). */
export const CLUSTER_MAX_ATTEMPTS = 5

/** The time an entry's decision is made at: its publication time (never in the future). */
function clusterTime(entry: Entry): number {
  return entry.sortAt.getTime()
}

/** The canonical clustering order: by time, then by identity key (ids differ between databases). */
function canonicalOrder(a: Entry, b: Entry): number {
  return (
    clusterTime(a) - clusterTime(b) ||
    (a.identityKey < b.identityKey ? -1 : a.identityKey > b.identityKey ? 1 : 0) ||
    a.id - b.id
  )
}

function featuresFor(entry: Entry, index: StoryIndex): EntryFeatures {
  return entryFeatures(entryToClusterDoc(entry), { registry: index.registry })
}

const entryIdOf = (job: { payload: unknown }): EntryId =>
  (job.payload as { entryId: EntryId }).entryId

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

export interface ClusterTotals {
  assigned: number
  created: number
  merged: number
  split: number
}

export function createStoryClusterer(deps: ClusterDeps) {
  let index: StoryIndex | null = null
  /** terms the index held right after it was last built */
  let rebuiltVocabulary = 0
  let lastEventId = 0
  const windowMs = deps.windowHours * 3_600_000
  const chunkSize = deps.chunkSize ?? DECISIONS_PER_TRANSACTION

  /** Builds the index from the stored open stories (worker start, or after a failure). */
  async function rebuild(trx: Kysely<Tables>): Promise<StoryIndex> {
    const now = deps.clock.now()
    const fresh = new StoryIndex({ windowHours: deps.windowHours })
    const memberships = await deps.stories.openMemberships(new Date(now.getTime() - windowMs), trx)
    const storyOf = new Map(memberships.map((m) => [m.entryId, m]))
    const entries = await deps.entries.byIds(
      memberships.map((m) => m.entryId),
      trx,
    )
    // in canonical order, as the decisions were made
    for (const entry of entries.sort(canonicalOrder)) {
      const m = storyOf.get(entry.id)!
      fresh.restore(featuresFor(entry, fresh), String(m.storyId), clusterTime(entry), {
        pinned: m.assignedBy === 'editor',
      })
    }
    for (const c of await deps.stories.constraints(trx)) {
      if (c.kind === 'cannot-link') fresh.forbid(String(c.entryId), String(c.storyId))
    }
    lastEventId = await deps.stories.lastEventId(trx)
    deps.logger.info(
      { entries: memberships.length, stories: fresh.size.stories },
      'story index rebuilt',
    )
    rebuiltVocabulary = fresh.vocabulary
    return fresh
  }

  /**
   * Replays what others decided since this index last looked, step by step as the decider made
   * it: an automatic decision is its create/join event, its merges, then a split review of the
   * entry's story (which may be followed by that split's `auto-split` events).
   */
  async function catchUp(trx: Kysely<Tables>, current: StoryIndex): Promise<void> {
    const events = await deps.stories.eventsSince(lastEventId, trx)
    if (events.length === 0) return
    const ids = new Set<EntryId>()
    for (const e of events) {
      if ((e.action === 'create' || e.action === 'join' || e.action === 'split') && e.entryId) {
        ids.add(e.entryId)
      }
    }
    const entries = new Map((await deps.entries.byIds([...ids], trx)).map((e) => [e.id, e]))
    let review: { entryId: string; at: number } | null = null
    const closeDecision = () => {
      if (review === null) return
      const story = current.storyOf(review.entryId)
      if (story !== undefined) current.review(story, review.at)
      review = null
    }
    for (let k = 0; k < events.length; k++) {
      const event = events[k]!
      if ((event.action === 'create' || event.action === 'join') && event.entryId !== null) {
        closeDecision()
        const entry = entries.get(event.entryId)
        if (entry && current.storyOf(String(entry.id)) === undefined) {
          current.restore(featuresFor(entry, current), String(event.storyId), clusterTime(entry), {
            pinned: event.actor === 'editor',
          })
          if (event.actor === 'auto') review = { entryId: String(entry.id), at: clusterTime(entry) }
        }
      } else if (event.action === 'merge' && event.otherStoryId !== null) {
        // an automatic merge belongs to the decision before it
        current.mergeStories(String(event.otherStoryId), String(event.storyId))
      } else if (event.action === 'editor-merge' && event.otherStoryId !== null) {
        closeDecision()
        current.mergeStories(String(event.otherStoryId), String(event.storyId))
      } else if (event.action === 'auto-split' && event.otherStoryId !== null) {
        closeDecision()
        const moved: string[] = []
        let last = k
        for (let j = k; j < events.length; j++) {
          const e = events[j]!
          if (
            e.action !== 'auto-split' ||
            e.storyId !== event.storyId ||
            e.otherStoryId !== event.otherStoryId
          ) {
            break
          }
          if (e.entryId !== null) moved.push(String(e.entryId))
          last = j
        }
        current.applySplit({
          storyId: String(event.otherStoryId),
          newStoryId: String(event.storyId),
          entryIds: moved,
          score: 0,
          explanation: '',
          at: event.at.getTime(),
        })
        k = last
      } else if (
        event.action === 'split' &&
        event.entryId !== null &&
        event.otherStoryId !== null
      ) {
        closeDecision()
        // an editor moved the entry out of otherStoryId into storyId
        current.removeEntry(String(event.entryId))
        const entry = entries.get(event.entryId)
        if (entry) {
          current.restore(featuresFor(entry, current), String(event.storyId), clusterTime(entry), {
            pinned: true,
          })
        }
      }
      lastEventId = events[k]!.id
    }
    closeDecision()
  }

  /** Whether the index has learned so many terms (most from entries long gone) it should be rebuilt. */
  function outgrown(current: StoryIndex): boolean {
    const limit = deps.vocabularyLimit
    return limit !== undefined && current.vocabulary > Math.max(limit, 2 * rebuiltVocabulary)
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
        if (outgrown(index)) {
          deps.logger.info(
            { vocabulary: index.vocabulary, entries: index.size.entries },
            'story index vocabulary outgrew its limit; rebuilding it from the open stories',
          )
          index = null
        }
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

  /**
   * Decides entries (already in canonical order) in the caller's transaction: each joins or founds
   * a story, merges it reveals happen, and its story is reviewed for a split.
   */
  async function decideAll(
    trx: Kysely<Tables>,
    current: StoryIndex,
    ordered: readonly Entry[],
    totals: ClusterTotals,
  ): Promise<void> {
    const now = deps.clock.now()
    current.evictOlderThan(now.getTime() - windowMs)
    const touched: StoryId[] = []
    const done = await deps.stories.entriesInStories(
      ordered.map((e) => e.id),
      trx,
    )
    // memberships (with their events) and entities are written in batches; a merge or split
    // writes what is pending first, so the events keep the order of the decisions
    let members: Parameters<StoryStore['addMembers']>[1][number][] = []
    const analyses: Parameters<StoryStore['saveEntryAnalyses']>[1][number][] = []
    const flush = async () => {
      if (members.length > 0) await deps.stories.addMembers(trx, members, now)
      members = []
    }
    for (const entry of ordered) {
      const id = entry.id
      if (done.has(id)) continue
      const at = clusterTime(entry)
      const features = featuresFor(entry, current)
      const decision = current.assign(features, at)
      let storyId: StoryId
      if (decision.action === 'new') {
        storyId = await deps.stories.createStory(trx, entry.title, now)
        decision.storyId = String(storyId)
        totals.created++
      } else {
        storyId = Number(decision.storyId) as StoryId
      }
      members.push({
        member: {
          entryId: id,
          storyId,
          score: Number.isFinite(decision.score) ? decision.score : 0,
          evidence: decision.evidence ?? {},
          explanation: decision.explanation,
          copyOf: decision.copyOf === null ? null : (Number(decision.copyOf) as EntryId),
          assignedBy: 'auto',
        },
        action: decision.action === 'new' ? 'create' : 'join',
      })
      analyses.push({
        entryId: id,
        entities: features.entities.map((e) => ({
          key: e.key,
          kind: e.kind,
          name: e.name,
          mentions: e.mentions,
        })),
      })
      if (decision.merges.length > 0) await flush()
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
      // the entry's story may now show two events: the later one leaves to found its own story
      const split = current.review(current.storyOf(String(id))!, at)
      if (split) {
        await flush()
        const from = Number(split.storyId) as StoryId
        const into = await deps.stories.createStory(trx, entry.title, now)
        split.newStoryId = String(into)
        await deps.stories.moveMembers(
          trx,
          split.entryIds.map((e) => Number(e) as EntryId),
          from,
          into,
          now,
          split.explanation,
        )
        current.applySplit(split)
        touched.push(from, into)
        totals.split++
      }
    }
    await flush()
    await deps.stories.saveEntryAnalyses(trx, analyses, now)
    await refreshStories(trx, current, touched)
  }

  /** Decides one chunk of pending entries; false when nothing is pending. */
  async function decidePendingChunk(totals: ClusterTotals): Promise<boolean> {
    return withIndex(async (trx, current) => {
      const jobs = await deps.jobs.head(CLUSTER_JOB, chunkSize, CLUSTER_MAX_ATTEMPTS, trx)
      if (jobs.length === 0) return false
      const entries = await deps.entries.byIds(jobs.map(entryIdOf), trx)
      await decideAll(trx, current, entries.sort(canonicalOrder), totals)
      // entries deleted since they were queued simply lose their job
      await deps.jobs.removeMany(
        CLUSTER_JOB,
        jobs.map((j) => j.key),
        trx,
      )
      return true
    })
  }

  return {
    /**
     * Builds the index now (a worker calls this as it starts). An index built from scratch restores
     * stories as stored, which is close to but not exactly the state incremental decisions and
     * replay produce; workers that start together and then replay one another stay identical.
     */
    async warmUp(): Promise<void> {
      await withIndex(async () => {})
    },

    /**
     * Decides every pending entry (every `cluster-entry` job), in canonical order, in transactions
     * of about {@link DECISIONS_PER_TRANSACTION}. A chunk that fails is retried one entry at a time,
     * so one bad entry only holds up itself (its job records the error; after
     * {@link CLUSTER_MAX_ATTEMPTS} failures it is left aside). `chunks` stops after that many.
     */
    async clusterPending(options: { chunks?: number } = {}): Promise<ClusterTotals> {
      const totals: ClusterTotals = { assigned: 0, created: 0, merged: 0, split: 0 }
      for (let n = 0; n < (options.chunks ?? Number.POSITIVE_INFINITY); n++) {
        try {
          if (!(await decidePendingChunk(totals))) return totals
        } catch (error) {
          deps.logger.warn(
            { error: (error as Error).message },
            'cluster chunk failed; deciding its entries one by one',
          )
          const jobs = await deps.jobs.head(CLUSTER_JOB, chunkSize, CLUSTER_MAX_ATTEMPTS)
          const entries = new Map(
            (await deps.entries.byIds(jobs.map(entryIdOf))).map((e) => [e.id, e]),
          )
          let progress = false
          for (const job of jobs) {
            const entry = entries.get(entryIdOf(job))
            try {
              await withIndex(async (trx, current) => {
                if (entry) await decideAll(trx, current, [entry], totals)
                await deps.jobs.removeMany(CLUSTER_JOB, [job.key], trx)
              })
              progress = true
            } catch (failure) {
              const message = (failure as Error).message
              deps.logger.error({ entry_id: entryIdOf(job), error: message }, 'clustering failed')
              await deps.jobs.recordFailure(CLUSTER_JOB, job.key, message)
            }
          }
          if (!progress) throw error
        }
      }
      return totals
    },

    /**
     * Assigns these entries now (in canonical order, whatever order they are given in); entries
     * already in a story are skipped. Their clustering jobs, if any, are done with.
     */
    async clusterEntries(entryIds: readonly EntryId[]): Promise<ClusterTotals> {
      const totals: ClusterTotals = { assigned: 0, created: 0, merged: 0, split: 0 }
      const ordered = (await deps.entries.byIds([...new Set(entryIds)])).sort(canonicalOrder)
      for (let i = 0; i < ordered.length; i += chunkSize) {
        const chunk = ordered.slice(i, i + chunkSize)
        await withIndex(async (trx, current) => {
          await decideAll(trx, current, chunk, totals)
          await deps.jobs.removeMany(
            CLUSTER_JOB,
            chunk.map((e) => `entry:${e.id}`),
            trx,
          )
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
        current.restore(featuresFor(entry!, current), String(target), clusterTime(entry!), {
          pinned: true,
        })
        await refreshStories(trx, current, [live, target])
        return target
      })
    },
  }
}
