/**
 * @module story-index
 * The in-memory state of incremental story clustering: open stories within the time window,
 * what the index keeps of their members (top terms, entities, fingerprints, quotes, links),
 * document frequencies learned from the stream, and inverted indexes that find candidate
 * stories without scanning.
 *
 * Use:
 * - `assign(features, now)` proposes a {@link Decision}: join a story or start one, plus the
 *   story merges the entry reveals. It changes nothing; `apply(decision)` makes it so, once the
 *   store has recorded it (a new story may be given the store's id first).
 * - `review(storyId, now)` looks again at a story that has grown and may propose a
 *   {@link SplitDecision} (two events in one story); `applySplit(split)` carries it out.
 * - `evictOlderThan(time)` forgets stories idle since before `time`.
 * - Editors' decisions: `forbid` (cannot-link), `pin`, `removeEntry`, `mergeStories`;
 *   automatic merges and splits never undo them.
 * - A worker rebuilds the index from stored entries with `restore()`, which takes features and
 *   memberships as they are.
 *
 * Candidate retrieval touches only posting lists: each story is posted under the top-idf terms
 * and entities of its members (capped per term, most recent first), its members' LSH band keys,
 * quote keys, phrase keys and links. Per-entry cost depends on the window, not on the number of
 * entries ever stored. Vectors are sorted sparse arrays and idf values and norms are cached per
 * idf epoch (1% corpus growth), so scoring a candidate is a few merge joins.
 */

import {
  type AssignOptions,
  type CandidateSignals,
  chooseStory,
  DEFAULT_ASSIGN_OPTIONS,
  type Evidence,
  explain,
  mergeScoreCeiling,
  scoreMerge,
} from './assign-story.js'
import { backgroundFrequencies } from './background-df.js'
import {
  type EntryFeatures,
  isEntityTerm,
  quoteKeys,
  resolveWithRegistry,
} from './entry-features.js'
import type { Entity, EntityRegistry } from './extract-entities.js'
import { bandKeys, estimateJaccard } from './fingerprint.js'
import { IntMap } from './int-map.js'
import type { Language } from './language-of-words.js'
import { PackedKeys } from './packed-keys.js'
import {
  EMPTY_VECTOR,
  sparseAdd,
  sparseDot,
  sparseFrom,
  sparseHas,
  sparseTop,
  type SparseVector,
} from './sparse-vector.js'
import { termCodesOf, TermTable } from './term-table.js'
import { isNumberTerm, isYearTerm } from './tokenize.js'
import { meanSimilarity, twoGroups } from './two-groups.js'
import { WindowedTally } from './windowed-tally.js'

export interface StoryIndexOptions extends AssignOptions {
  /** a story stops taking entries this long after its last one (hours) */
  windowHours: number
  /** stories scored in full per entry */
  candidateLimit: number
  /** candidates (by centroid similarity) scored with every signal */
  scoredCandidates: number
  /** other candidates checked for a merge with the chosen story */
  mergeChecks: number
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
  /**
   * share of a story's members that must mention an entity for it to count in full towards the
   * entity overlap (fewer count in proportion); 0 counts every mention in full
   */
  entitySupport: number
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
  candidateLimit: 10,
  scoredCandidates: 3,
  mergeChecks: 2,
  queryTerms: 16,
  postingTerms: 16,
  postingCap: 128,
  memberCompare: 4,
  centroidTerms: 300,
  memberTerms: 64,
  bridgeThreshold: 0.17,
  entitySupport: 0.1,
  splitMinSize: 6,
  splitMinGroup: 3,
  splitThreshold: 0.26,
  splitRatio: 0.58,
  splitConflictBonus: 0.055,
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
  /** the member's heaviest terms (by tf·idf when it arrived), ids ascending, with tf weights */
  terms: Int32Array
  weights: Float64Array
  entities: Int32Array
  salient: number[]
  /** number and date term ids */
  numbers: number[]
  /** the latest year the entry is dated by (EntryFeatures.years), 0 for none */
  dated: number
  /** the latest year the entry mentions anywhere, 0 for none */
  latestYear: number
  minhash: Uint32Array
  bands: number[]
  /** phrase keys (as signed 32-bit integers, the keys of the phrase postings) */
  phrases: Int32Array
  quotes: string[]
  links: string[]
  url: string | null
  title: string
  source: string | null
  /** the entry's people, organisations and places (for topic pages and related stories) */
  entityList: Entity[]
  language: Language
  /** acronym pairs the entry taught the registry: [expansion key, acronym key] */
  aliases: [string, string][]
  /** when the registry learned from the entry (its decision time) */
  learnedAt: number
  /** cached norm of the idf-weighted vector, valid for idf epoch `normEpoch` */
  norm: number
  normEpoch: number
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
  /** the language its terms were stemmed in */
  language: Language
}

interface Story {
  num: number
  id: string
  members: Member[]
  /** sum of members' unit-length tf vectors (ids ascending), pruned to the heaviest terms */
  centroid: SparseVector
  /** entity term id -> members mentioning it */
  entityCount: Map<number, number>
  /** entity, number and date term id -> members for which it is a main actor or number */
  salientCount: Map<number, number>
  /** number and date term id -> members giving it */
  numberCount: Map<number, number>
  /** year -> members dated by it (their latest dating year) */
  datedCount: Map<number, number>
  /** the latest year any member mentions, 0 for none */
  latestYear: number
  firstTime: number | null
  lastTime: number | null
  /** `now` when the story last took an entry */
  touched: number
  lastSeq: number
  alive: boolean
  forbidden: Set<string>
  pinned: Set<string>
  quoteKeys: Map<number, string>
  links: Set<string>
  /** size at the last split review */
  reviewedAt: number
  /** cached norm of the idf-weighted centroid, valid for idf epoch `normEpoch` */
  norm: number
  normEpoch: number
  /** scratch: candidate votes of retrieval number `voteMark` */
  votes: number
  voteMark: number
  /** term ids, phrase keys, quote keys and links the story was posted under (for compaction) */
  postedTerms: number[]
  postedPhrases: number[]
  postedQuotes: number[]
  postedLinks: string[]
}

/** What a cosine with a member needs of the other side. */
interface QueryVector {
  /** known terms, ids ascending: tf·idf² (so a dot product with a tf vector needs no idf) */
  ids: Int32Array
  w2: Float64Array
  /** norm of the tf·idf vector */
  norm: number
  /** w2 by term id (zero elsewhere), while the entry is being assigned; else null */
  dense: Float64Array | null
}

/** An entry made ready for comparison with stories. */
interface Query extends QueryVector {
  id: string
  published: number | null
  minhash: ArrayLike<number>
  /** display names of the entry's entity keys */
  names: ReadonlyMap<string, string>
  /** term ids in features order (heaviest tf first); -1 for terms the index has never seen */
  termIds: Int32Array
  tf: Float64Array
  /** tf of the known terms, aligned with `ids` */
  idTf: Float64Array
  /** norm of the tf·idf vector, unseen terms included */
  norm: number
  /** indices into termIds, heaviest tf·idf first (for retrieval, member vectors, postings) */
  heaviest: number[]
  entityIds: number[]
  /** tf of each entity in entityIds */
  entityTf: number[]
  /** term ids of the entry's main actors and numbers (-1 when never seen), and the terms */
  salientIds: number[]
  salientTerms: string[]
  /** the latest year the entry is dated by, and the latest it mentions (0 for none) */
  dated: number
  latestYear: number
  bands: number[]
  quoteKeys: number[]
  links: string[]
  /** phrase keys (as signed 32-bit integers, the keys of the phrase postings) */
  phrases: Int32Array
  /** phrases shared with each candidate story, counted once during retrieval */
  phraseHits: Map<Story, number>
  /** members sharing an LSH band with the entry (copy candidates) */
  bandMembers: Member[]
}

/** A phrase used by more open stories than this is boilerplate, not evidence. */
const PHRASE_STORY_CAP = 3
/** Members whose similarities are averaged for `topSimilarity`. */
const TOP_MEMBERS = 3
/** Members of each story compared pairwise for a merge (the most recent). */
const MERGE_MEMBERS = 8
/** Members looked at when reviewing a story for a split (the most recent). */
const SPLIT_MAX_MEMBERS = 48
/** Stories kept per LSH bucket, quote key or link (most recent). */
const SMALL_POSTING_CAP = 16

/** Bits of StoryIndex.termKinds. */
const ENTITY_TERM = 1
const NUMBER_TERM = 2

function termKind(term: string): number {
  return isEntityTerm(term) ? ENTITY_TERM : isNumberTerm(term) ? NUMBER_TERM : 0
}

/** Packed sort keys keep an index below this (features hold at most 200 terms). */
const PACK = 256

/** How a Decision's evidence is rounded for storage and display. */
function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}

function shorten(q: string): string {
  return q.length > 80 ? `${q.slice(0, 77)}...` : q
}

/** Incremental story clustering state. Deterministic: same inputs, same decisions. */
export class StoryIndex {
  readonly options: StoryIndexOptions
  private readonly termIds = new TermTable()
  private readonly termNames: string[] = this.termIds.names
  /** per decoder vocabulary (see TermCodes): code → term id, -1 when not known yet */
  private readonly codeIds = new WeakMap<object, Int32Array>()
  private readonly df: number[] = []
  /** per term id: ENTITY_TERM and NUMBER_TERM bits (the string tests, done once per term) */
  private termKinds = new Uint8Array(1024)
  private readonly bgDf: number[] = []
  private readonly bgDocs: number
  private docs = 0
  /** scratch: the weights of the entry being assigned, by term id (zero elsewhere) */
  private readonly entryDense = new DenseScratch()
  /** scratch: a stored member's weights by term id, in merge checks and split reviews */
  private readonly pairDense = new DenseScratch()
  /** query's working arrays (an entry's terms; reused, never escape a query) */
  private scratchW = new Float64Array(PACK)
  private scratchIdf = new Float64Array(PACK)
  private readonly byIdKeys = new PackedKeys(PACK)
  private readonly byWeightKeys = new PackedKeys(PACK)
  private scratchVectorIds = new Int32Array(PACK)
  private scratchVectorValues = new Float64Array(PACK)
  private idfCache = new Float64Array(1024)
  private idfEpochOf = new Int32Array(1024).fill(-1)
  private epoch = 0
  private epochDocs = 0
  private readonly stories = new Map<string, Story>()
  private readonly members = new Map<string, Member>()
  /** term id -> stories posted under it (an array by id: term ids are dense) */
  private readonly postings: (Story[] | undefined)[] = []
  private readonly bands = new IntMap<Member[]>()
  private readonly quotePostings = new Map<number, Story[]>()
  private readonly linkPostings = new Map<string, Story[]>()
  /**
   * phrase key -> the story using it, or the stories; null once too many do (boilerplate). Most
   * phrases belong to one story, which is kept without an array.
   */
  private readonly phrasePostings = new IntMap<Story | Story[] | null>()
  /** stories closed or merged away since the last compaction, and phrases found boilerplate */
  private killed: Story[] = []
  private boilerplate: number[] = []
  private readonly pending = new Map<string, { query: Query; features: EntryFeatures }>()
  /** entry id -> stories it must not join (editor cannot-link), kept for entries yet to come */
  private readonly forbiddenFor = new Map<string, Set<string>>()
  /**
   * What the registry knows, counted over the entries decided within the window before the latest
   * decision (not over what happens to be held: eviction times differ between workers, decision
   * times do not), so workers replaying one another and a worker rebuilt from the open stories
   * resolve names alike: surname -> person key -> mentions in full, first name -> person key ->
   * mentions in full (a bare "John" is nobody's surname while many Johns are in the news), and
   * organisation expansion -> acronym key -> entries that paired them; and person key -> the
   * entities named beside them in full (their context: the "Bush" of an entry on the Interior
   * Department is not the running back the sports pages name in full).
   */
  private readonly surnames: WindowedTally
  private readonly firstNames: WindowedTally
  private readonly companions: WindowedTally
  private readonly orgAliases: WindowedTally
  private readonly entityNames = new Map<string, string>()
  private nextStory = 1
  private storyNum = 0
  private retrievals = 0
  private seq = 0

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_INDEX_OPTIONS, ...options }
    const windowMs = this.options.windowHours * 3_600_000
    this.surnames = new WindowedTally(windowMs)
    this.firstNames = new WindowedTally(windowMs)
    this.companions = new WindowedTally(windowMs)
    this.orgAliases = new WindowedTally(windowMs)
    const bg = options.background === undefined ? backgroundFrequencies() : options.background
    this.bgDocs = bg?.docs ?? 0
    if (bg) for (const [term, df] of Object.entries(bg.df)) this.bgDf[this.termId(term)] = df
  }

  /** Distinct terms the index has learned (they stay until it is rebuilt). */
  get vocabulary(): number {
    return this.termNames.length
  }

  /** Number of entries and open stories held. */
  get size(): { entries: number; stories: number } {
    return { entries: this.members.size, stories: this.stories.size }
  }

  /** Resolves bare surnames and acronym expansions from what the index has seen. */
  readonly registry: EntityRegistry = {
    personBySurname: (surname, context) => {
      let best: { key: string; count: number } | undefined
      let total = 0
      for (const [key, count] of this.surnames.counts(surname)) {
        total += count
        if (!best || count > best.count || (count === best.count && key < best.key)) {
          best = { key, count }
        }
      }
      // the name's uses as a first name count against every surname reading of it
      if (best) for (const count of this.firstNames.counts(surname).values()) total += count
      if (!best || best.count * 3 < total * 2) return undefined
      if (context && !this.fitsContext(best.key, context)) return undefined
      return { key: best.key, name: this.entityNames.get(best.key) ?? best.key }
    },
    organizationAlias: (key) => {
      // the acronym most entries paired it with (ties to the first in key order)
      let best: string | undefined
      let most = 0
      for (const [to, count] of this.orgAliases.counts(key)) {
        if (count > most || (count === most && best !== undefined && to < best)) {
          best = to
          most = count
        }
      }
      return best === undefined
        ? undefined
        : { key: best, name: this.entityNames.get(best) ?? best }
    },
  }

  // ---- terms and idf ------------------------------------------------------------------------

  private termId(term: string): number {
    const id = this.termIds.id(term)
    if (id === this.df.length) {
      this.df.push(0)
      if (id >= this.termKinds.length) {
        const kinds = new Uint8Array(this.termKinds.length * 2)
        kinds.set(this.termKinds)
        this.termKinds = kinds
      }
      this.termKinds[id] = termKind(term)
    }
    return id
  }

  /**
   * Inverse document frequency (BM25 style, smoothed, background included). Values for stored
   * vectors are cached for an idf epoch, which ends when the corpus has grown by 1% (or by one
   * entry while it is small); `self` counts the entry being assigned, which is not stored yet.
   */
  private idf(id: number, self = 0): number {
    if (
      self === 0 &&
      id >= 0 &&
      id < this.idfEpochOf.length &&
      this.idfEpochOf[id] === this.epoch
    ) {
      return this.idfCache[id] as number
    }
    const df = (id >= 0 ? (this.df[id] ?? 0) + (this.bgDf[id] ?? 0) : 0) + self
    const v = Math.log(1 + (this.docs + this.bgDocs + 1) / (df + 0.5))
    if (self === 0 && id >= 0) {
      if (id >= this.idfEpochOf.length) this.growIdfCache(id)
      this.idfCache[id] = v
      this.idfEpochOf[id] = this.epoch
    }
    return v
  }

  private growIdfCache(id: number): void {
    let size = this.idfEpochOf.length
    while (size <= id) size *= 2
    const cache = new Float64Array(size)
    cache.set(this.idfCache)
    const epochs = new Int32Array(size).fill(-1)
    epochs.set(this.idfEpochOf)
    this.idfCache = cache
    this.idfEpochOf = epochs
  }

  private countDocument(ids: ArrayLike<number>): void {
    this.docs++
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0
      this.df[id] = (this.df[id] ?? 0) + 1
    }
    if (this.docs >= this.epochDocs + Math.max(1, Math.floor(this.epochDocs * 0.01))) {
      this.epoch++
      this.epochDocs = this.docs
    }
  }

  // ---- vectors --------------------------------------------------------------------------------

  private query(f: EntryFeatures): Query {
    const n = f.terms.length
    const termIds = new Int32Array(n)
    const tf = new Float64Array(n)
    if (this.scratchW.length < n) this.growScratch(n)
    const w = this.scratchW
    const idfs = this.scratchIdf
    const entityIds: number[] = []
    const entityTf: number[] = []
    let norm = 0
    let known = 0
    const coded = termCodesOf(f.terms)
    let codeIds = coded ? this.codeIds.get(coded.space) : undefined
    for (let i = 0; i < n; i++) {
      const pair = f.terms[i] as [string, number]
      const term = pair[0]
      const weight = pair[1]
      // a code always names the same word, and a word keeps its id
      const code = coded ? (coded.codes[i] as number) : -1
      let id = codeIds !== undefined && code < codeIds.length ? (codeIds[code] as number) : -1
      if (id < 0) {
        id = this.termIds.get(term)
        if (coded && id >= 0) {
          if (codeIds === undefined || code >= codeIds.length) {
            codeIds = this.growCodeIds(coded.space, code)
          }
          codeIds[code] = id
        }
      }
      termIds[i] = id
      tf[i] = weight
      const idf = this.idf(id, 1)
      idfs[i] = idf
      const x = weight * idf
      w[i] = x
      norm += x * x
      if (id < 0) continue
      known++
      if ((this.termKinds[id] as number) & ENTITY_TERM) {
        entityIds.push(id)
        entityTf.push(weight)
      }
    }
    // known terms by id (for dot products), all terms by tf·idf (for retrieval and postings);
    // both orders come from native numeric sorts of packed keys (index in the low 8 bits)
    const byId = this.byIdKeys
    const byWeight = this.byWeightKeys
    for (let i = 0, k = 0; i < n; i++) {
      const id = termIds[i] as number
      if (id >= 0) byId.set(k++, id * PACK + i)
      byWeight.set(i, Math.round((w[i] as number) * 1e6) * PACK + (PACK - 1 - i))
    }
    byId.sort(known)
    byWeight.sort(n)
    const ids = new Int32Array(known)
    const w2 = new Float64Array(known)
    const idTf = new Float64Array(known)
    for (let k = 0; k < known; k++) {
      const i = byId.low(k) % PACK
      ids[k] = termIds[i] as number
      w2[k] = (w[i] as number) * (idfs[i] as number)
      idTf[k] = tf[i] as number
    }
    const heaviest: number[] = []
    for (let k = n - 1; k >= 0; k--) heaviest.push(PACK - 1 - (byWeight.low(k) % PACK))
    const names = new Map<string, string>()
    for (const e of f.entities) names.set(e.key, e.name)
    for (const e of f.names) names.set(e.key, e.name)
    const links = [...f.links]
    if (f.url) links.push(f.url)
    return {
      id: f.id,
      published: f.published,
      minhash: f.minhash,
      names,
      termIds,
      tf,
      idTf,
      ids,
      w2,
      norm: Math.sqrt(norm),
      dense: null,
      heaviest,
      entityIds,
      entityTf,
      salientIds: f.salient.map((k) => this.termIds.get(k)),
      salientTerms: f.salient,
      ...yearsOf(f),
      bands: bandKeys(f.minhash),
      quoteKeys: f.quotes.flatMap(quoteKeys),
      links,
      phrases: new Int32Array(f.phrases),
      phraseHits: new Map(),
      bandMembers: [],
    }
  }

  private growScratch(n: number): void {
    this.scratchW = new Float64Array(n)
    this.scratchIdf = new Float64Array(n)
    this.byIdKeys.reserve(n)
    this.byWeightKeys.reserve(n)
  }

  /** The code → term id table of a decoder vocabulary, grown to hold `code`. */
  private growCodeIds(space: object, code: number): Int32Array {
    const table = this.codeIds.get(space)
    let size = table?.length ?? 1024
    while (size <= code) size *= 2
    const grown = new Int32Array(size).fill(-1)
    if (table) grown.set(table)
    this.codeIds.set(space, grown)
    return grown
  }

  /** A stored member's idf-weighted vector (for member-to-member cosines in merges and splits). */
  private memberVector(m: Member): QueryVector {
    const w2 = new Float64Array(m.terms.length)
    for (let i = 0; i < m.terms.length; i++) {
      const idf = this.idf(m.terms[i] ?? 0)
      w2[i] = (m.weights[i] ?? 0) * idf * idf
    }
    return { ids: m.terms, w2, norm: this.memberNorm(m), dense: null }
  }

  private memberNorm(m: Member): number {
    if (m.normEpoch === this.epoch) return m.norm
    let norm = 0
    for (let i = 0; i < m.terms.length; i++) {
      const w = (m.weights[i] ?? 0) * this.idf(m.terms[i] ?? 0)
      norm += w * w
    }
    m.norm = Math.sqrt(norm)
    m.normEpoch = this.epoch
    return m.norm
  }

  private centroidNorm(s: Story): number {
    if (s.normEpoch === this.epoch) return s.norm
    let norm = 0
    const { ids, values } = s.centroid
    for (let i = 0; i < ids.length; i++) {
      const w = (values[i] ?? 0) * this.idf(ids[i] ?? 0)
      norm += w * w
    }
    s.norm = Math.sqrt(norm)
    s.normEpoch = this.epoch
    return s.norm
  }

  private centroidCosine(q: Query, s: Story): number {
    const norm = this.centroidNorm(s)
    if (q.norm === 0 || norm === 0) return 0
    return this.dot(q, s.centroid.ids, s.centroid.values) / (q.norm * norm)
  }

  /**
   * Σ q.w2·values over the ids q shares with `ids` (ascending). With q's weights scattered by id
   * (the entry being assigned), one pass over the other side instead of a merge join, summing the
   * same products in the same (ascending id) order.
   */
  private dot(q: QueryVector, ids: Int32Array, values: Float64Array): number {
    const dense = q.dense
    if (dense === null) return sparseDot(q.ids, q.w2, ids, values)
    let dot = 0
    for (let j = 0; j < ids.length; j++) {
      const a = dense[ids[j] as number] as number
      if (a !== 0) dot += a * (values[j] as number)
    }
    return dot
  }

  private memberCosine(q: QueryVector, m: Member): number {
    const norm = this.memberNorm(m)
    if (q.norm === 0 || norm === 0) return 0
    return this.dot(q, m.terms, m.weights) / (q.norm * norm)
  }

  // ---- assignment -----------------------------------------------------------------------------

  private isOpen(s: Story, now: number): boolean {
    return s.alive && s.touched >= now - this.options.windowHours * 3_600_000
  }

  /** Candidate stories for an entry, found through the inverted indexes only. */
  private retrieve(q: Query, now: number): Story[] {
    const o = this.options
    // votes are tallied on the stories themselves (no hashing): a mark says which retrieval
    // a story's tally belongs to
    this.retrievals++
    const touched: Story[] = []
    let used = 0
    for (const i of q.heaviest) {
      const id = q.termIds[i] ?? -1
      if (id < 0) continue
      const list = this.postings[id]
      if (list) {
        const w = this.idf(id, 1)
        for (const s of list) this.vote(s, w, now, touched)
      }
      if (++used >= o.queryTerms) break
    }
    const seen = new Set<Member>()
    for (const key of q.bands) {
      for (const m of this.bands.get(key) ?? []) {
        if (seen.has(m)) continue
        seen.add(m)
        q.bandMembers.push(m)
        this.vote(m.story, 1000, now, touched)
      }
    }
    for (const key of q.quoteKeys) {
      for (const s of this.quotePostings.get(key) ?? []) this.vote(s, 10, now, touched)
    }
    for (const link of q.links) {
      for (const s of this.linkPostings.get(link) ?? []) this.vote(s, 10, now, touched)
    }
    for (let i = 0; i < q.phrases.length; i++) {
      const entry = this.phrasePostings.get(q.phrases[i] ?? 0)
      if (!entry) continue
      for (const s of Array.isArray(entry) ? entry : [entry]) {
        q.phraseHits.set(s, (q.phraseHits.get(s) ?? 0) + 1)
        this.vote(s, 2, now, touched)
      }
    }
    return topVoted(touched, o.candidateLimit)
  }

  /** One vote of weight `w` for story `s` in the current retrieval (`touched` collects them). */
  private vote(s: Story, w: number, now: number, touched: Story[]): void {
    if (s.voteMark !== this.retrievals) {
      s.voteMark = this.retrievals
      s.votes = this.isOpen(s, now) ? 0 : Number.NEGATIVE_INFINITY
      if (s.votes === 0) touched.push(s)
    }
    s.votes += w
  }

  /** Everything the entry has in common with a candidate story. */
  private signals(q: Query, s: Story, similarity: number): CandidateSignals {
    const o = this.options
    // members: best, mean, and mean of the three best cosines over the most recent members
    const sims: number[] = []
    for (let i = s.members.length - 1; i >= 0 && sims.length < o.memberCompare; i--) {
      const m = s.members[i]
      if (m) sims.push(this.memberCosine(q, m))
    }
    sims.sort((x, y) => y - x)
    let sum = 0
    for (const c of sims) sum += c
    let top = 0
    for (let i = 0; i < Math.min(TOP_MEMBERS, sims.length); i++) top += sims[i] ?? 0
    // entities: idf-weighted share of the entry's entities the story also has
    let entityAll = 0
    let entityShared = 0
    const shared: [string, number][] = []
    for (let k = 0; k < q.entityIds.length; k++) {
      const id = q.entityIds[k] ?? 0
      const w = this.idf(id, 1)
      entityAll += w
      const count = s.entityCount.get(id)
      if (count === undefined) continue
      // an entity counts in full when enough of the story's members mention it: a big story
      // mentions nearly every name once, which says nothing about what it is about
      entityShared +=
        o.entitySupport > 0
          ? w * Math.min(1, count / Math.max(1, s.members.length * o.entitySupport))
          : w
      const term = this.termNames[id] ?? ''
      // shown most salient first: mentions in the entry times rarity
      if (!term.startsWith('name:')) {
        shared.push([this.nameOf(term, q.names), w * (q.entityTf[k] ?? 1)])
      }
    }
    shared.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    // main actors and numbers: the story's (most members) missing from the entry, the entry's
    // new to the story
    const missing: string[] = []
    for (const [id, c] of s.salientCount) {
      if (c * 2 >= s.members.length && !sparseHas(q.ids, id)) missing.push(this.termNames[id] ?? '')
    }
    const fresh: string[] = []
    q.salientIds.forEach((id, i) => {
      const term = q.salientTerms[i] ?? ''
      const known = isNumberTerm(term) ? s.numberCount.has(id) : s.entityCount.has(id)
      if (id < 0 || !known) fresh.push(term)
    })
    // quotes, links, phrasing, copies
    const sharedQuotes: string[] = []
    for (const key of q.quoteKeys) {
      const quote = s.quoteKeys.get(key)
      if (quote !== undefined && !sharedQuotes.includes(quote)) sharedQuotes.push(quote)
    }
    let copyOf: string | null = null
    let copySimilarity = 0
    for (const m of q.bandMembers) {
      if (m.story !== s) continue
      const j = estimateJaccard(q.minhash, m.minhash)
      if (j > copySimilarity) {
        copySimilarity = j
        copyOf = m.entryId
      }
    }
    if (copySimilarity < o.copyThreshold) copyOf = null
    let hoursApart: number | null = null
    if (q.published !== null && s.firstTime !== null && s.lastTime !== null) {
      const t = q.published
      const gap = t < s.firstTime ? s.firstTime - t : t > s.lastTime ? t - s.lastTime : 0
      hoursApart = Math.round((gap / 3_600_000) * 10) / 10
    }
    return {
      storyId: s.id,
      forbidden: s.forbidden.has(q.id) || (this.forbiddenFor.get(q.id)?.has(s.id) ?? false),
      evidence: {
        similarity: round3(similarity),
        memberSimilarity: round3(sims[0] ?? 0),
        averageSimilarity: round3(sims.length > 0 ? sum / sims.length : 0),
        // fewer members than TOP_MEMBERS count as zeros: a small story must earn its evidence
        topSimilarity: round3(top / TOP_MEMBERS),
        storySize: s.members.length,
        entityOverlap: round3(entityAll > 0 ? entityShared / entityAll : 0),
        sharedEntities: shared.slice(0, 5).map(([name]) => name),
        ...this.disagreement(missing, fresh, q.names),
        yearConflict: yearConflict(q.dated, q.latestYear, storyDated(s), s.latestYear),
        sharedLinks: q.links.filter((l) => s.links.has(l)),
        sharedQuotes: sharedQuotes.slice(0, 3).map(shorten),
        sharedPhrases: q.phraseHits.get(s) ?? 0,
        hoursApart,
        copyOf,
        copySimilarity: round3(copySimilarity),
      },
    }
  }

  /** Missing and new main actors and numbers, as display names, split by kind. */
  private disagreement(
    missing: string[],
    fresh: string[],
    names?: ReadonlyMap<string, string>,
  ): Pick<Evidence, 'missingEntities' | 'newEntities' | 'missingNumbers' | 'newNumbers'> {
    return {
      missingEntities: this.show(missing, false, names),
      newEntities: this.show(fresh, false, names),
      missingNumbers: this.show(missing, true, names),
      newNumbers: this.show(fresh, true, names),
    }
  }

  /** The numbers (or the entities) among `terms`, as display names, sorted. */
  private show(terms: string[], numbers: boolean, names?: ReadonlyMap<string, string>): string[] {
    const out: string[] = []
    for (const t of terms) {
      if (isNumberTerm(t) === numbers) out.push(numbers ? displayNumber(t) : this.nameOf(t, names))
    }
    return out.sort()
  }

  /**
   * Propose what to do with an entry: join the best open story or start a new one, and merge
   * stories the entry shows to be one. Changes nothing until {@link apply}.
   */
  assign(features: EntryFeatures, now: number | Date): Decision {
    const at = typeof now === 'number' ? now : now.getTime()
    if (this.members.has(features.id)) {
      throw new Error(`entry ${features.id} is already in the story index`)
    }
    const f = resolveWithRegistry(features, this.registry)
    const q = this.query(f)
    this.pending.set(f.id, { query: q, features: f })
    // the entry's weights by term id while it is compared with stories (see dot)
    return this.entryDense.scatter(q, this.termNames.length, () => this.decide(f, q, at))
  }

  /** The decision of {@link assign} for the entry's features and query. */
  private decide(f: EntryFeatures, q: Query, at: number): Decision {
    const o = this.options
    // centroid similarity for every candidate, every signal for the most promising
    const coarse = this.retrieve(q, at).map((s) => ({ s, sim: this.centroidCosine(q, s) }))
    coarse.sort((a, b) => b.sim - a.sim || a.s.num - b.s.num)
    const signals = coarse.slice(0, o.scoredCandidates).map(({ s, sim }) => this.signals(q, s, sim))
    // a copy's story is always scored, even when the centroid of a big story hides it
    for (const m of q.bandMembers) {
      if (signals.some((c) => c.storyId === m.story.id) || !this.isOpen(m.story, at)) continue
      signals.push(this.signals(q, m.story, this.centroidCosine(q, m.story)))
    }
    const choice = chooseStory(signals, o)
    if (choice.storyId === null) {
      return {
        entryId: f.id,
        action: 'new',
        storyId: this.newStoryId(),
        score: round3(choice.score),
        evidence: choice.evidence,
        explanation: choice.evidence
          ? `no story close enough (best ${choice.score.toFixed(2)}: ${explain(choice.evidence)})`
          : 'no candidate story',
        copyOf: null,
        merges: [],
        alternatives: alternativesOf(choice.ranked, 0),
        at,
      }
    }
    // the entry may show that its story and another are one: merge them (the survivor of each
    // merge goes on to the next candidate)
    let current = this.stories.get(choice.storyId)
    const merges: MergeDecision[] = []
    const absorbed: Story[] = []
    for (const r of choice.ranked.slice(1, 1 + o.mergeChecks)) {
      if (!current || r.score < o.bridgeThreshold) break
      const other = this.stories.get(r.storyId)
      if (!other) continue
      const m = this.proposeMerge(current, other, q, absorbed)
      if (!m) continue
      merges.push(m)
      const keep = m.into === current.id ? current : other
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
      alternatives: alternativesOf(choice.ranked, 1),
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

  // ---- merges ---------------------------------------------------------------------------------

  /** Whether story `s` is posted under a phrase (and it is not boilerplate). */
  private phraseUsedBy(key: number, s: Story): boolean {
    const entry = this.phrasePostings.get(key)
    if (!entry) return false
    return Array.isArray(entry) ? entry.includes(s) : entry === s
  }

  /**
   * Story-to-story evidence: the joined story (with the new entry) against another story. With a
   * `floor`, null as soon as the merge score cannot reach it (see mergeScoreCeiling).
   */
  private storyEvidence(a: Story, b: Story, extra: Query | null, floor?: number): Evidence | null {
    // member level: mean and best cosine over pairs of recent members, one from each story
    let best = 0
    let sum = 0
    let pairs = 0
    const bs = b.members.slice(-MERGE_MEMBERS)
    const against = (qa: QueryVector) => {
      for (const mb of bs) {
        const c = this.memberCosine(qa, mb)
        sum += c
        pairs++
        best = Math.max(best, c)
      }
    }
    for (const m of a.members.slice(-MERGE_MEMBERS)) {
      this.pairDense.scatter(this.memberVector(m), this.termNames.length, against)
    }
    // the entry's weights are scattered already (see assign)
    if (extra) against(extra)
    const averageSimilarity = round3(pairs > 0 ? sum / pairs : 0)
    const sharedQuotes: string[] = []
    for (const [k, quote] of a.quoteKeys) {
      if (b.quoteKeys.has(k) && !sharedQuotes.includes(quote)) sharedQuotes.push(quote)
    }
    const sharedLinks = [...a.links].filter((l) => b.links.has(l)).sort()
    if (
      floor !== undefined &&
      mergeScoreCeiling({ averageSimilarity, sharedQuotes, sharedLinks }, this.options) < floor
    ) {
      return null
    }
    // centroid to centroid (for the explanation; merges are decided on member pairs)
    const norms = this.centroidNorm(a) * this.centroidNorm(b)
    const dot = sparseDot(
      a.centroid.ids,
      a.centroid.values,
      b.centroid.ids,
      b.centroid.values,
      (id) => {
        const idf = this.idf(id)
        return idf * idf
      },
    )
    // entities of a (and the entry) that b shares, idf-weighted
    const aEntities = new Set(a.entityCount.keys())
    if (extra) for (const id of extra.entityIds) aEntities.add(id)
    let all = 0
    let shared = 0
    const sharedNames: [string, number][] = []
    for (const id of aEntities) {
      const w = this.idf(id)
      all += w
      if (!b.entityCount.has(id)) continue
      shared += w
      const term = this.termNames[id] ?? ''
      if (!term.startsWith('name:')) sharedNames.push([this.nameOf(term, extra?.names), w])
    }
    sharedNames.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    // main actors and numbers of each story (most members) that the other never mentions
    const mentions = (st: Story, id: number): boolean =>
      st.entityCount.has(id) ||
      st.numberCount.has(id) ||
      (st === a && extra !== null && sparseHas(extra.ids, id))
    const absent = (from: Story, other: Story): string[] =>
      [...from.salientCount]
        .filter(([id, c]) => c * 2 >= from.members.length && !mentions(other, id))
        .map(([id]) => this.termNames[id] ?? '')
    // one story dated after every year the other mentions (the entry counts with a)
    const aDated = extra ? Math.max(storyDated(a), extra.dated) : storyDated(a)
    const aLatest = extra ? Math.max(a.latestYear, extra.latestYear) : a.latestYear
    let sharedPhrases = extra?.phraseHits.get(b) ?? 0
    for (const m of a.members.slice(-4)) {
      for (const k of m.phrases) if (this.phraseUsedBy(k, b)) sharedPhrases++
    }
    let hoursApart: number | null = null
    if (
      a.firstTime !== null &&
      a.lastTime !== null &&
      b.firstTime !== null &&
      b.lastTime !== null
    ) {
      const gap = Math.max(0, a.firstTime - b.lastTime, b.firstTime - a.lastTime)
      hoursApart = Math.round((gap / 3_600_000) * 10) / 10
    }
    return {
      similarity: round3(norms > 0 ? dot / norms : 0),
      memberSimilarity: round3(best),
      averageSimilarity,
      topSimilarity: round3(best),
      storySize: Math.min(a.members.length + (extra ? 1 : 0), b.members.length),
      entityOverlap: round3(all > 0 ? shared / all : 0),
      sharedEntities: sharedNames.slice(0, 5).map(([n]) => n),
      ...this.disagreement(absent(b, a), absent(a, b), extra?.names),
      yearConflict: yearConflict(aDated, aLatest, storyDated(b), b.latestYear),
      sharedLinks,
      sharedQuotes: sharedQuotes.slice(0, 3).map(shorten),
      sharedPhrases,
      hoursApart,
      copyOf: null,
      copySimilarity: 0,
    }
  }

  private proposeMerge(
    a: Story,
    b: Story,
    extra: Query | null,
    absorbed: readonly Story[],
  ): MergeDecision | null {
    if (!this.mergeAllowed(a, b)) return null
    for (const x of absorbed) if (!this.mergeAllowed(x, b)) return null
    // the entry itself must be allowed in both stories
    const banned =
      extra && (b.forbidden.has(extra.id) || this.forbiddenFor.get(extra.id)?.has(b.id))
    if (banned) return null
    const o = this.options
    const threshold = b.members.length >= 2 ? o.storyMergeThreshold : o.mergeThreshold
    const evidence = this.storyEvidence(a, b, extra, threshold)
    if (!evidence) return null
    const score = scoreMerge(evidence, o)
    if (score < threshold) return null
    const [from, into] = this.survivor(a, b)
    return {
      from: from.id,
      into: into.id,
      score: round3(score),
      evidence,
      explanation: explain(evidence),
    }
  }

  /** [absorbed, survivor]: the story editors pinned entries to survives, else the older one. */
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

  // ---- changes ----------------------------------------------------------------------------------

  /** Carry out a decision from {@link assign} (the entry joins or founds its story, merges happen). */
  apply(decision: Decision): void {
    const pending = this.pending.get(decision.entryId)
    if (!pending) throw new Error(`no pending assignment for entry ${decision.entryId}`)
    this.pending.delete(decision.entryId)
    let story = this.stories.get(decision.storyId)
    if (!story) {
      if (decision.action === 'join') throw new Error(`story ${decision.storyId} is not open`)
      story = this.createStory(decision.storyId, decision.at)
    }
    this.addMember(story, pending.query, pending.features, decision.at)
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
   * made). `pinned` marks an editor's membership that automatic merges and splits must keep.
   */
  restore(
    features: EntryFeatures,
    storyId: string,
    now: number | Date,
    opts: { pinned?: boolean } = {},
  ): void {
    const at = typeof now === 'number' ? now : now.getTime()
    if (this.members.has(features.id)) {
      throw new Error(`entry ${features.id} is already in the story index`)
    }
    const f = resolveWithRegistry(features, this.registry)
    const story = this.stories.get(storyId) ?? this.createStory(storyId, at)
    this.addMember(story, this.query(f), f, at)
    if (opts.pinned) story.pinned.add(f.id)
  }

  /** Editor constraint: `entryId` must never be (automatically) put in `storyId`. */
  forbid(entryId: string, storyId: string): void {
    let set = this.forbiddenFor.get(entryId)
    if (!set) this.forbiddenFor.set(entryId, (set = new Set()))
    set.add(storyId)
    this.stories.get(storyId)?.forbidden.add(entryId)
  }

  /** Editor constraint: `entryId` belongs to its current story; merges and splits keep it there. */
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
    this.forgetEntities(m)
    this.unband(m)
    this.forbid(entryId, s.id)
    this.rebuildSummary(s)
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
    for (const sets of this.forbiddenFor.values()) if (sets.has(fromId)) sets.add(intoId)
    into.touched = Math.max(into.touched, from.touched)
    into.lastSeq = Math.max(into.lastSeq, from.lastSeq)
    from.members = []
    this.killStory(from)
    this.rebuildSummary(into)
    for (const m of into.members) this.postMember(m, into)
  }

  /**
   * Look again at a story that has grown: if its members form two groups that share little
   * (and, more readily, disagree on their main actors or numbers), propose that the group
   * without the story's first member leaves to found its own story. Pinned entries never move.
   * Returns null when the story stays whole or is not due for review (from `splitMinSize`
   * members, then each time it has grown by a third). Changes nothing until {@link applySplit}.
   */
  review(storyId: string, now: number | Date): SplitDecision | null {
    const at = typeof now === 'number' ? now : now.getTime()
    const s = this.stories.get(storyId)
    const o = this.options
    if (!s || s.members.length < o.splitMinSize) return null
    if (s.members.length < Math.ceil(s.reviewedAt * 1.34)) return null
    s.reviewedAt = s.members.length
    const recent = s.members.slice(-SPLIT_MAX_MEMBERS)
    // a copy (the same wire text again) is one report, not two: the cut and its means are over
    // distinct reports (two copies would make their group look tighter than it is), and each
    // copy goes with its original
    const originalOf = recent.map((_, i) => i)
    for (let i = 1; i < recent.length; i++) {
      const mi = recent[i] as Member
      for (let j = 0; j < i; j++) {
        if (originalOf[j] !== j) continue
        if (estimateJaccard(mi.minhash, (recent[j] as Member).minhash) >= o.copyThreshold) {
          originalOf[i] = j
          break
        }
      }
    }
    const members = recent.filter((_, i) => originalOf[i] === i)
    const sim = members.map((m) =>
      this.pairDense.scatter(this.memberVector(m), this.termNames.length, (qa) =>
        members.map((mb) => this.memberCosine(qa, mb)),
      ),
    )
    // two groups by average link; outliers that form a group too small to stand are set aside
    // (they stay in the story) and the rest is grouped again
    let rest = members.map((_, i) => i)
    let found: [number[], number[]] | null = null
    for (let attempt = 0; attempt < 3 && rest.length >= 2 * o.splitMinGroup; attempt++) {
      const groups = twoGroups(rest.map((i) => rest.map((j) => sim[i]?.[j] ?? 0)))
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
    const between = meanSimilarity(sim, g1, g2)
    const within = Math.min(meanSimilarity(sim, g1, g1), meanSimilarity(sim, g2, g2))
    const pick = (g: number[]): Member[] => {
      const originals = new Set(g.map((i) => members[i]))
      return recent.filter((m, i) => originals.has(recent[originalOf[i] as number] as Member))
    }
    const conflict = this.groupConflict(pick(g1), pick(g2))
    const ratio = o.splitRatio + (conflict ? o.splitConflictBonus : 0)
    if (between >= o.splitThreshold || between > within * ratio) return null
    const first = s.members[0]
    const leaving = first && pick(g1).includes(first) ? pick(g2) : pick(g1)
    if (leaving.length === 0 || leaving.some((m) => s.pinned.has(m.entryId))) return null
    return {
      storyId: s.id,
      newStoryId: this.newStoryId(),
      entryIds: leaving.map((m) => m.entryId),
      score: round3(between),
      explanation:
        `two events${conflict ? ` (${conflict})` : ''}: similarity between them ` +
        `${between.toFixed(2)}, within ${within.toFixed(2)}`,
      at,
    }
  }

  /** The main actors or numbers two groups of members disagree on, in words, or null. */
  private groupConflict(a: Member[], b: Member[]): string | null {
    const majority = (g: Member[]): number[] => {
      const counts = new Map<number, number>()
      for (const m of g) for (const id of m.salient) counts.set(id, (counts.get(id) ?? 0) + 1)
      return [...counts].filter(([, c]) => c * 2 >= g.length).map(([id]) => id)
    }
    const mentioned = (g: Member[]): Set<number> => {
      const ids = new Set<number>()
      for (const m of g) {
        for (const id of m.entities) ids.add(id)
        for (const id of m.numbers) ids.add(id)
      }
      return ids
    }
    const inA = mentioned(a)
    const inB = mentioned(b)
    const onlyA = majority(a).filter((id) => !inB.has(id))
    const onlyB = majority(b).filter((id) => !inA.has(id))
    const d = this.disagreement(
      onlyB.map((id) => this.termNames[id] ?? ''),
      onlyA.map((id) => this.termNames[id] ?? ''),
    )
    if (d.newEntities.length > 0 && d.missingEntities.length > 0) {
      return `${d.newEntities.join(', ')} against ${d.missingEntities.join(', ')}`
    }
    if (d.newNumbers.length > 0 && d.missingNumbers.length > 0) {
      return `${d.newNumbers.join(', ')} against ${d.missingNumbers.join(', ')}`
    }
    const years = (g: Member[]): [number, number] => {
      const dated = new Map<number, number>()
      let latest = 0
      for (const m of g) {
        if (m.dated > 0) dated.set(m.dated, (dated.get(m.dated) ?? 0) + 1)
        latest = Math.max(latest, m.latestYear)
      }
      return [datedBy(dated), latest]
    }
    const [aDated, aLatest] = years(a)
    const [bDated, bLatest] = years(b)
    const conflict = yearConflict(aDated, aLatest, bDated, bLatest)
    return conflict === null ? null : conflict.replace('the story', 'the other group')
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
    this.rebuildSummary(s)
    t.members = moved
    for (const m of moved) m.story = t
    t.touched = s.touched
    t.lastSeq = Math.max(...moved.map((m) => m.seq))
    t.reviewedAt = moved.length
    this.rebuildSummary(t)
    for (const m of moved) this.postMember(m, t)
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

  // ---- reading --------------------------------------------------------------------------------

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
      terms: Array.from(m.terms, (id, i): [string, number] => [
        this.termNames[id] ?? '',
        m.weights[i] ?? 0,
      ]),
      entities: m.entityList,
      language: m.language,
    }))
  }

  /** The story an entry is in, if it is still indexed. */
  storyOf(entryId: string): string | undefined {
    return this.members.get(entryId)?.story.id
  }

  // ---- internals --------------------------------------------------------------------------------

  private createStory(id: string, at: number): Story {
    const s: Story = {
      num: this.storyNum++,
      id,
      members: [],
      centroid: EMPTY_VECTOR,
      entityCount: new Map(),
      salientCount: new Map(),
      numberCount: new Map(),
      datedCount: new Map(),
      latestYear: 0,
      firstTime: null,
      lastTime: null,
      touched: at,
      lastSeq: this.seq,
      alive: true,
      forbidden: new Set(),
      pinned: new Set(),
      quoteKeys: new Map(),
      links: new Set(),
      reviewedAt: 0,
      norm: 0,
      normEpoch: -1,
      votes: 0,
      voteMark: 0,
      postedTerms: [],
      postedPhrases: [],
      postedQuotes: [],
      postedLinks: [],
    }
    for (const [entry, set] of this.forbiddenFor) if (set.has(id)) s.forbidden.add(entry)
    this.stories.set(id, s)
    const n = /^s(\d+)$/.exec(id)
    if (n) this.nextStory = Math.max(this.nextStory, Number(n[1]) + 1)
    return s
  }

  private killStory(s: Story): void {
    s.alive = false
    this.killed.push(s)
    this.stories.delete(s.id)
    for (const m of s.members) if (m.story === s) this.unband(m)
  }

  private unband(m: Member): void {
    for (const key of m.bands) {
      const list = this.bands.get(key)
      if (!list) continue
      const kept = list.filter((x) => x !== m)
      if (kept.length > 0) this.bands.set(key, kept)
      else this.bands.delete(key)
    }
  }

  private addMember(s: Story, q: Query, f: EntryFeatures, at: number): void {
    const o = this.options
    // learn document frequencies from every entry (terms first seen get their ids now)
    const firstSeen: number[] = []
    for (let i = 0; i < q.termIds.length; i++) {
      if ((q.termIds[i] ?? -1) < 0) {
        q.termIds[i] = this.termId(f.terms[i]?.[0] ?? '')
        firstSeen.push(i)
      }
    }
    this.countDocument(q.termIds)
    // the member's vector: its heaviest terms by tf·idf when it arrived
    const top = q.heaviest.slice(0, o.memberTerms)
    const keep = sparseFrom(
      top.map((i) => q.termIds[i] ?? 0),
      top.map((i) => q.tf[i] ?? 0),
    )
    const entities: number[] = []
    const numbers: number[] = []
    for (let i = 0; i < q.termIds.length; i++) {
      const id = q.termIds[i] as number
      const kind = this.termKinds[id] as number
      if (kind & ENTITY_TERM) entities.push(id)
      else if (kind & NUMBER_TERM) numbers.push(id)
    }
    const m: Member = {
      entryId: f.id,
      story: s,
      seq: this.seq++,
      time: f.published,
      terms: keep.ids,
      weights: keep.values,
      entities: Int32Array.from(entities),
      salient: f.salient.map((k) => this.termId(k)),
      numbers,
      dated: q.dated,
      latestYear: q.latestYear,
      minhash: Uint32Array.from(f.minhash),
      bands: q.bands,
      phrases: q.phrases,
      quotes: f.quotes,
      links: q.links,
      url: f.url,
      title: f.title,
      source: f.source,
      entityList: f.entities,
      language: f.language,
      aliases: f.aliases,
      learnedAt: at,
      norm: 0,
      normEpoch: -1,
    }
    this.members.set(f.id, m)
    s.members.push(m)
    s.touched = Math.max(s.touched, at)
    s.lastSeq = m.seq
    // the centroid takes the whole entry (unit tf vector), not just the member's top terms
    let tfNorm = 0
    for (let i = 0; i < q.tf.length; i++) tfNorm += (q.tf[i] as number) * (q.tf[i] as number)
    this.addToSummary(s, m, this.entryVector(q, firstSeen), Math.sqrt(tfNorm) || 1)
    for (const key of q.bands) {
      let list = this.bands.get(key)
      if (!list) this.bands.set(key, (list = []))
      list.push(m)
      if (list.length > SMALL_POSTING_CAP) list.shift()
    }
    this.postMember(
      m,
      s,
      q.heaviest.slice(0, o.postingTerms).map((i) => q.termIds[i] ?? 0),
    )
    this.learnEntities(f, at)
  }

  /**
   * The entry's whole tf vector, ids ascending, in scratch space (read before the next entry).
   * Usually the known terms in query order followed by the terms first seen now (the newest
   * ids, in the order they were given); otherwise sorted afresh.
   */
  private entryVector(q: Query, firstSeen: number[]): SparseVector {
    const n = q.ids.length + firstSeen.length
    if (this.scratchVectorIds.length < n) {
      this.scratchVectorIds = new Int32Array(Math.max(n, 2 * this.scratchVectorIds.length))
      this.scratchVectorValues = new Float64Array(this.scratchVectorIds.length)
    }
    const ids = this.scratchVectorIds
    const values = this.scratchVectorValues
    ids.set(q.ids)
    values.set(q.idTf)
    let k = q.ids.length
    let last = k > 0 ? (ids[k - 1] as number) : -1
    for (const i of firstSeen) {
      const id = q.termIds[i] as number
      if (id <= last) return sparseFrom(q.termIds, q.tf)
      ids[k] = last = id
      values[k++] = q.tf[i] as number
    }
    return { ids: ids.subarray(0, n), values: values.subarray(0, n) }
  }

  private addToSummary(s: Story, m: Member, vector: SparseVector, norm: number): void {
    s.centroid = sparseAdd(s.centroid, vector, 1 / norm, s.centroid)
    if (s.centroid.ids.length > this.options.centroidTerms * 2) {
      s.centroid = sparseTop(s.centroid, this.options.centroidTerms)
    }
    s.normEpoch = -1
    for (const id of m.entities) s.entityCount.set(id, (s.entityCount.get(id) ?? 0) + 1)
    for (const id of m.salient) s.salientCount.set(id, (s.salientCount.get(id) ?? 0) + 1)
    for (const id of m.numbers) s.numberCount.set(id, (s.numberCount.get(id) ?? 0) + 1)
    if (m.dated > 0) s.datedCount.set(m.dated, (s.datedCount.get(m.dated) ?? 0) + 1)
    s.latestYear = Math.max(s.latestYear, m.latestYear)
    if (m.time !== null) {
      s.firstTime = s.firstTime === null ? m.time : Math.min(s.firstTime, m.time)
      s.lastTime = s.lastTime === null ? m.time : Math.max(s.lastTime, m.time)
    }
    for (const quote of m.quotes) for (const k of quoteKeys(quote)) s.quoteKeys.set(k, quote)
    for (const l of m.links) s.links.add(l)
  }

  /** Recompute a story's summary from its members (after a merge, split or removal). */
  private rebuildSummary(s: Story): void {
    s.centroid = EMPTY_VECTOR
    s.entityCount = new Map()
    s.salientCount = new Map()
    s.numberCount = new Map()
    s.datedCount = new Map()
    s.latestYear = 0
    s.firstTime = null
    s.lastTime = null
    s.quoteKeys = new Map()
    s.links = new Set()
    for (const m of s.members) {
      let norm = 0
      for (let i = 0; i < m.weights.length; i++) {
        norm += (m.weights[i] as number) * (m.weights[i] as number)
      }
      this.addToSummary(s, m, { ids: m.terms, values: m.weights }, Math.sqrt(norm) || 1)
    }
    s.centroid = sparseTop(s.centroid, this.options.centroidTerms)
  }

  /** Post a member's story under its terms, entities, quotes, links and phrases. */
  private postMember(m: Member, s: Story, terms?: number[]): void {
    for (const id of terms ?? Array.from(m.terms.slice(0, this.options.postingTerms))) {
      this.post(id, s)
    }
    for (const id of m.entities.slice(0, this.options.postingTerms)) this.post(id, s)
    for (const quote of m.quotes) {
      for (const k of quoteKeys(quote)) {
        if (this.postTo(this.quotePostings, k, s)) s.postedQuotes.push(k)
      }
    }
    for (const l of m.links) if (this.postTo(this.linkPostings, l, s)) s.postedLinks.push(l)
    for (const k of m.phrases) this.postPhrase(k, s)
  }

  private post(id: number, s: Story): void {
    // filled up to `id` so the array stays dense (a far write would make it a dictionary)
    while (this.postings.length <= id) this.postings.push(undefined)
    let list = this.postings[id]
    if (!list) this.postings[id] = list = []
    if (list[list.length - 1] === s) return
    const at = list.indexOf(s)
    if (at >= 0) list.splice(at, 1)
    else s.postedTerms.push(id)
    list.push(s)
    if (list.length > this.options.postingCap) list.splice(0, list.length - this.options.postingCap)
  }

  private postPhrase(key: number, s: Story): void {
    const entry = this.phrasePostings.get(key)
    if (entry === null) return
    if (entry === undefined) {
      this.phrasePostings.set(key, s)
      s.postedPhrases.push(key)
      return
    }
    if (entry === s) return
    const list = Array.isArray(entry) ? entry : [entry]
    if (list.includes(s)) return
    list.push(s)
    s.postedPhrases.push(key)
    let alive = 0
    for (const x of list) if (x.alive) alive++
    if (alive > PHRASE_STORY_CAP) {
      this.phrasePostings.set(key, null)
      this.boilerplate.push(key)
    } else if (list !== entry) this.phrasePostings.set(key, list)
  }

  /** Post `s` under `key` unless it is there already; true when it was added. */
  private postTo<K>(map: Map<K, Story[]>, key: K, s: Story): boolean {
    let list = map.get(key)
    if (!list) map.set(key, (list = []))
    if (list.includes(s)) return false
    list.push(s)
    if (list.length > SMALL_POSTING_CAP) list.shift()
    return true
  }

  /**
   * Drop dead stories from every posting list. Stories only die after they were posted, and each
   * compaction removes all the dead, so only the postings (terms, phrases, quotes, links) of
   * stories that died since the last one need a look (and the phrases found to be boilerplate since then): the
   * same result as a pass over every list, without one (phrase postings hold ~70 keys per
   * entry in the window).
   */
  private compact(): void {
    // names nobody mentioned within the window (memory only: they count for nothing)
    this.surnames.sweep()
    this.firstNames.sweep()
    this.companions.sweep()
    this.orgAliases.sweep()
    // boilerplate is relearned within the window: forgetting it keeps memory flat
    for (const k of this.boilerplate) {
      if (this.phrasePostings.get(k) === null) this.phrasePostings.delete(k)
    }
    this.boilerplate = []
    for (const dead of this.killed) {
      for (const k of dead.postedPhrases) {
        const entry = this.phrasePostings.get(k)
        if (entry === undefined || entry === null) continue
        if (!Array.isArray(entry)) {
          if (!entry.alive) this.phrasePostings.delete(k)
          continue
        }
        const kept = entry.filter((s) => s.alive)
        if (kept.length === 0) this.phrasePostings.delete(k)
        else if (kept.length !== entry.length) this.phrasePostings.set(k, kept)
      }
      for (const k of dead.postedTerms) {
        const list = this.postings[k]
        if (!list) continue
        const kept = list.filter((s) => s.alive)
        this.postings[k] = kept.length > 0 ? kept : undefined
      }
      for (const k of dead.postedQuotes) dropDead(this.quotePostings, k)
      for (const l of dead.postedLinks) dropDead(this.linkPostings, l)
      dead.postedPhrases = []
      dead.postedTerms = []
      dead.postedQuotes = []
      dead.postedLinks = []
    }
    this.killed = []
  }

  /**
   * Whether an entry whose other entities are `context` can be about `person`: it names too few
   * to tell (fewer than {@link MIN_CONTEXT}), or one of them was named beside the person in full
   * within the window.
   */
  private fitsContext(person: string, context: readonly string[]): boolean {
    let others = 0
    for (const k of context) if (k !== person) others++
    if (others < MIN_CONTEXT) return true
    const seen = this.companions.counts(person)
    for (const k of context) if (seen.has(k)) return true
    return false
  }

  private learnEntities(f: EntryFeatures, at: number): void {
    for (const e of f.entities) this.entityNames.set(e.key, e.name)
    for (const n of f.names) this.entityNames.set(n.key, n.name)
    this.tallyEntities(f.entities, f.aliases, at, 1)
  }

  /** Undo {@link learnEntities} for a member an editor takes out (display names stay known). */
  private forgetEntities(m: Member): void {
    this.tallyEntities(m.entityList, m.aliases, m.learnedAt, -1)
  }

  /**
   * Count one entry's names in full into the registry (or, with `by` -1, take them back): each
   * person's surname, first name and companions (the entry's most mentioned other entities), and
   * the acronym pairs. Names the registry itself resolved (`inferred`) teach nothing.
   */
  private tallyEntities(
    entities: readonly Entity[],
    aliases: readonly [string, string][],
    at: number,
    by: number,
  ): void {
    for (const e of entities) {
      const surname = surnameOf(e)
      if (surname === null || e.inferred) continue
      this.surnames.add(surname, e.key, at, by)
      const first = firstNameOf(e)
      if (first !== null) this.firstNames.add(first, e.key, at, by)
      let n = 0
      for (const c of entities) {
        if (n === COMPANIONS) break
        if (c.key === e.key || c.inferred) continue
        this.companions.add(e.key, c.key, at, by)
        n++
      }
    }
    for (const [from, to] of aliases) this.orgAliases.add(from, to, at, by)
  }
}

/** Entities that must name none of a person's companions before a bare surname is refused. */
const MIN_CONTEXT = 2
/** A person's companions are the entry's most mentioned entities besides them. */
const COMPANIONS = 6

/** An array by term id holding one vector's weights (zero elsewhere) while it is compared. */
class DenseScratch {
  private values = new Float64Array(1024)

  /**
   * `run(q)` with q's weights scattered here and `q.dense` set (each cosine with q is then one pass
   * over the other side, see dot); cleared again after. Not reentrant. `terms`: the vocabulary size.
   */
  scatter<T>(q: QueryVector, terms: number, run: (q: QueryVector) => T): T {
    if (this.values.length < terms) {
      this.values = new Float64Array(Math.max(terms, this.values.length * 2))
    }
    const dense = this.values
    for (let k = 0; k < q.ids.length; k++) dense[q.ids[k] as number] = q.w2[k] as number
    q.dense = dense
    try {
      return run(q)
    } finally {
      q.dense = null
      for (let k = 0; k < q.ids.length; k++) dense[q.ids[k] as number] = 0
    }
  }
}

/** Drop dead stories from the list posted under `key`, and the key when none is left. */
function dropDead<K>(map: Map<K, Story[]>, key: K): void {
  const list = map.get(key)
  if (!list) return
  const kept = list.filter((s) => s.alive)
  if (kept.length === 0) map.delete(key)
  else if (kept.length !== list.length) map.set(key, kept)
}

/** The surname a person's full name teaches the registry (lower case), or null. */
function surnameOf(e: Entity): string | null {
  if (e.kind !== 'person') return null
  const words = e.name.split(/\s+/)
  return words.length < 2 ? null : (words[words.length - 1] ?? '').toLowerCase()
}

/** The first name of a person's full name (lower case), or null (none, or an initial). */
function firstNameOf(e: Entity): string | null {
  const first = e.name.split(/\s+/, 1)[0] ?? ''
  return first.replace(/\./g, '').length < 2 ? null : first.toLowerCase()
}

/** The three ranked candidates from `from` on, scores rounded (a decision's alternatives). */
function alternativesOf(
  ranked: readonly Decision['alternatives'][number][],
  from: number,
): Decision['alternatives'] {
  return ranked.slice(from, from + 3).map((r) => ({ ...r, score: round3(r.score) }))
}

/**
 * The `limit` stories with the most votes, most first, ties to the older story (the order of a
 * full sort by votes, then story number, without sorting every story that got a vote).
 */
function topVoted(stories: readonly Story[], limit: number): Story[] {
  const best: Story[] = []
  if (limit <= 0) return best
  for (const s of stories) {
    let i = best.length
    if (i === limit) {
      const last = best[limit - 1] as Story
      if (s.votes < last.votes || (s.votes === last.votes && s.num > last.num)) continue
      i--
    }
    for (; i > 0; i--) {
      const prev = best[i - 1] as Story
      if (s.votes < prev.votes || (s.votes === prev.votes && s.num > prev.num)) break
      best[i] = prev
    }
    best[i] = s
  }
  return best
}

/** The latest year an entry is dated by, and the latest it mentions anywhere (0 for none). */
function yearsOf(f: EntryFeatures): { dated: number; latestYear: number } {
  let dated = 0
  for (const y of f.years) dated = Math.max(dated, Number(y))
  let latestYear = dated
  for (const [t] of f.terms) if (isYearTerm(t)) latestYear = Math.max(latestYear, Number(t))
  return { dated, latestYear }
}

/** The year most members of a story are dated by (the later on a tie), 0 for none. */
function storyDated(s: Story): number {
  return datedBy(s.datedCount)
}

/** The most frequent year of year -> count (the later on a tie), 0 for none. */
function datedBy(counts: ReadonlyMap<number, number>): number {
  let best = 0
  let count = 0
  for (const [y, c] of counts) {
    if (c > count || (c === count && y > best)) {
      best = y
      count = c
    }
  }
  return best
}

/** Years apart by this much or less are no evidence of two events (a story runs into January). */
const YEAR_TOLERANCE = 1

/**
 * Two sides a and b of a comparison that cannot be one event, in words: one is dated after
 * every year the other mentions (with a year of tolerance), or null.
 */
function yearConflict(
  aDated: number,
  aLatest: number,
  bDated: number,
  bLatest: number,
): string | null {
  if (aDated === 0 || bDated === 0) return null
  if (aDated > bLatest + YEAR_TOLERANCE) {
    return `dated ${aDated}, the story mentions nothing after ${bLatest}`
  }
  if (bDated > aLatest + YEAR_TOLERANCE) {
    return `mentions nothing after ${aLatest}, the story is dated ${bDated}`
  }
  return null
}

const MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')

/** An amount's order of magnitude in words (see tokenize's amount terms). */
const MAGNITUDES = ['1', '10', '100']
const SCALE_NAMES = ['million', 'billion', 'trillion']

/** "date:12-15" as "Dec 15", "amount:7" as "tens of millions"; other numbers as they are. */
function displayNumber(term: string): string {
  const a = /^amount:(\d+)(h?)$/.exec(term)
  if (a) {
    const e = Number(a[1])
    if (e < 6) return 'under a million'
    const scale = SCALE_NAMES[Math.floor(e / 3) - 2]
    if (scale === undefined) return term
    if (a[2] === 'h') return `about ${MAGNITUDES[e % 3]} ${scale}`
    return `${['', 'tens of ', 'hundreds of '][e % 3]}${scale}${e % 3 === 0 ? 's' : ''}`
  }
  const m = /^date:(\d\d)-(\d\d)$/.exec(term)
  if (!m) return term
  return `${MONTH_NAMES[Number(m[1]) - 1] ?? m[1]} ${Number(m[2])}`
}
