/**
 * @module read-metadata
 * Reads an article's metadata from the places publishers put it, best source first: schema.org JSON-LD
 * (`NewsArticle` and friends), OpenGraph / `article:*` / Dublin Core / Parse.ly meta tags, microdata,
 * `<time datetime>` and `<html lang>`. Works on a parsed document and never changes it.
 */

export type PageMetadata = {
  title: string | null
  byline: string | null
  siteName: string | null
  /** ISO 8601, see {@link toIsoDate}. */
  published: string | null
  lang: string | null
  excerpt: string | null
  /** Plain-text `articleBody` from JSON-LD, when the publisher provides it. */
  articleBody: string | null
}

/** schema.org types that describe an article (as in Readability, plus a few more news types). */
const ARTICLE_TYPES =
  /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|Review|WebPage|ItemPage)$/

/** Meta keys (name/property/itemprop, lowercased) per field, best first. */
const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'headline'],
  byline: [
    'author',
    'article:author',
    'dc.creator',
    'dcterms.creator',
    'parsely-author',
    'sailthru.author',
    'byl',
  ],
  siteName: ['og:site_name', 'application-name', 'publisher'],
  published: [
    ...[
      'article:published_time',
      'og:published_time',
      'published_time',
      'datepublished',
      'parsely-pub-date',
    ],
    ...[
      'sailthru.date',
      'pubdate',
      'publishdate',
      'publish-date',
      'date',
      'dc.date',
      'dc.date.issued',
    ],
    ...['dcterms.created', 'dcterms.date', 'article.published', 'cxenseparse:recs:publishtime'],
  ],
  excerpt: [
    'og:description',
    'twitter:description',
    'description',
    'dc.description',
    'dcterms.description',
  ],
} as const

type JsonObject = Record<string, unknown>

/** Reads all metadata from `document`. */
export function readMetadata(document: Document): PageMetadata {
  const ld = findJsonLdArticle(document)
  const meta = readMetaTags(document)
  const fromMeta = (keys: readonly string[], accept = (_value: string) => true): string | null => {
    for (const key of keys) {
      const value = meta.get(key)
      if (value !== undefined && accept(value)) return value
    }
    return null
  }
  return {
    title:
      text(ld?.headline) ?? text(ld?.name) ?? fromMeta(META_KEYS.title) ?? documentTitle(document),
    byline:
      (ld && names(ld.author ?? ld.creator)) ??
      fromMeta(META_KEYS.byline, (value) => !isUrl(value)),
    siteName:
      fromMeta(['og:site_name']) ?? (ld && names(ld.publisher)) ?? fromMeta(META_KEYS.siteName),
    published: toIsoDate(
      text(ld?.datePublished) ?? fromMeta(META_KEYS.published) ?? timeElementDate(document),
    ),
    lang: documentLang(document) ?? text(ld?.inLanguage),
    excerpt: text(ld?.description) ?? fromMeta(META_KEYS.excerpt),
    articleBody:
      typeof ld?.articleBody === 'string' && ld.articleBody.trim() !== ''
        ? ld.articleBody.trim()
        : null,
  }
}

/** The first schema.org article object in the page's JSON-LD blocks (arrays and `@graph` flattened). */
function findJsonLdArticle(document: Document): JsonObject | null {
  for (const script of document.querySelectorAll('script[type]')) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue
    const source = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')
    let parsed: unknown
    try {
      parsed = JSON.parse(source)
    } catch {
      continue // Broken JSON-LD is common; the meta tags still apply.
    }
    const found = flattenJsonLd(parsed).find((node) =>
      typesOf(node).some((type) => ARTICLE_TYPES.test(type)),
    )
    if (found !== undefined) return found
  }
  return null
}

function flattenJsonLd(value: unknown, depth = 0): JsonObject[] {
  if (depth > 4) return []
  if (Array.isArray(value)) return value.flatMap((item) => flattenJsonLd(item, depth + 1))
  if (!isObject(value)) return []
  const graph = value['@graph']
  return [value, ...flattenJsonLd(graph, depth + 1)]
}

/** `@type` values without a schema.org prefix; pages (WebPage) rank after articles. */
function typesOf(node: JsonObject): string[] {
  const raw = node['@type']
  const list = Array.isArray(raw) ? raw : [raw]
  return list
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(https?:\/\/)?schema\.org\//, ''))
    .filter((type) => !/^(WebPage|ItemPage)$/.test(type) || typeof node.articleBody === 'string')
}

/** Author/publisher names: a string, `{name}`, or a list of either. */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) => (isObject(item) ? text(item.name) : text(item)))
    .filter((name): name is string => name !== null && !isUrl(name))
  const unique = [...new Set(list)]
  return unique.length === 0 ? null : unique.join(', ')
}

function readMetaTags(document: Document): Map<string, string> {
  const values = new Map<string, string>()
  for (const element of document.querySelectorAll('meta')) {
    const content = text(element.getAttribute('content'))
    if (content === null) continue
    const keys = [
      element.getAttribute('property'),
      element.getAttribute('name'),
      element.getAttribute('itemprop'),
    ]
    for (const key of keys.flatMap((value) => (value ?? '').toLowerCase().split(/\s+/))) {
      if (key !== '' && !values.has(key)) values.set(key, content)
    }
  }
  return values
}

function documentTitle(document: Document): string | null {
  return text(document.querySelector('title')?.textContent)
}

/** A publication time in the markup: `itemprop=datePublished`, `<time pubdate>`, else the first `<time>` in an article. */
function timeElementDate(document: Document): string | null {
  const selectors = [
    '[itemprop~="datePublished"]',
    'time[pubdate]',
    'article time[datetime]',
    'time[datetime]',
  ]
  for (const selector of selectors) {
    const element = document.querySelector(selector)
    const value = text(element?.getAttribute('datetime')) ?? text(element?.getAttribute('content'))
    if (value !== null) return value
  }
  return null
}

function documentLang(document: Document): string | null {
  const html = document.documentElement as Element | null
  const lang = text(html?.getAttribute('lang')) ?? text(html?.getAttribute('xml:lang'))
  if (lang !== null) return lang
  const httpEquiv = [...document.querySelectorAll('meta[http-equiv]')].find(
    (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-language',
  )
  const fromHeader = text(httpEquiv?.getAttribute('content')?.split(',')[0])
  if (fromHeader !== null) return fromHeader
  const locale = text(document.querySelector('meta[property="og:locale"]')?.getAttribute('content'))
  return locale === null ? null : locale.replace('_', '-')
}

const ISO_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i
const HAS_ZONE = /(?:\b(?:GMT|UTC|Z|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}\s*$)/

/**
 * Normalises a date found in a page to ISO 8601. With a time zone the result is UTC
 * (`2016-12-22T18:43:37.000Z`); an ISO date-time without one stays local (`2019-04-28T06:01:07`);
 * a bare date stays a date. Anything unreadable gives null. Never depends on the machine's time zone.
 */
export function toIsoDate(value: string | null): string | null {
  if (value === null) return null
  const trimmed = value.trim()
  const iso = ISO_DATE.exec(trimmed)
  if (iso !== null) {
    const [, date, time, zone] = iso
    if (time === undefined) return date ?? null
    const seconds = time.length === 5 ? `${time}:00` : time.replace(',', '.')
    if (zone === undefined) return `${date}T${seconds}`
    const offset =
      zone.toUpperCase() === 'Z'
        ? 'Z'
        : zone.length === 3
          ? `${zone}:00`
          : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
    return utcIso(`${date}T${seconds}${offset}`)
  }
  // Other formats (RFC 2822, "December 22, 2016 10:43 AM EST"): only with an explicit zone.
  return HAS_ZONE.test(trimmed) ? utcIso(trimmed) : null
}

function utcIso(value: string): string | null {
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const collapsed = value.replace(/\s+/g, ' ').trim()
  return collapsed === '' ? null : collapsed
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value)
}
