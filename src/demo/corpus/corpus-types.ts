/**
 * @module corpus-types
 * Authoring shapes for the demo corpus: what a writer fills in. `demo-corpus.ts` derives guids,
 * links, summaries and HTML from these, so the prose files stay plain data.
 */

/** One entry as written: a report, an analysis, a brief. */
export interface Piece {
  /** `publisher-slug/feed-slug`, a key of `feeds.ts`. */
  readonly feed: string
  /** Hours before `now` the entry was published (0-72). */
  readonly h: number
  readonly title: string
  /** Article slug, unique per publisher; derived from the title when absent. */
  readonly slug?: string
  readonly by?: string | readonly string[]
  readonly tags?: readonly string[]
  /** Alt text of the hero image; the entry has no image when absent. */
  readonly img?: string
  /** Standfirst used as the summary and the teaser; the body's first sentences when absent. */
  readonly lede?: string
  /**
   * Paragraphs separated by blank lines. A paragraph starting with `## ` is a subhead, one starting
   * with `> ` a pull quote.
   */
  readonly body: string
  /** Hours before `now` of the last revision, for entries updated after publication. */
  readonly updatedH?: number
}

/**
 * Another feed carrying a piece: a wire copy republished nearly verbatim (`kind: 'copy'`, its own
 * link and guid), or the same article listed again by a second feed of the same publisher under an
 * edited headline (`kind: 'republish'`, same link and guid).
 */
export interface CopySpec {
  readonly kind?: 'copy' | 'republish'
  /** Slug of the original piece in the same source file. */
  readonly of: string
  readonly feed: string
  readonly h: number
  readonly title?: string
  readonly slug?: string
  readonly by?: string | readonly string[]
  readonly tags?: readonly string[]
  /** Small textual edits applied to the original body and summary, in order. */
  readonly edits?: readonly (readonly [string, string])[]
  /** How many closing paragraphs the republisher cut. */
  readonly dropLast?: number
  /** Keep the original's image (default true for copies). */
  readonly hasImage?: boolean
}

/** One news event (or one wire story), with the coverage each publisher wrote for it. */
export interface EventSource {
  readonly key: string
  readonly label: string
  /** `event`: several publishers in their own words; `wire`: one agency text and its copies. */
  readonly kind: 'event' | 'wire'
  readonly pieces: readonly Piece[]
  readonly copies?: readonly CopySpec[]
}
