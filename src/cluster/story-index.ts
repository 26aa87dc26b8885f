/**
 * @module story-index
 * The in-memory state of incremental story clustering: open stories within the time window,
 * their members' features, document frequencies learned from the stream, and inverted indexes
 * that find candidate stories without scanning.
 *
 * Use: `const d = index.assign(features, now)` proposes a {@link Decision} (join a story or start
 * one, plus any story merges the entry reveals) without changing anything; `index.apply(d)`
 * makes it so, once the store has recorded it. `evictOlderThan(time)` closes stories idle since
 * before `time`. A worker rebuilds the index from stored entries with `restore()`, which takes
 * the stored features and memberships as they are.
 *
 * Candidate retrieval touches only posting lists: each story is posted under the top-idf terms
 * and entities of its members (capped per term, most recent first), under its members' LSH band
 * keys, quote keys and links. Per-entry cost therefore depends on the window, not on the number
 * of entries ever stored.
 */

import {
  type AssignOptions,
  type CandidateSignals,
  chooseStory,
  DEFAULT_ASSIGN_OPTIONS,
  type Evidence,
  explain,
  scoreMerge,
} from './assign-story.js'
import { backgroundFrequencies } from './background-df.js'
import type { Entity, EntityRegistry } from './extract-entities.js'
import { type EntryFeatures, isEntityTerm, quoteKeys } from './entry-features.js'
import { bandKeys, estimateJaccard } from './fingerprint.js'
import { isNumberTerm } from './tokenize.js'

export interface StoryIndexOptions extends AssignOptions {
  /** a story stops taking entries this long after its last one (hours) */
  windowHours: number
  /** stories scored in full per entry */
  candidateLimit: number
  /** an entry's heaviest terms used to look up candidates */
  queryTerms: number
  /** a member's heaviest terms under which its story is posted */
  postingTerms: number
  /** stories kept per posting list (most recent) */
  postingCap: number
  /** members compared one by one with an entry (most recent first) */
  memberCompare: number
  /** terms kept in a story's centroid */
  centroidTerms: number
  /** terms kept per member for member-level similarity */
  memberTerms: number
  /** a second candidate scoring this high is checked for a merge with the chosen story */
  bridgeThreshold: number
  /** a story is reviewed for a split from this size on (and each time it grows by a third) */
  splitMinSize: number
  /** each half of a split needs this many members */
  splitMinGroup: number
  /** split when the halves' mean pair similarity is below this ... */
  splitThreshold: number
  /** ... and below this share of each half's own mean pair similarity ... */
  splitRatio: number
  /** ... plus this much when the halves disagree on their main actors or numbers */
  splitConflictBonus: number
  /**
   * document frequencies to start from, so idf is sensible from the first entry; by default the
   * shipped table of generic news vocabulary (background-df.ts), null for none
   */
  background?: BackgroundFrequencies | null
}

/** Document frequencies from a background corpus: `df[term]` documents out of `docs`. */
export interface BackgroundFrequencies {
  docs: number
  df: Readonly<Record<string, number>>
}

export const DEFAULT_INDEX_OPTIONS: StoryIndexOptions = {
  ...DEFAULT_ASSIGN_OPTIONS,
  windowHours: 72,
  candidateLimit: 24,
  queryTerms: 16,
  postingTerms: 16,
  postingCap: 128,
  memberCompare: 8,
  centroidTerms: 300,
  memberTerms: 64,
  bridgeThreshold: 0.3,
  splitMinSize: 6,
  splitMinGroup: 3,
  splitThreshold: 0.2,
  splitRatio: 0.58,
  splitConflictBonus: 0.1,
}

/** A merge of story `from` into story `into`. */
export interface MergeDecision {
  from: string
  into: string
  score: number
  evidence: Evidence
  explanation: string
}

/** Entries that leave a story to found a new one: later evidence shows two events in it. */
export interface SplitDecision {
  storyId: string
  newStoryId: string
  entryIds: string[]
  /** mean similarity between the two groups (low) */
  score: number
  explanation: string
  at: number
}

/** What to do with one entry, and why. */
export interface Decision {
  entryId: string
  action: 'join' | 'new'
  storyId: string
  score: number
  /** evidence for the joined story; for a new story, the best rejected candidate's (or null) */
  evidence: Evidence | null
  explanation: string
  /** the member this entry is a near-duplicate of (inside the joined story) */
  copyOf: string | null
  merges: MergeDecision[]
  /** the next best candidate stories (at most three), for "why not" explanations */
  alternatives: { storyId: string; score: number; evidence: Evidence }[]
  /** time of the decision (epoch ms) */
  at: number
}

interface Member {
  entryId: string
  story: Story
  seq: number
  /** published time, or null */
  time: number | null
  terms: Int32Array
  weights: Float32Array
  entities: Int32Array
  salient: number[]
  /** number and date term ids */
  numbers: number[]
  minhash: Uint32Array
  bands: number[]
  phrases: Uint32Array
  quotes: string[]
  links: string[]
  url: string | null
  title: string
  source: string | null
  /** the entry's people, organisations and places (for topic pages and related stories) */
  entityList: Entity[]
}

/** What the index keeps of a member, for headlines and related stories. */
export interface StoryMember {
  id: string
  title: string
  published: number | null
  source: string | null
  url: string | null
  /** the member's heaviest terms, [term, tf weight] */
  terms: [string, number][]
  entities: Entity[]
}

interface Story {
  num: number
  id: string
  members: Member[]
  /** term id -> sum of members' unit-length tf vectors */
  centroid: Map<number, number>
  /** entity term id -> members mentioning it */
  entityCount: Map<number, number>
  /** entity term id -> members for which it is a main actor */
  salientCount: Map<number, number>
  /** number and date term id -> members giving it */
  numberCount: Map<number, number>
  firstTime: number | null
  lastTime: number | null
  /** `now` when the story last took an entry */
  touched: number
  lastSeq: number
  alive: boolean
  forbidden: Set<string>
  pinned: Set<string>
  posted: Set<number>
  quoteKeys: Map<number, string>
  links: Set<string>
  /** size at the last split review */
  reviewedAt: number
}

interface Prepared {
  id: string
  published: number | null
  minhash: ArrayLike<number>
  /** display names of the entry's entity keys */
  names: ReadonlyMap<string, string>
  ids: Int32Array
  tf: Float64Array
  /** term id -> tf·idf (ids of unseen terms are negative and never match) */
  vec: Map<number, number>
  norm: number
  entityIds: number[]
  /** term ids of the entry's main actors and numbers (negative when never seen) */
  salientIds: number[]
  /** the same, as terms */
  salientTerms: string[]
  bands: number[]
  quoteKeys: number[]
  links: string[]
  phrases: readonly number[]
}

/** A phrase used by more open stories than this is boilerplate, not evidence. */
const PHRASE_STORY_CAP = 3
/** Members whose similarities are averaged for `topSimilarity`. */
const TOP_MEMBERS = 3

/** Members looked at when reviewing a story for a split (the most recent). */
const SPLIT_MAX_MEMBERS = 48

/**
 * Two groups from a similarity matrix by average-link agglomeration (deterministic), or null
 * for fewer than two items.
 */
export function twoGroups(sim: readonly (readonly number[])[]): [number[], number[]] | null {
  const n = sim.length
  if (n < 2) return null
  let clusters: number[][] = Array.from({ length: n }, (_, i) => [i])
  // link[a][b] = sum of similarities between clusters a and b
  let link: number[][] = sim.map((row) => [...row])
  while (clusters.length > 2) {
    let best = -Infinity
    let bi = 0
    let bj = 1
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const size = (clusters[i]?.length ?? 1) * (clusters[j]?.length ?? 1)
        const avg = (link[i]?.[j] ?? 0) / size
        if (avg > best) {
          best = avg
          bi = i
          bj = j
        }
      }
    }
    const merged = [...(clusters[bi] ?? []), ...(clusters[bj] ?? [])]
    const next = clusters.filter((_, k) => k !== bi && k !== bj)
    const idx = clusters.map((_, k) => k).filter((k) => k !== bi && k !== bj)
    const newLink: number[][] = idx.map((a) => idx.map((b) => link[a]?.[b] ?? 0))
    const row = idx.map((k) => (link[bi]?.[k] ?? 0) + (link[bj]?.[k] ?? 0))
    newLink.forEach((r, k) => r.push(row[k] ?? 0))
    newLink.push([...row, 0])
    clusters = [...next, merged]
    link = newLink
  }
  const [a, b] = clusters
  return a && b ? [a, b] : null
}

/** How a Decision's evidence is rounded for storage and display. */
function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}

/** Incremental story clustering state. Deterministic: same inputs, same decisions. */
export class StoryIndex {
  readonly options: StoryIndexOptions
  private readonly termIds = new Map<string, number>()
  private readonly termNames: string[] = []
  private readonly df: number[] = []
  private docs = 0
  private readonly bgDocs: number
  private readonly bgDf: number[] = []
  private readonly stories = new Map<string, Story>()
  private readonly storyByNum: (Story | undefined)[] = []
  private readonly members = new Map<string, Member>()
  private readonly postings = new Map<number, Story[]>()
  private readonly bands = new Map<number, Member[]>()
  private readonly quotePostings = new Map<number, Story[]>()
  private readonly linkPostings = new Map<string, Story[]>()
  /** phrase key -> stories using it; null once too many do (boilerplate) */
  private readonly phrasePostings = new Map<number, Story[] | null>()
  private readonly pending = new Map<string, { prepared: Prepared; features: EntryFeatures }>()
  /** entry id -> stories it must not join (editor cannot-link), kept for entries yet to come */
  private readonly forbiddenFor = new Map<string, Set<string>>()
  private readonly surnames = new Map<string, Map<string, { name: string; count: number }>>()
  private readonly orgAliases = new Map<string, { key: string; name: string }>()
  private readonly entityNames = new Map<string, string>()
  private nextStory = 1
  private seq = 0

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_INDEX_OPTIONS, ...options }
    const bg = options.background === undefined ? backgroundFrequencies() : options.background
    this.bgDocs = bg?.docs ?? 0
    if (bg) for (const [term, df] of Object.entries(bg.df)) this.bgDf[this.termId(term)] = df
  }

  /** Number of entries and open stories held. */
  get size(): { entries: number; stories: number } {
    return { entries: this.members.size, stories: this.stories.size }
  }

  /** Resolves bare surnames and acronym expansions from what the index has seen. */
  readonly registry: EntityRegistry = {
    personBySurname: (surname) => {
      const keys = this.surnames.get(surname)
      if (!keys) return undefined
      let best: { key: string; name: string; count: number } | undefined
      let total = 0
      for (const [key, v] of keys) {
        total += v.count
        if (!best || v.count > best.count || (v.count === best.count && key < best.key)) {
          best = { key, name: v.name, count: v.count }
        }
      }
      if (!best || best.count * 3 < total * 2) return undefined
      return { key: best.key, name: best.name }
    },
    organizationAlias: (key) => this.orgAliases.get(key),
  }

  private termId(term: string): number {
    let id = this.termIds.get(term)
    if (id === undefined) {
      id = this.termNames.length
      this.termIds.set(term, id)
      this.termNames.push(term)
      this.df.push(0)
    }
    return id
  }

  /** Inverse document frequency of a term seen in `df` documents (this one included). */
  private idf(id: number, selfCount: number): number {
    const df = (id >= 0 ? (this.df[id] ?? 0) + (this.bgDf[id] ?? 0) : 0) + selfCount
    const n = this.docs + this.bgDocs + 1
    return Math.log(1 + n / (df + 0.5))
  }

  private prepare(f: EntryFeatures): Prepared {
    const n = f.terms.length
    const ids = new Int32Array(n)
    const tf = new Float64Array(n)
    const vec = new Map<number, number>()
    const entityIds: number[] = []
    let norm = 0
    let unseen = -1
    for (let i = 0; i < n; i++) {
      const [term, weight] = f.terms[i] ?? ['', 0]
      let id = this.termIds.get(term)
      if (id === undefined) id = unseen--
      ids[i] = id
      tf[i] = weight
      const w = weight * this.idf(id, 1)
      vec.set(id, w)
      norm += w * w
      if (id >= 0 && isEntityTerm(term)) entityIds.push(id)
    }
    const links = [...f.links]
    if (f.url) links.push(f.url)
    const names = new Map<string, string>()
    for (const e of f.entities) names.set(e.key, e.name)
    for (const e of f.names) names.set(e.key, e.name)
    return {
      id: f.id,
      published: f.published,
      minhash: f.minhash,
      names,
      ids,
      tf,
      vec,
      norm: Math.sqrt(norm),
      entityIds,
      salientIds: f.salient.map((k) => this.termIds.get(k) ?? -1),
      salientTerms: f.salient,
      bands: bandKeys(f.minhash),
      quoteKeys: f.quotes.flatMap(quoteKeys),
      links,
      phrases: f.phrases,
    }
  }

  private isOpen(s: Story, now: number): boolean {
    return s.alive && s.touched >= now - this.options.windowHours * 3_600_000
  }

  /** Candidate stories for an entry, found through the inverted indexes only. */
  private retrieve(p: Prepared, now: number): Story[] {
    const o = this.options
    const votes = new Map<Story, number>()
    const vote = (s: Story | undefined, w: number): void => {
      if (!s || !this.isOpen(s, now)) return
      votes.set(s, (votes.get(s) ?? 0) + w)
    }
    const order = [...p.vec.entries()].filter(([id]) => id >= 0)
    order.sort((a, b) => b[1] - a[1] || a[0] - b[0])
    for (let i = 0; i < Math.min(o.queryTerms, order.length); i++) {
      const [id, w] = order[i] ?? [0, 0]
      for (const s of this.postings.get(id) ?? []) vote(s, w)
    }
    for (const key of p.bands) for (const m of this.bands.get(key) ?? []) vote(m.story, 1000)
    for (const key of p.quoteKeys) for (const s of this.quotePostings.get(key) ?? []) vote(s, 10)
    for (const link of p.links) for (const s of this.linkPostings.get(link) ?? []) vote(s, 10)
    for (const key of p.phrases) for (const s of this.phrasePostings.get(key) ?? []) vote(s, 2)
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].num - b[0].num)
    return ranked.slice(0, o.candidateLimit).map(([s]) => s)
  }

  private centroidCosine(p: Prepared, s: Story): number {
    if (p.norm === 0) return 0
    let dot = 0
    let norm = 0
    for (const [id, c] of s.centroid) {
      const idf = this.idf(id, 0)
      const w = c * idf
      norm += w * w
      const d = p.vec.get(id)
      if (d !== undefined) dot += d * w
    }
    return norm === 0 ? 0 : dot / (p.norm * Math.sqrt(norm))
  }

  private memberCosine(p: Prepared, m: Member): number {
    if (p.norm === 0) return 0
    let dot = 0
    let norm = 0
    for (let i = 0; i < m.terms.length; i++) {
      const id = m.terms[i] ?? 0
      const w = (m.weights[i] ?? 0) * this.idf(id, 0)
      norm += w * w
      const d = p.vec.get(id)
      if (d !== undefined) dot += d * w
    }
    return norm === 0 ? 0 : dot / (p.norm * Math.sqrt(norm))
  }

  private signals(p: Prepared, s: Story, withMembers: boolean): CandidateSignals {
    const o = this.options
    const similarity = this.centroidCosine(p, s)
    let memberSimilarity = similarity
    let averageSimilarity = similarity
    let topSimilarity = similarity
    if (withMembers) {
      memberSimilarity = 0
      let sum = 0
      const from = Math.max(0, s.members.length - o.memberCompare)
      const sims: number[] = []
      for (let i = s.members.length - 1; i >= from; i--) {
        const m = s.members[i]
        if (!m) continue
        const c = this.memberCosine(p, m)
        sum += c
        sims.push(c)
        memberSimilarity = Math.max(memberSimilarity, c)
      }
      averageSimilarity = sum / Math.max(1, sims.length)
      sims.sort((x, y) => y - x)
      const k = Math.min(TOP_MEMBERS, sims.length)
      let top = 0
      for (let i = 0; i < k; i++) top += sims[i] ?? 0
      // fewer members than TOP_MEMBERS count as zeros: a small story must earn its evidence
      topSimilarity = top / TOP_MEMBERS
    }
    // entities: idf-weighted share of the entry's entities the story also has
    let entityAll = 0
    let entityShared = 0
    const shared: [string, number][] = []
    for (const id of p.entityIds) {
      const w = p.vec.get(id) ?? 0
      entityAll += w
      if ((s.entityCount.get(id) ?? 0) > 0) {
        entityShared += w
        const term = this.termNames[id] ?? ''
        if (!term.startsWith('name:')) shared.push([this.entityNames.get(term) ?? term, w])
      }
    }
    shared.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    // main actors and numbers: the story's (most members) missing from the entry, the entry's
    // new to the story
    const missingEntities: string[] = []
    const missingNumbers: string[] = []
    for (const [id, c] of s.salientCount) {
      if (c * 2 < s.members.length || p.vec.has(id)) continue
      const term = this.termNames[id] ?? ''
      if (isNumberTerm(term)) missingNumbers.push(displayNumber(term))
      else missingEntities.push(this.nameOf(term))
    }
    const newEntities: string[] = []
    const newNumbers: string[] = []
    p.salientIds.forEach((id, i) => {
      const term = p.salientTerms[i] ?? ''
      if (isNumberTerm(term)) {
        if (id < 0 || !s.numberCount.has(id)) newNumbers.push(displayNumber(term))
      } else if (id < 0 || !s.entityCount.has(id)) newEntities.push(this.nameOf(term, p.names))
    })
    missingEntities.sort()
    newEntities.sort()
    missingNumbers.sort()
    newNumbers.sort()
    // quotes and links
    const sharedQuotes: string[] = []
    for (const key of p.quoteKeys) {
      const q = s.quoteKeys.get(key)
      if (q !== undefined && !sharedQuotes.includes(q)) sharedQuotes.push(q)
    }
    const sharedLinks = p.links.filter((l) => s.links.has(l))
    let sharedPhrases = 0
    for (const key of p.phrases) if (this.phrasePostings.get(key)?.includes(s)) sharedPhrases++
    // copies
    let copyOf: string | null = null
    let copySimilarity = 0
    if (p.bands.length > 0) {
      const seen = new Set<Member>()
      for (const key of p.bands) {
        for (const m of this.bands.get(key) ?? []) {
          if (m.story !== s || seen.has(m)) continue
          seen.add(m)
          const j = estimateJaccard(p.minhash, m.minhash)
          if (j > copySimilarity) {
            copySimilarity = j
            copyOf = m.entryId
          }
        }
      }
      if (copySimilarity < o.copyThreshold) {
        copyOf = null
      }
    }
    let hoursApart: number | null = null
    if (p.published !== null && s.firstTime !== null && s.lastTime !== null) {
      const t = p.published
      const gap = t < s.firstTime ? s.firstTime - t : t > s.lastTime ? t - s.lastTime : 0
      hoursApart = gap / 3_600_000
    }
    const forbidden =
      s.forbidden.has(p.id) || (this.forbiddenFor.get(p.id)?.has(s.id) ?? false)
    return {
      storyId: s.id,
      forbidden,
      evidence: {
        similarity: round3(similarity),
        memberSimilarity: round3(memberSimilarity),
        averageSimilarity: round3(averageSimilarity),
        topSimilarity: round3(topSimilarity),
        storySize: s.members.length,
        entityOverlap: round3(entityAll > 0 ? entityShared / entityAll : 0),
        sharedEntities: shared.slice(0, 5).map(([name]) => name),
        missingEntities,
        newEntities,
        missingNumbers,
        newNumbers,
        sharedLinks,
        sharedQuotes: sharedQuotes.slice(0, 3).map((q) => (q.length > 80 ? `${q.slice(0, 77)}...` : q)),
        sharedPhrases,
        hoursApart: hoursApart === null ? null : Math.round(hoursApart * 10) / 10,
        copyOf,
        copySimilarity: round3(copySimilarity),
      },
    }
  }

  /**
   * Propose what to do with an entry: join the best open story or start a new one, and merge
   * stories the entry shows to be one. Changes nothing until {@link apply}.
   */
  assign(f: EntryFeatures, now: number | Date): Decision {
    const at = typeof now === 'number' ? now : now.getTime()
    if (this.members.has(f.id)) throw new Error(`entry ${f.id} is already in the story index`)
    const p = this.prepare(f)
    this.pending.set(f.id, { prepared: p, features: f })
    const candidates = this.retrieve(p, at)
    // centroid similarity for all candidates, member-level for the most promising
    const coarse = candidates.map((s) => ({ s, sim: this.centroidCosine(p, s) }))
    coarse.sort((a, b) => b.sim - a.sim || a.s.num - b.s.num)
    const signals = coarse.map(({ s }, i) => this.signals(p, s, i < 8))
    const choice = chooseStory(signals, this.options)
    if (choice.storyId === null) {
      const storyId = this.newStoryId()
      return {
        entryId: f.id,
        action: 'new',
        storyId,
        score: round3(choice.score),
        evidence: choice.evidence,
        explanation: choice.evidence
          ? `no story close enough (best ${choice.score.toFixed(2)}: ${explain(choice.evidence)})`
          : 'no candidate story',
        copyOf: null,
        merges: [],
        alternatives: choice.ranked.slice(0, 3).map((r) => ({ ...r, score: round3(r.score) })),
        at,
      }
    }
    // the entry may show that its story and another are one: merge them (the survivor of each
    // merge goes on to the next candidate)
    let current: Story | undefined = this.stories.get(choice.storyId)
    const merges: MergeDecision[] = []
    const absorbed: Story[] = []
    for (const r of choice.ranked.slice(1)) {
      if (!current || r.score < this.options.bridgeThreshold) break
      const other = this.stories.get(r.storyId)
      if (!other) continue
      const m = this.proposeMerge(current, other, p, absorbed)
      if (!m) continue
      merges.push(m)
      const keep: Story = m.into === current.id ? current : other
      absorbed.push(m.into === current.id ? other : current)
      current = keep
    }
    const evidence = choice.evidence
    return {
      entryId: f.id,
      action: 'join',
      storyId: choice.storyId,
      score: round3(choice.score),
      evidence,
      explanation: evidence ? explain(evidence) : '',
      copyOf: evidence?.copyOf ?? null,
      merges,
      alternatives: choice.ranked.slice(1, 4).map((r) => ({ ...r, score: round3(r.score) })),
      at,
    }
  }

  /** Display name of an entity key, from what the index or the entry knows. */
  private nameOf(key: string, names?: ReadonlyMap<string, string>): string {
    return this.entityNames.get(key) ?? names?.get(key) ?? key.slice(key.indexOf(':') + 1)
  }

  private newStoryId(): string {
    let id = `s${this.nextStory}`
    while (this.stories.has(id)) id = `s${++this.nextStory}`
    return id
  }

  /** Story-to-story evidence: the joined story (with the new entry) against another story. */
  private storyEvidence(a: Story, b: Story, extra: Prepared | null): Evidence {
    // a pseudo-entry from story a's centroid (+ the entry), scored against story b
    const vec = new Map<number, number>()
    let norm = 0
    const add = (id: number, w: number): void => {
      vec.set(id, (vec.get(id) ?? 0) + w)
    }
    for (const [id, c] of a.centroid) add(id, c * this.idf(id, 0))
    if (extra) for (const [id, w] of extra.vec) if (id >= 0) add(id, w / (extra.norm || 1))
    for (const w of vec.values()) norm += w * w
    const majority = [...a.salientCount].filter(([, c]) => c * 2 >= a.members.length).map(([id]) => id)
    const entityIds: number[] = []
    for (const id of a.entityCount.keys()) entityIds.push(id)
    if (extra) for (const id of extra.entityIds) if (!a.entityCount.has(id)) entityIds.push(id)
    const p: Prepared = {
      id: extra?.id ?? a.id,
      published: extra?.published ?? null,
      minhash: [],
      names: extra?.names ?? new Map(),
      ids: new Int32Array(0),
      tf: new Float64Array(0),
      vec,
      norm: Math.sqrt(norm),
      entityIds,
      salientIds: majority,
      salientTerms: majority.map((id) => this.termNames[id] ?? ''),
      bands: [],
      quoteKeys: [...a.quoteKeys.keys()],
      links: [...a.links],
      phrases: [...new Set(a.members.flatMap((m) => [...m.phrases]))],
    }
    const sig = this.signals(p, b, false)
    // member level: mean and best cosine over pairs of recent members, one from each story
    let best = 0
    let sum = 0
    let pairs = 0
    const k = this.options.memberCompare
    const bs = b.members.slice(-k)
    const as: Prepared[] = a.members.slice(-k).map((m) => this.prepareMember(m))
    if (extra) as.push(extra)
    for (const pa of as) {
      for (const mb of bs) {
        const c = this.memberCosine(pa, mb)
        sum += c
        pairs++
        best = Math.max(best, c)
      }
    }
    return {
      ...sig.evidence,
      memberSimilarity: round3(best),
      averageSimilarity: round3(pairs > 0 ? sum / pairs : 0),
      storySize: Math.min(a.members.length + (extra ? 1 : 0), b.members.length),
      copyOf: null,
      copySimilarity: 0,
    }
  }

  private prepareMember(m: Member): Prepared {
    const vec = new Map<number, number>()
    let norm = 0
    for (let i = 0; i < m.terms.length; i++) {
      const id = m.terms[i] ?? 0
      const w = (m.weights[i] ?? 0) * this.idf(id, 0)
      vec.set(id, w)
      norm += w * w
    }
    return {
      id: m.entryId,
      published: m.time,
      minhash: m.minhash,
      names: new Map(),
      ids: m.terms,
      tf: new Float64Array(0),
      vec,
      norm: Math.sqrt(norm),
      entityIds: [...m.entities],
      salientIds: m.salient,
      salientTerms: m.salient.map((id) => this.termNames[id] ?? ''),
      bands: [],
      quoteKeys: [],
      links: [],
      phrases: [],
    }
  }

  private proposeMerge(
    a: Story,
    b: Story,
    extra: Prepared | null,
    absorbed: readonly Story[] = [],
  ): MergeDecision | null {
    if (!this.mergeAllowed(a, b)) return null
    for (const x of absorbed) if (!this.mergeAllowed(x, b)) return null
    const evidence = this.storyEvidence(a, b, extra)
    const score = scoreMerge(evidence, this.options)
    if (score < this.options.mergeThreshold) return null
    // the older story (or the one editors pinned entries to) survives
    const [from, into] = this.survivor(a, b)
    return { from: from.id, into: into.id, score: round3(score), evidence, explanation: explain(evidence) }
  }

  private survivor(a: Story, b: Story): [Story, Story] {
    if (a.pinned.size > 0 && b.pinned.size === 0) return [b, a]
    if (b.pinned.size > 0 && a.pinned.size === 0) return [a, b]
    return a.num < b.num ? [b, a] : [a, b]
  }

  private mergeAllowed(a: Story, b: Story): boolean {
    if (!a.alive || !b.alive || a === b) return false
    if (a.pinned.size > 0 && b.pinned.size > 0) return false
    for (const m of a.members) if (b.forbidden.has(m.entryId)) return false
    for (const m of b.members) if (a.forbidden.has(m.entryId)) return false
    return true
  }

  /** Carry out a decision from {@link assign} (the entry joins or founds its story, merges happen). */
  apply(decision: Decision): void {
    const pending = this.pending.get(decision.entryId)
    if (!pending) throw new Error(`no pending assignment for entry ${decision.entryId}`)
    const p = pending.prepared
    this.pending.delete(decision.entryId)
    let story = this.stories.get(decision.storyId)
    if (!story) {
      if (decision.action === 'join') throw new Error(`story ${decision.storyId} is not open`)
      story = this.createStory(decision.storyId, decision.at)
    }
    this.addMember(story, p, pending.features, decision.at)
    for (const m of decision.merges) this.mergeStories(m.from, m.into)
  }

  /** Assign and apply in one step (batch clustering, tests). */
  ingest(f: EntryFeatures, now: number | Date): Decision {
    const d = this.assign(f, now)
    this.apply(d)
    return d
  }

  /**
   * Put a stored entry back into its stored story when rebuilding the index (no decision is
   * made). `pinned` marks an editor's membership that automatic merges must keep.
   */
  restore(f: EntryFeatures, storyId: string, now: number | Date, opts: { pinned?: boolean } = {}): void {
    const at = typeof now === 'number' ? now : now.getTime()
    const p = this.prepare(f)
    const story = this.stories.get(storyId) ?? this.createStory(storyId, at)
    this.addMember(story, p, f, at)
    if (opts.pinned) story.pinned.add(f.id)
  }

  /** Editor constraint: `entryId` must never be (automatically) put in `storyId`. */
  forbid(entryId: string, storyId: string): void {
    let set = this.forbiddenFor.get(entryId)
    if (!set) this.forbiddenFor.set(entryId, (set = new Set()))
    set.add(storyId)
    this.stories.get(storyId)?.forbidden.add(entryId)
  }

  /** Editor constraint: `entryId` belongs to its current story; merges must keep it there. */
  pin(entryId: string): void {
    const m = this.members.get(entryId)
    if (m) m.story.pinned.add(entryId)
  }

  /** Editor action: take an entry out of its story (it is forbidden from going back). */
  removeEntry(entryId: string): void {
    const m = this.members.get(entryId)
    if (!m) return
    const s = m.story
    s.members = s.members.filter((x) => x !== m)
    s.pinned.delete(entryId)
    this.members.delete(entryId)
    for (const key of m.bands) {
      const list = this.bands.get(key)
      if (list) this.bands.set(key, list.filter((x) => x !== m))
    }
    this.forbid(entryId, s.id)
    this.rebuildStorySummary(s)
  }

  /** Merge story `from` into `into` (automatic merges, and editor merges from the store). */
  mergeStories(fromId: string, intoId: string): void {
    const from = this.stories.get(fromId)
    const into = this.stories.get(intoId)
    if (!from || !into || from === into) return
    for (const m of from.members) {
      m.story = into
      into.members.push(m)
    }
    into.members.sort((a, b) => a.seq - b.seq)
    for (const e of from.forbidden) into.forbidden.add(e)
    for (const e of from.pinned) into.pinned.add(e)
    for (const [e, sets] of this.forbiddenFor) if (sets.has(fromId)) this.forbiddenFor.get(e)?.add(intoId)
    for (const [k, q] of from.quoteKeys) into.quoteKeys.set(k, q)
    for (const l of from.links) into.links.add(l)
    into.touched = Math.max(into.touched, from.touched)
    into.lastSeq = Math.max(into.lastSeq, from.lastSeq)
    this.rebuildStorySummary(into)
    this.killStory(from)
    for (const id of into.posted) this.post(id, into)
    for (const l of into.links) this.postTo(this.linkPostings, l, into)
    for (const k of into.quoteKeys.keys()) this.postTo(this.quotePostings, k, into)
    for (const m of from.members) for (const k of m.phrases) this.postPhrase(k, into)
  }

  /**
   * Look again at a story that has grown: if its members form two groups that share little and
   * disagree on their main actors or numbers, propose that the newer group leaves to found its
   * own story. Pinned entries never move. Returns null when the story stays whole (or is not due
   * for review). Changes nothing until {@link applySplit}.
   */
  review(storyId: string, now: number | Date): SplitDecision | null {
    const at = typeof now === 'number' ? now : now.getTime()
    const s = this.stories.get(storyId)
    const o = this.options
    if (!s || s.members.length < o.splitMinSize) return null
    if (s.members.length < Math.ceil(s.reviewedAt * 1.34)) return null
    s.reviewedAt = s.members.length
    const members = s.members.slice(-SPLIT_MAX_MEMBERS)
    const n = members.length
    const prepared = members.map((m) => this.prepareMember(m))
    const sim: number[][] = prepared.map((pa) => members.map((mb) => this.memberCosine(pa, mb)))
    const mean = (xs: number[], ys: number[], same: boolean): number => {
      let sum = 0
      let count = 0
      for (const i of xs) {
        for (const j of ys) {
          if (same && i >= j) continue
          sum += sim[i]?.[j] ?? 0
          count++
        }
      }
      return count > 0 ? sum / count : 0
    }
    // two groups by average link; outliers that form a group too small to stand are set aside
    // (they stay in the story) and the rest is grouped again
    let rest = members.map((_, i) => i)
    let found: [number[], number[]] | null = null
    for (let attempt = 0; attempt < 3 && rest.length >= 2 * o.splitMinGroup; attempt++) {
      const sub = rest.map((i) => rest.map((j) => sim[i]?.[j] ?? 0))
      const groups = twoGroups(sub)
      if (!groups) break
      const a = groups[0].map((k) => rest[k] ?? 0)
      const b = groups[1].map((k) => rest[k] ?? 0)
      if (a.length >= o.splitMinGroup && b.length >= o.splitMinGroup) {
        found = [a, b]
        break
      }
      rest = a.length < b.length ? b : a
    }
    if (!found) return null
    const [g1, g2] = found
    const between = mean(g1, g2, false)
    const within = Math.min(mean(g1, g1, true), mean(g2, g2, true))
    const pick = (g: number[]): Member[] => g.map((i) => members[i]).filter((m) => m !== undefined)
    const conflict = this.groupConflict(pick(g1), pick(g2))
    // disagreeing main actors or numbers make a looser split acceptable
    const ratio = o.splitRatio + (conflict ? o.splitConflictBonus : 0)
    if (between >= o.splitThreshold || between > within * ratio) return null
    // the group holding the story's oldest member keeps the story
    const oldest = s.members[0]
    const leaving = pick(g1).includes(oldest as Member) ? pick(g2) : pick(g1)
    if (leaving.some((m) => s.pinned.has(m.entryId))) return null
    if (leaving.length === n) return null
    return {
      storyId: s.id,
      newStoryId: this.newStoryId(),
      entryIds: leaving.map((m) => m.entryId),
      score: round3(between),
      explanation:
        `two events${conflict ? ` (${conflict})` : ''}: similarity between them ${between.toFixed(2)}, ` +
        `within ${within.toFixed(2)}`,
      at,
    }
  }

  /** The main actors or numbers two groups of members disagree on, as words, or null. */
  private groupConflict(a: Member[], b: Member[]): string | null {
    const majority = (g: Member[]): Map<number, number> => {
      const counts = new Map<number, number>()
      for (const m of g) for (const id of m.salient) counts.set(id, (counts.get(id) ?? 0) + 1)
      for (const [id, c] of counts) if (c * 2 < g.length) counts.delete(id)
      return counts
    }
    const mentioned = (g: Member[]): Set<number> => {
      const ids = new Set<number>()
      for (const m of g) {
        for (const id of m.entities) ids.add(id)
        for (const id of m.numbers) ids.add(id)
      }
      return ids
    }
    const ma = majority(a)
    const mb = majority(b)
    const inA = mentioned(a)
    const inB = mentioned(b)
    const onlyA = [...ma.keys()].filter((id) => !inB.has(id)).map((id) => this.termNames[id] ?? '')
    const onlyB = [...mb.keys()].filter((id) => !inA.has(id)).map((id) => this.termNames[id] ?? '')
    for (const numbers of [false, true]) {
      const x = onlyA.filter((t) => isNumberTerm(t) === numbers)
      const y = onlyB.filter((t) => isNumberTerm(t) === numbers)
      if (x.length > 0 && y.length > 0) {
        const show = (ts: string[]): string =>
          ts.map((t) => (numbers ? displayNumber(t) : this.nameOf(t))).join(', ')
        return `${show(x)} against ${show(y)}`
      }
    }
    return null
  }

  /** Carry out a split from {@link review}: the entries leave to found the new story. */
  applySplit(split: SplitDecision): void {
    const s = this.stories.get(split.storyId)
    if (!s) throw new Error(`story ${split.storyId} is not open`)
    const leaving = new Set(split.entryIds)
    const moved = s.members.filter((m) => leaving.has(m.entryId))
    if (moved.length === 0) return
    const t = this.createStory(split.newStoryId, split.at)
    s.members = s.members.filter((m) => !leaving.has(m.entryId))
    this.rebuildStorySummary(s)
    for (const m of moved) {
      m.story = t
      t.members.push(m)
      this.addToSummary(t, m, null)
      t.lastSeq = Math.max(t.lastSeq, m.seq)
      for (let i = 0; i < Math.min(this.options.postingTerms, m.terms.length); i++) {
        this.post(m.terms[i] ?? 0, t)
      }
      for (const id of m.entities) this.post(id, t)
      for (const k of m.phrases) this.postPhrase(k, t)
    }
    t.touched = Math.max(t.touched, s.touched)
    t.reviewedAt = t.members.length
    for (const l of t.links) this.postTo(this.linkPostings, l, t)
    for (const k of t.quoteKeys.keys()) this.postTo(this.quotePostings, k, t)
  }

  /** Close and forget stories that took no entry since before `time` (epoch ms), with their members. */
  evictOlderThan(time: number | Date): number {
    const t = typeof time === 'number' ? time : time.getTime()
    let evicted = 0
    for (const s of [...this.stories.values()]) {
      if (s.touched >= t) continue
      for (const m of s.members) this.members.delete(m.entryId)
      this.killStory(s)
      evicted++
    }
    if (evicted > 0) this.compact()
    return evicted
  }

  /** Story ids and their member entry ids, in creation order (for tests and batch output). */
  snapshot(): { id: string; members: string[] }[] {
    return [...this.stories.values()]
      .sort((a, b) => a.num - b.num)
      .map((s) => ({ id: s.id, members: s.members.map((m) => m.entryId) }))
  }

  /** A story's members, oldest first (for headlines and related stories). */
  storyMembers(storyId: string): StoryMember[] {
    const s = this.stories.get(storyId)
    if (!s) return []
    return s.members.map((m) => ({
      id: m.entryId,
      title: m.title,
      published: m.time,
      source: m.source,
      url: m.url,
      terms: Array.from(m.terms, (id, i): [string, number] => [this.termNames[id] ?? '', m.weights[i] ?? 0]),
      entities: m.entityList,
    }))
  }

  /** The story an entry is in, if it is still indexed. */
  storyOf(entryId: string): string | undefined {
    return this.members.get(entryId)?.story.id
  }

  private createStory(id: string, at: number): Story {
    const num = this.storyByNum.length
    const s: Story = {
      num,
      id,
      members: [],
      centroid: new Map(),
      entityCount: new Map(),
      salientCount: new Map(),
      numberCount: new Map(),
      firstTime: null,
      lastTime: null,
      touched: at,
      lastSeq: this.seq,
      alive: true,
      forbidden: new Set(),
      pinned: new Set(),
      posted: new Set(),
      quoteKeys: new Map(),
      links: new Set(),
      reviewedAt: 0,
    }
    for (const [entry, set] of this.forbiddenFor) if (set.has(id)) s.forbidden.add(entry)
    this.stories.set(id, s)
    this.storyByNum.push(s)
    const n = /^s(\d+)$/.exec(id)
    if (n) this.nextStory = Math.max(this.nextStory, Number(n[1]) + 1)
    return s
  }

  private killStory(s: Story): void {
    s.alive = false
    this.stories.delete(s.id)
    this.storyByNum[s.num] = undefined
    for (const m of s.members) {
      if (m.story !== s) continue
      for (const key of m.bands) {
        const list = this.bands.get(key)
        if (!list) continue
        const kept = list.filter((x) => x !== m)
        if (kept.length > 0) this.bands.set(key, kept)
        else this.bands.delete(key)
      }
    }
  }

  private addMember(s: Story, p: Prepared, f: EntryFeatures, at: number): void {
    const o = this.options
    // learn document frequencies from every entry
    this.docs++
    for (let i = 0; i < p.ids.length; i++) {
      let id = p.ids[i] ?? -1
      if (id < 0) {
        id = this.termId(f.terms[i]?.[0] ?? '')
        p.ids[i] = id
      }
      this.df[id] = (this.df[id] ?? 0) + 1
    }
    // the member's vector: the heaviest terms by tf·idf
    const order = Array.from(p.ids.keys())
    const score = (i: number): number => (p.tf[i] ?? 0) * this.idf(p.ids[i] ?? 0, 0)
    order.sort((a, b) => score(b) - score(a) || (p.ids[a] ?? 0) - (p.ids[b] ?? 0))
    const keep = order.slice(0, o.memberTerms)
    const terms = Int32Array.from(keep, (i) => p.ids[i] ?? 0)
    const weights = Float32Array.from(keep, (i) => p.tf[i] ?? 0)
    const entities: number[] = []
    for (let i = 0; i < p.ids.length; i++) {
      if (isEntityTerm(f.terms[i]?.[0] ?? '')) entities.push(p.ids[i] ?? 0)
    }
    const m: Member = {
      entryId: f.id,
      story: s,
      seq: this.seq++,
      time: f.published,
      terms,
      weights,
      entities: Int32Array.from(entities),
      salient: f.salient.map((k) => this.termId(k)),
      numbers: f.terms.filter(([t]) => isNumberTerm(t)).map(([t]) => this.termId(t)),
      minhash: Uint32Array.from(f.minhash),
      bands: p.bands,
      phrases: Uint32Array.from(f.phrases),
      quotes: f.quotes,
      links: p.links,
      url: f.url,
      title: f.title,
      source: f.source,
      entityList: f.entities,
    }
    this.members.set(f.id, m)
    s.members.push(m)
    s.touched = Math.max(s.touched, at)
    s.lastSeq = m.seq
    this.addToSummary(s, m, p)
    // postings: the member's heaviest terms and all its entities
    const post = order.slice(0, o.postingTerms).map((i) => p.ids[i] ?? 0)
    for (const id of post) this.post(id, s)
    for (const id of entities.slice(0, o.postingTerms)) this.post(id, s)
    for (const key of p.bands) {
      let list = this.bands.get(key)
      if (!list) this.bands.set(key, (list = []))
      list.push(m)
      if (list.length > 16) list.shift()
    }
    for (const key of p.quoteKeys) this.postTo(this.quotePostings, key, s)
    for (const l of p.links) this.postTo(this.linkPostings, l, s)
    for (const key of p.phrases) this.postPhrase(key, s)
    this.learnEntities(f)
  }

  private addToSummary(s: Story, m: Member, p: Prepared | null): void {
    const ids = p ? p.ids : m.terms
    const tfs = p ? p.tf : m.weights
    let norm = 0
    for (let i = 0; i < tfs.length; i++) norm += (tfs[i] ?? 0) ** 2
    norm = Math.sqrt(norm) || 1
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0
      s.centroid.set(id, (s.centroid.get(id) ?? 0) + (tfs[i] ?? 0) / norm)
    }
    if (s.centroid.size > this.options.centroidTerms * 2) this.pruneCentroid(s)
    for (const id of m.entities) s.entityCount.set(id, (s.entityCount.get(id) ?? 0) + 1)
    for (const id of m.salient) s.salientCount.set(id, (s.salientCount.get(id) ?? 0) + 1)
    for (const id of m.numbers) s.numberCount.set(id, (s.numberCount.get(id) ?? 0) + 1)
    if (m.time !== null) {
      s.firstTime = s.firstTime === null ? m.time : Math.min(s.firstTime, m.time)
      s.lastTime = s.lastTime === null ? m.time : Math.max(s.lastTime, m.time)
    }
    for (const q of m.quotes) for (const k of quoteKeys(q)) s.quoteKeys.set(k, q)
    for (const l of m.links) s.links.add(l)
  }

  private pruneCentroid(s: Story): void {
    const entries = [...s.centroid.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])
    s.centroid = new Map(entries.slice(0, this.options.centroidTerms))
  }

  private rebuildStorySummary(s: Story): void {
    s.centroid = new Map()
    s.entityCount = new Map()
    s.salientCount = new Map()
    s.numberCount = new Map()
    s.firstTime = null
    s.lastTime = null
    s.quoteKeys = new Map()
    s.links = new Set()
    for (const m of s.members) this.addToSummary(s, m, null)
    if (s.centroid.size > this.options.centroidTerms) this.pruneCentroid(s)
  }

  private post(id: number, s: Story): void {
    let list = this.postings.get(id)
    if (!list) this.postings.set(id, (list = []))
    if (list[list.length - 1] === s) return
    const at = list.indexOf(s)
    if (at >= 0) list.splice(at, 1)
    list.push(s)
    if (list.length > this.options.postingCap) list.splice(0, list.length - this.options.postingCap)
    s.posted.add(id)
  }

  private postPhrase(key: number, s: Story): void {
    const list = this.phrasePostings.get(key)
    if (list === null) return
    if (list === undefined) {
      this.phrasePostings.set(key, [s])
      return
    }
    if (list.includes(s)) return
    list.push(s)
    if (list.length > PHRASE_STORY_CAP) this.phrasePostings.set(key, null)
  }

  private postTo<K>(map: Map<K, Story[]>, key: K, s: Story): void {
    let list = map.get(key)
    if (!list) map.set(key, (list = []))
    if (list.includes(s)) return
    list.push(s)
    if (list.length > 32) list.shift()
  }

  /** Drop dead stories from every posting list. */
  private compact(): void {
    for (const [k, list] of this.phrasePostings) {
      if (list === null) continue
      const kept = list.filter((s) => s.alive)
      if (kept.length === 0) this.phrasePostings.delete(k)
      else if (kept.length !== list.length) this.phrasePostings.set(k, kept)
    }
    for (const map of [this.postings, this.quotePostings, this.linkPostings] as Map<unknown, Story[]>[]) {
      for (const [k, list] of map) {
        const kept = list.filter((s) => s.alive)
        if (kept.length === 0) map.delete(k)
        else if (kept.length !== list.length) map.set(k, kept)
      }
    }
  }

  private learnEntities(f: EntryFeatures): void {
    for (const e of f.entities) {
      this.entityNames.set(e.key, e.name)
      if (e.kind !== 'person') continue
      const words = e.name.split(/\s+/)
      if (words.length < 2) continue
      const surname = (words[words.length - 1] ?? '').toLowerCase()
      let keys = this.surnames.get(surname)
      if (!keys) this.surnames.set(surname, (keys = new Map()))
      const v = keys.get(e.key)
      if (v) v.count++
      else keys.set(e.key, { name: e.name, count: 1 })
    }
    for (const [from, to] of f.aliases) {
      this.orgAliases.set(from, { key: to, name: this.entityNames.get(to) ?? to })
    }
    for (const n of f.names) this.entityNames.set(n.key, n.name)
  }
}

const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')

/** "date:12-15" as "Dec 15"; other numbers as they are. */
function displayNumber(term: string): string {
  const m = /^date:(\d\d)-(\d\d)$/.exec(term)
  if (!m) return term
  return `${MONTH_NAMES[Number(m[1]) - 1] ?? m[1]} ${Number(m[2])}`
}
