/**
 * @module feeds
 * The demo feeds: every syndication format the product must read, with the quirks real publishers
 * have (teaser-only feeds, tracking parameters, relative links, non-URL guids, `text/xml`).
 */

/** `rss2` RSS 2.0, `rdf` RSS 1.0, `atom` Atom 1.0, `atom03` Atom 0.3, `json` JSON Feed 1.1. */
export type FeedFormat = 'rss2' | 'rdf' | 'atom' | 'atom03' | 'json'

/**
 * How entry ids look in the feed. All are independent of the server origin, so tests can name
 * entries before a server exists.
 * - `wordpress`: `https://www.host.example/?p=48213`
 * - `numeric`: `418223`
 * - `tag`: `tag:host.example,2024:article-418223`
 * - `canonical`: the article's URL on the publisher's nominal homepage
 * - `uuid`: `urn:uuid:…` derived from the slug
 * - `wire`: `cpa-en-418223`
 */
export type GuidStyle = 'wordpress' | 'numeric' | 'tag' | 'canonical' | 'uuid' | 'wire'

/** Topic folder of the OPML export. */
export type FeedTopic = 'world' | 'politics' | 'business' | 'tech-science' | 'sport' | 'wire'

export interface FeedSource {
  readonly publisherSlug: string
  readonly slug: string
  readonly title: string
  readonly description: string
  readonly format: FeedFormat
  readonly language: string
  /** Full text in the feed; otherwise teasers, with the text on the article page. */
  readonly isFullText: boolean
  readonly guidStyle: GuidStyle
  readonly topic: FeedTopic
  /** Section name shown on article pages of this feed's entries. */
  readonly section: string
  /** Query string appended to entry links (tracking parameters). */
  readonly linkQuery?: string
  readonly ttlMinutes?: number
  readonly updatePeriod?: 'hourly' | 'daily'
  readonly updateFrequency?: number
  /** Overrides the format's usual Content-Type. */
  readonly contentType?: string
  /** UTC offset used in RFC 822 dates (RSS only); GMT when absent. */
  readonly utcOffsetMinutes?: number
}

export const feeds: readonly FeedSource[] = [
  {
    publisherSlug: 'northbridge-herald',
    slug: 'world',
    title: 'The Northbridge Herald | World news',
    description: 'World news, analysis and comment from The Northbridge Herald.',
    format: 'rss2',
    language: 'en-gb',
    isFullText: true,
    guidStyle: 'wordpress',
    topic: 'world',
    section: 'World',
    updatePeriod: 'hourly',
    updateFrequency: 2,
  },
  {
    publisherSlug: 'northbridge-herald',
    slug: 'business',
    title: 'The Northbridge Herald | Business',
    description: 'Markets, companies and the economy.',
    format: 'rss2',
    language: 'en-gb',
    isFullText: false,
    guidStyle: 'wordpress',
    topic: 'business',
    section: 'Business',
    ttlMinutes: 30,
  },
  {
    publisherSlug: 'meridian-europe',
    slug: 'europe',
    title: 'Meridian Europe',
    description: 'Latest stories from Meridian Europe.',
    format: 'atom',
    language: 'en',
    isFullText: true,
    guidStyle: 'tag',
    topic: 'world',
    section: 'Europe',
  },
  {
    publisherSlug: 'capitol-ledger',
    slug: 'politics',
    title: 'The Capitol Ledger — Politics',
    description: 'The latest from the White House, Congress and the campaign trail.',
    format: 'rss2',
    language: 'en-us',
    isFullText: false,
    guidStyle: 'numeric',
    topic: 'politics',
    section: 'White House',
    linkQuery: 'utm_source=rss&utm_medium=feed&utm_campaign=politics',
    ttlMinutes: 15,
    utcOffsetMinutes: -300,
  },
  {
    publisherSlug: 'capitol-ledger',
    slug: 'world',
    title: 'The Capitol Ledger — World',
    description: 'America and the world: diplomacy, defense and trade.',
    format: 'rss2',
    language: 'en-us',
    isFullText: false,
    guidStyle: 'numeric',
    topic: 'world',
    section: 'World',
    linkQuery: 'utm_source=rss&utm_medium=feed&utm_campaign=world',
    ttlMinutes: 15,
    utcOffsetMinutes: -300,
  },
  {
    publisherSlug: 'lakeshore-tribune',
    slug: 'news',
    title: 'Lakeshore Tribune: Top News',
    description: 'Top stories from Chicago, the nation and the world.',
    format: 'json',
    language: 'en-US',
    isFullText: true,
    guidStyle: 'canonical',
    topic: 'world',
    section: 'Nation',
  },
  {
    publisherSlug: 'lakeshore-tribune',
    slug: 'sports',
    title: 'Lakeshore Tribune: Sports',
    description: 'Bears, Bulls, Cubs, Sox, Hawks, Fire and more.',
    format: 'json',
    language: 'en-US',
    isFullText: false,
    guidStyle: 'canonical',
    topic: 'sport',
    section: 'Sports',
  },
  {
    publisherSlug: 'continental-press',
    slug: 'wire',
    title: 'CPA — Top News (English service)',
    description: 'Continental Press Agency English-language wire.',
    format: 'rss2',
    language: 'en',
    isFullText: true,
    guidStyle: 'wire',
    topic: 'wire',
    section: 'World',
    ttlMinutes: 5,
  },
  {
    publisherSlug: 'rheinland-courier',
    slug: 'english',
    title: 'Rheinland Courier — International Edition',
    description: 'News from Germany and Europe, in English.',
    format: 'rdf',
    language: 'en',
    isFullText: false,
    guidStyle: 'canonical',
    topic: 'world',
    section: 'Europa',
    updatePeriod: 'hourly',
    updateFrequency: 1,
  },
  {
    publisherSlug: 'rheinland-courier',
    slug: 'nachrichten',
    title: 'Rheinland Courier — Nachrichten',
    description: 'Die wichtigsten Nachrichten aus Köln, NRW und der Welt.',
    format: 'rss2',
    language: 'de-de',
    isFullText: false,
    guidStyle: 'canonical',
    topic: 'world',
    section: 'Deutschland',
    contentType: 'text/xml; charset=utf-8',
    utcOffsetMinutes: 60,
  },
  {
    publisherSlug: 'liffey-times',
    slug: 'news',
    title: 'The Liffey Times - News',
    description: 'Ireland, world, business and sport.',
    format: 'rss2',
    language: 'en-ie',
    isFullText: true,
    guidStyle: 'canonical',
    topic: 'world',
    section: 'Ireland',
  },
  {
    publisherSlug: 'dominion-observer',
    slug: 'news',
    title: 'The Dominion Observer',
    description: 'Top Canadian news.',
    format: 'json',
    language: 'en-CA',
    isFullText: false,
    guidStyle: 'uuid',
    topic: 'world',
    section: 'Canada',
  },
  {
    publisherSlug: 'southern-cross-review',
    slug: 'news',
    title: 'Southern Cross Review: Latest',
    description: 'The latest from Southern Cross Review.',
    format: 'rss2',
    language: 'en-au',
    isFullText: false,
    guidStyle: 'numeric',
    topic: 'world',
    section: 'Australia',
    linkQuery: 'cmp=rss&utm_source=feed',
    utcOffsetMinutes: 600,
  },
  {
    publisherSlug: 'indus-morning-post',
    slug: 'news',
    title: 'Indus Morning Post',
    description: 'Top headlines from Indus Morning Post.',
    format: 'rdf',
    language: 'en-IN',
    isFullText: true,
    guidStyle: 'canonical',
    topic: 'world',
    section: 'India',
    updatePeriod: 'hourly',
    updateFrequency: 4,
  },
  {
    publisherSlug: 'polder-post',
    slug: 'news',
    title: 'The Polder Post',
    description: 'Dutch news in English.',
    format: 'atom',
    language: 'en',
    isFullText: false,
    guidStyle: 'tag',
    topic: 'world',
    section: 'Netherlands',
  },
  {
    publisherSlug: 'stack-report',
    slug: 'tech',
    title: 'The Stack Report',
    description: 'Technology and science, explained.',
    format: 'atom',
    language: 'en-US',
    isFullText: true,
    guidStyle: 'tag',
    topic: 'tech-science',
    section: 'Tech',
  },
  {
    publisherSlug: 'sumida-times',
    slug: 'world',
    title: 'The Sumida Times: Japan & World',
    description: 'News from Japan, Asia and the world.',
    format: 'rss2',
    language: 'en',
    isFullText: false,
    guidStyle: 'canonical',
    topic: 'world',
    section: 'Japan',
    ttlMinutes: 60,
    utcOffsetMinutes: 540,
  },
  {
    publisherSlug: 'vistula-review',
    slug: 'news',
    title: 'Vistula Review',
    description: 'Poland and Central Europe in English.',
    format: 'rss2',
    language: 'en',
    isFullText: true,
    guidStyle: 'wordpress',
    topic: 'world',
    section: 'Poland',
  },
  {
    publisherSlug: 'petit-quai',
    slug: 'english',
    title: 'Le Petit Quai (English edition)',
    description: 'France and Europe, from Paris, in English.',
    format: 'atom03',
    language: 'en',
    isFullText: true,
    guidStyle: 'tag',
    topic: 'world',
    section: 'France',
  },
  {
    publisherSlug: 'petit-quai',
    slug: 'une',
    title: 'Le Petit Quai — À la une',
    description: "L'essentiel de l'actualité.",
    format: 'rss2',
    language: 'fr-fr',
    isFullText: false,
    guidStyle: 'numeric',
    topic: 'world',
    section: 'France',
    utcOffsetMinutes: 60,
  },
]
