/**
 * @module demo-corpus
 * The bundled demo corpus as typed data: publishers, feeds and about 300 entries over three days,
 * with the events (and wire copies) they belong to. Built once from the prose modules in `corpus/`;
 * dates are relative (`hoursAgo`), so renderers place them against a `now` given at start-up.
 *
 * @example
 * import { demoCorpus, DEMO_EVENTS } from './demo-corpus.js'
 * const centrepiece = DEMO_EVENTS['nato-rutte-white-house']
 */
import { fnv1a32 } from '../lib/hash.js'
import type { CopySpec, EventSource, Piece } from './corpus/corpus-types.js'
import { eventSources } from './corpus/events/index.js'
import type { FeedFormat, FeedSource, FeedTopic, GuidStyle } from './corpus/feeds.js'
import { feeds as feedSources } from './corpus/feeds.js'
import type { PublisherSource } from './corpus/publishers.js'
import { publishers as publisherSources } from './corpus/publishers.js'
import { standalonePieces } from './corpus/standalone/index.js'

export type { FeedFormat, FeedTopic, GuidStyle }

export interface DemoPublisher extends PublisherSource {
  /** Server path of the publisher's square SVG icon. */
  readonly iconPath: string
}

export interface DemoFeed extends FeedSource {
  /** `publisher-slug/feed-slug`. */
  readonly key: string
  readonly publisher: DemoPublisher
  /** Server path, e.g. `/northbridge-herald/world.xml`. */
  readonly path: string
}

export interface DemoImage {
  /** Server path of the SVG. */
  readonly path: string
  readonly width: number
  readonly height: number
  readonly alt: string
}

export interface DemoEntry {
  /** `feed-key#slug`, unique in the corpus. */
  readonly id: string
  /** The id as it appears in the feed (guid, Atom id, JSON Feed id, RDF rdf:about). */
  readonly guid: string
  readonly feedKey: string
  readonly publisherSlug: string
  readonly slug: string
  /** Server path of the article page, without tracking parameters. */
  readonly linkPath: string
  /** Tracking parameters the feed appends to the link. */
  readonly linkQuery?: string
  readonly hoursAgo: number
  readonly updatedHoursAgo?: number
  readonly title: string
  readonly authors: readonly string[]
  readonly categories: readonly string[]
  /** Plain-text summary (standfirst or first sentences). */
  readonly summary: string
  /** The full article body as HTML; shown on the article page. */
  readonly bodyHtml: string
  /** Full text carried by the feed, for full-text feeds. */
  readonly contentHtml?: string
  /** Plain-text teaser carried by the feed, for teaser feeds. */
  readonly teaser?: string
  readonly image?: DemoImage
  readonly language: string
  readonly wordCount: number
  readonly eventKey?: string
  /** Link path of the wire text this entry copies. */
  readonly copyOf?: string
  /** Link path of the same article listed in another feed under another headline. */
  readonly republishOf?: string
}

export interface DemoCorpus {
  readonly publishers: readonly DemoPublisher[]
  readonly feeds: readonly DemoFeed[]
  readonly entries: readonly DemoEntry[]
}

export interface DemoEventEntryRef {
  readonly feedKey: string
  readonly guid: string
  readonly linkPath: string
  readonly publisherSlug: string
  readonly title: string
  readonly isCopy: boolean
}

export interface DemoEvent {
  readonly key: string
  readonly label: string
  readonly kind: 'event' | 'wire'
  /** Feed ids of every entry that reports the event, copies included. */
  readonly guids: readonly string[]
  readonly entries: readonly DemoEventEntryRef[]
  readonly publisherSlugs: readonly string[]
  /** Link paths of a wire text followed by those of its copies. */
  readonly copyGroups: readonly (readonly string[])[]
}

/** The NATO Secretary-General's White House visit. */
export const DEMO_CENTREPIECE_EVENT = 'nato-rutte-white-house'

/** Same-week events sharing the centrepiece's vocabulary that must stay separate stories. */
export const DEMO_CONFUSABLE_EVENTS: readonly string[] = [
  'nato-ministers-air-defence',
  'japan-pm-white-house',
  'germany-defence-budget',
]

const IMAGE_WIDTH = 1200
const IMAGE_HEIGHT = 675

export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
  return words.slice(0, 10).join('-')
}

export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0)
}

function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => {
      if (p.startsWith('## ')) return `<h2>${escapeHtmlText(p.slice(3))}</h2>`
      if (p.startsWith('> ')) return `<blockquote><p>${escapeHtmlText(p.slice(2))}</p></blockquote>`
      return `<p>${escapeHtmlText(p)}</p>`
    })
    .join('\n')
}

const ABBREVIATION_END = /(?:\b[A-Z]\.|\b(?:Sen|Gov|Rep|Dr|Mr|Mrs|Ms|St|No|Ont|Op|Jr|Gen|Lt)\.)$/

function firstSentences(paragraphs: readonly string[], maxChars = 320): string {
  const first = paragraphs.find((p) => !p.startsWith('## ') && !p.startsWith('> ')) ?? ''
  const sentences: string[] = []
  for (const part of first.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z0-9ÀÉÈÄÖÜ])/)) {
    const previous = sentences.at(-1)
    // "U.S." or "Sen." ends an abbreviation, not a sentence.
    if (previous !== undefined && ABBREVIATION_END.test(previous)) {
      sentences[sentences.length - 1] = `${previous} ${part}`
    } else {
      sentences.push(part)
    }
  }
  let summary = ''
  for (const sentence of sentences) {
    if (summary && (summary + ' ' + sentence).length > maxChars) break
    summary = summary ? `${summary} ${sentence}` : sentence
    if (summary.length > maxChars / 2) break
  }
  return summary
}

function wordCountOf(paragraphs: readonly string[]): number {
  return paragraphs.join(' ').split(/\s+/).filter(Boolean).length
}

function hostOf(homepage: string): string {
  return new URL(homepage).hostname.replace(/^www\./, '')
}

function uuidFrom(text: string): string {
  const hex = [0, 1, 2, 3]
    .map((i) => fnv1a32(`${i}:${text}`).toString(16).padStart(8, '0'))
    .join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

function guidFor(
  style: GuidStyle,
  publisher: PublisherSource,
  feed: FeedSource,
  slug: string,
): string {
  const n = 100000 + (fnv1a32(`${publisher.slug}/${slug}`) % 900000)
  switch (style) {
    case 'wordpress':
      return `${publisher.homepage}?p=${n}`
    case 'numeric':
      return String(n)
    case 'tag':
      return `tag:${hostOf(publisher.homepage)},2024:article-${n}`
    case 'canonical':
      return `${publisher.homepage}${slugify(feed.section)}/${slug}`
    case 'uuid':
      return `urn:uuid:${uuidFrom(`${publisher.slug}/${slug}`)}`
    case 'wire':
      return `cpa-en-${n}`
  }
}

function authorsOf(by: string | readonly string[] | undefined): readonly string[] {
  if (by === undefined) return []
  return typeof by === 'string' ? [by] : by
}

function applyEdits(text: string, edits: CopySpec['edits']): string {
  let edited = text
  for (const [from, to] of edits ?? []) edited = edited.split(from).join(to)
  return edited
}

interface Placed {
  readonly piece: Piece
  readonly eventKey?: string
  readonly copyOf?: Piece
  readonly republishOf?: Piece
}

function copyToPiece(spec: CopySpec, original: Piece): Piece {
  const paragraphs = paragraphsOf(original.body)
  const kept = paragraphs.slice(0, paragraphs.length - (spec.dropLast ?? 0))
  const title = spec.title ?? original.title
  return {
    feed: spec.feed,
    h: spec.h,
    title,
    slug:
      spec.kind === 'republish'
        ? (original.slug ?? slugify(original.title))
        : (spec.slug ?? slugify(title)),
    by: spec.by ?? original.by,
    tags: spec.tags ?? original.tags,
    img: spec.hasImage === false ? undefined : original.img,
    lede: original.lede === undefined ? undefined : applyEdits(original.lede, spec.edits),
    body: applyEdits(kept.join('\n\n'), spec.edits),
  }
}

function placeEvent(source: EventSource): Placed[] {
  const placed: Placed[] = source.pieces.map((piece) => ({ piece, eventKey: source.key }))
  for (const spec of source.copies ?? []) {
    const original = source.pieces.find((p) => (p.slug ?? slugify(p.title)) === spec.of)
    if (!original) throw new Error(`demo-corpus: ${source.key} copies unknown piece ${spec.of}`)
    const piece = copyToPiece(spec, original)
    placed.push(
      spec.kind === 'republish'
        ? { piece, eventKey: source.key, republishOf: original }
        : { piece, eventKey: source.key, copyOf: original },
    )
  }
  return placed
}

function buildCorpus(): { corpus: DemoCorpus; events: Record<string, DemoEvent> } {
  const publishers: DemoPublisher[] = publisherSources.map((p) => ({
    ...p,
    iconPath: `/icons/${p.slug}.svg`,
  }))
  const publisherBySlug = new Map(publishers.map((p) => [p.slug, p]))
  const feeds: DemoFeed[] = feedSources.map((f) => {
    const publisher = publisherBySlug.get(f.publisherSlug)
    if (!publisher) {
      throw new Error(`demo-corpus: feed ${f.slug} has unknown publisher ${f.publisherSlug}`)
    }
    return {
      ...f,
      key: `${f.publisherSlug}/${f.slug}`,
      publisher,
      path: `/${f.publisherSlug}/${f.slug}.${f.format === 'json' ? 'json' : 'xml'}`,
    }
  })
  const feedByKey = new Map(feeds.map((f) => [f.key, f]))

  const placed: Placed[] = [
    ...eventSources.flatMap(placeEvent),
    ...standalonePieces.map((piece) => ({ piece })),
  ]

  const linkPathOf = (piece: Piece): string => {
    const publisherSlug = piece.feed.split('/')[0] ?? ''
    return `/${publisherSlug}/articles/${piece.slug ?? slugify(piece.title)}`
  }

  const guidByLinkPath = new Map<string, string>()
  const entries: DemoEntry[] = placed.map(({ piece, eventKey, copyOf, republishOf }) => {
    const feed = feedByKey.get(piece.feed)
    if (!feed) throw new Error(`demo-corpus: unknown feed ${piece.feed} for "${piece.title}"`)
    const publisher = feed.publisher
    const slug = piece.slug ?? slugify(piece.title)
    const linkPath = linkPathOf(piece)
    const paragraphs = paragraphsOf(piece.body)
    const bodyHtml = paragraphsToHtml(paragraphs)
    const summary = piece.lede ?? firstSentences(paragraphs)
    const guid =
      (republishOf && guidByLinkPath.get(linkPathOf(republishOf))) ??
      guidFor(feed.guidStyle, publisher, feed, slug)
    if (!republishOf) guidByLinkPath.set(linkPath, guid)
    return {
      id: `${feed.key}#${slug}`,
      guid,
      feedKey: feed.key,
      publisherSlug: publisher.slug,
      slug,
      linkPath,
      ...(feed.linkQuery ? { linkQuery: feed.linkQuery } : {}),
      hoursAgo: piece.h,
      ...(piece.updatedH !== undefined ? { updatedHoursAgo: piece.updatedH } : {}),
      title: piece.title,
      authors: authorsOf(piece.by),
      categories: piece.tags ?? [],
      summary,
      bodyHtml,
      ...(feed.isFullText ? { contentHtml: bodyHtml } : { teaser: summary }),
      ...(piece.img
        ? {
            image: {
              path: `/${publisher.slug}/images/${slug}.svg`,
              width: IMAGE_WIDTH,
              height: IMAGE_HEIGHT,
              alt: piece.img,
            },
          }
        : {}),
      language: feed.language.split('-')[0] ?? feed.language,
      wordCount: wordCountOf(paragraphs),
      ...(eventKey ? { eventKey } : {}),
      ...(copyOf ? { copyOf: linkPathOf(copyOf) } : {}),
      ...(republishOf ? { republishOf: linkPathOf(republishOf) } : {}),
    }
  })

  const events: Record<string, DemoEvent> = {}
  for (const source of eventSources) {
    const members = entries.filter((e) => e.eventKey === source.key)
    const originals = [...new Set(members.flatMap((e) => (e.copyOf ? [e.copyOf] : [])))]
    events[source.key] = {
      key: source.key,
      label: source.label,
      kind: source.kind,
      guids: [...new Set(members.map((e) => e.guid))],
      entries: members.map((e) => ({
        feedKey: e.feedKey,
        guid: e.guid,
        linkPath: e.linkPath,
        publisherSlug: e.publisherSlug,
        title: e.title,
        isCopy: e.copyOf !== undefined,
      })),
      publisherSlugs: [...new Set(members.map((e) => e.publisherSlug))],
      copyGroups: originals.map((original) => [
        original,
        ...members.filter((e) => e.copyOf === original).map((e) => e.linkPath),
      ]),
    }
  }
  return { corpus: { publishers, feeds, entries }, events }
}

const built = buildCorpus()

/** Publishers, feeds and entries of the demo. */
export const demoCorpus: DemoCorpus = built.corpus

/** Event key → the entries reporting it, so clustering tests can check the stories formed. */
export const DEMO_EVENTS: Readonly<Record<string, DemoEvent>> = built.events

/** Publication instant of an entry: `hoursAgo` before `now`, minus a few stable minutes. */
export function publishedAt(entry: Pick<DemoEntry, 'hoursAgo' | 'slug'>, now: Date): Date {
  const jitterMinutes = fnv1a32(entry.slug) % 37
  const ms = now.getTime() - entry.hoursAgo * 3_600_000 - jitterMinutes * 60_000
  return new Date(Math.floor(ms / 60_000) * 60_000)
}

/** Last revision instant; the publication instant when the entry was never updated. */
export function updatedAt(
  entry: Pick<DemoEntry, 'hoursAgo' | 'updatedHoursAgo' | 'slug'>,
  now: Date,
): Date {
  if (entry.updatedHoursAgo === undefined) return publishedAt(entry, now)
  const ms = now.getTime() - entry.updatedHoursAgo * 3_600_000
  return new Date(Math.floor(ms / 60_000) * 60_000)
}
