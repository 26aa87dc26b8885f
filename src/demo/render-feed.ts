/**
 * @module render-feed
 * Renders one demo feed as RSS 2.0, RSS 1.0 (RDF), Atom 1.0, Atom 0.3 or JSON Feed 1.1, with
 * dates placed relative to `now` and links pointing at the demo server. Pure: same input, same
 * bytes.
 *
 * @example
 * const { body, contentType } = renderFeed(feed, demoCorpus.entries, now, 'http://127.0.0.1:8123')
 */
import type { DemoEntry, DemoFeed } from './demo-corpus.js'
import { escapeHtmlText, publishedAt, updatedAt } from './demo-corpus.js'
import { cdata, escapeXml } from './escape-markup.js'

export interface RenderedFeed {
  readonly body: string
  readonly contentType: string
}

const GENERATOR = 'Broadsheet demo corpus'

const CONTENT_TYPES = {
  rss2: 'application/rss+xml; charset=utf-8',
  rdf: 'application/rdf+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  atom03: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** RFC 822 date as RSS wants it, in a fixed UTC offset (`GMT` when the offset is 0). */
export function rfc822(date: Date, utcOffsetMinutes = 0): string {
  if (utcOffsetMinutes === 0) return date.toUTCString()
  const local = new Date(date.getTime() + utcOffsetMinutes * 60_000)
  const pad = (n: number): string => String(n).padStart(2, '0')
  const sign = utcOffsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(utcOffsetMinutes)
  return (
    `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ` +
    `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`
  )
}

interface Urls {
  readonly base: string
  readonly home: string
  readonly self: string
  readonly icon: string
  article(entry: DemoEntry): string
  image(entry: DemoEntry): string | undefined
}

function urlsFor(feed: DemoFeed, baseUrl: string): Urls {
  const base = baseUrl.replace(/\/+$/, '')
  return {
    base,
    home: `${base}/${feed.publisherSlug}/`,
    self: `${base}${feed.path}`,
    icon: `${base}${feed.publisher.iconPath}`,
    article: (e) => `${base}${e.linkPath}${e.linkQuery ? `?${e.linkQuery}` : ''}`,
    image: (e) => (e.image ? `${base}${e.image.path}` : undefined),
  }
}

/** The hero figure prepended to full-text content; `src` as given (absolute or relative). */
function figureHtml(entry: DemoEntry, src: string): string {
  if (!entry.image) return ''
  const { width, height, alt } = entry.image
  return `<figure><img src="${escapeXml(src)}" width="${width}" height="${height}" alt="${escapeXml(alt)}" /><figcaption>${escapeHtmlText(alt)}</figcaption></figure>\n`
}

function feedEntries(feed: DemoFeed, entries: readonly DemoEntry[], now: Date): DemoEntry[] {
  return entries
    .filter((e) => e.feedKey === feed.key)
    .sort((a, b) => publishedAt(b, now).getTime() - publishedAt(a, now).getTime())
}

function lastUpdated(entries: readonly DemoEntry[], now: Date): Date {
  let latest = 0
  for (const e of entries) latest = Math.max(latest, updatedAt(e, now).getTime())
  return latest === 0 ? now : new Date(latest)
}

function renderRss2(feed: DemoFeed, entries: readonly DemoEntry[], now: Date, urls: Urls): string {
  const offset = feed.utcOffsetMinutes ?? 0
  const authorEmail = `newsdesk@${new URL(feed.publisher.homepage).hostname.replace(/^www\./, '')}`
  const items = entries.map((e) => {
    const image = urls.image(e)
    const lines = [
      '<item>',
      `<title>${escapeXml(e.title)}</title>`,
      `<link>${escapeXml(urls.article(e))}</link>`,
      `<guid isPermaLink="false">${escapeXml(e.guid)}</guid>`,
      `<pubDate>${rfc822(publishedAt(e, now), offset)}</pubDate>`,
      // The Capitol Ledger uses RSS's own <author> (an e-mail address with the name in brackets).
      ...e.authors.map((a) =>
        feed.publisherSlug === 'capitol-ledger'
          ? `<author>${escapeXml(`${authorEmail} (${a})`)}</author>`
          : `<dc:creator>${escapeXml(a)}</dc:creator>`,
      ),
      ...e.categories.map((c) => `<category>${escapeXml(c)}</category>`),
    ]
    if (e.contentHtml !== undefined) {
      lines.push(`<description>${escapeXml(e.summary)}</description>`)
      const root = image ? (e.image?.path ?? '') : ''
      lines.push(`<content:encoded>${cdata(figureHtml(e, root) + e.contentHtml)}</content:encoded>`)
    } else {
      lines.push(
        `<description>${cdata(`<p>${escapeHtmlText(e.teaser ?? e.summary)}</p>`)}</description>`,
      )
    }
    if (image && e.image) {
      lines.push(
        `<media:content url="${escapeXml(image)}" medium="image" type="image/svg+xml" width="${e.image.width}" height="${e.image.height}"><media:description>${escapeXml(e.image.alt)}</media:description></media:content>`,
      )
      if (e.contentHtml === undefined) {
        lines.push(`<enclosure url="${escapeXml(image)}" length="0" type="image/svg+xml" />`)
      }
    }
    if (e.copyOf) {
      lines.push(
        `<source url="${escapeXml(`${urls.base}/continental-press/wire.xml`)}">Continental Press Agency</source>`,
      )
    }
    lines.push('</item>')
    return lines.join('\n')
  })
  const channel = [
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(urls.home)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    `<language>${escapeXml(feed.language)}</language>`,
    `<copyright>${escapeXml(`Copyright ${now.getUTCFullYear()} ${feed.publisher.name}`)}</copyright>`,
    `<lastBuildDate>${rfc822(lastUpdated(entries, now), offset)}</lastBuildDate>`,
    `<generator>${GENERATOR}</generator>`,
    `<atom:link href="${escapeXml(urls.self)}" rel="self" type="application/rss+xml" />`,
    ...(feed.ttlMinutes !== undefined ? [`<ttl>${feed.ttlMinutes}</ttl>`] : []),
    ...(feed.updatePeriod !== undefined
      ? [
          `<sy:updatePeriod>${feed.updatePeriod}</sy:updatePeriod>`,
          `<sy:updateFrequency>${feed.updateFrequency ?? 1}</sy:updateFrequency>`,
        ]
      : []),
    `<image><url>${escapeXml(urls.icon)}</url><title>${escapeXml(feed.title)}</title><link>${escapeXml(urls.home)}</link><width>64</width><height>64</height></image>`,
  ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
    '<channel>',
    ...channel,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
}

function renderRdf(feed: DemoFeed, entries: readonly DemoEntry[], now: Date, urls: Urls): string {
  const items = entries.map((e) => {
    const image = urls.image(e)
    return [
      `<item rdf:about="${escapeXml(e.guid)}">`,
      `<title>${escapeXml(e.title)}</title>`,
      `<link>${escapeXml(urls.article(e))}</link>`,
      `<description>${escapeXml(e.summary)}</description>`,
      ...e.authors.map((a) => `<dc:creator>${escapeXml(a)}</dc:creator>`),
      `<dc:date>${publishedAt(e, now).toISOString()}</dc:date>`,
      ...e.categories.map((c) => `<dc:subject>${escapeXml(c)}</dc:subject>`),
      `<dc:language>${escapeXml(e.language)}</dc:language>`,
      ...(e.contentHtml !== undefined
        ? [
            `<content:encoded>${cdata(figureHtml(e, image ?? '') + e.contentHtml)}</content:encoded>`,
          ]
        : []),
      '</item>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">',
    `<channel rdf:about="${escapeXml(urls.self)}">`,
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(urls.home)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    `<dc:language>${escapeXml(feed.language)}</dc:language>`,
    `<dc:publisher>${escapeXml(feed.publisher.name)}</dc:publisher>`,
    `<dc:date>${lastUpdated(entries, now).toISOString()}</dc:date>`,
    ...(feed.updatePeriod !== undefined
      ? [
          `<sy:updatePeriod>${feed.updatePeriod}</sy:updatePeriod>`,
          `<sy:updateFrequency>${feed.updateFrequency ?? 1}</sy:updateFrequency>`,
        ]
      : []),
    `<image rdf:resource="${escapeXml(urls.icon)}" />`,
    '<items>',
    '<rdf:Seq>',
    ...entries.map((e) => `<rdf:li rdf:resource="${escapeXml(e.guid)}" />`),
    '</rdf:Seq>',
    '</items>',
    '</channel>',
    `<image rdf:about="${escapeXml(urls.icon)}"><title>${escapeXml(feed.title)}</title><link>${escapeXml(urls.home)}</link><url>${escapeXml(urls.icon)}</url></image>`,
    ...items,
    '</rdf:RDF>',
    '',
  ].join('\n')
}

/** Atom 1.0 with `xml:base` at the publisher root and relative links, to exercise URL resolution. */
function renderAtom(feed: DemoFeed, entries: readonly DemoEntry[], now: Date, urls: Urls): string {
  const host = new URL(feed.publisher.homepage).hostname.replace(/^www\./, '')
  // Meridian Europe sends XHTML content; other Atom feeds send escaped HTML.
  const isXhtml = feed.publisherSlug === 'meridian-europe'
  const relative = (path: string): string => path.replace(`/${feed.publisherSlug}/`, '')
  const items = entries.map((e) => {
    const lines = [
      '<entry>',
      `<id>${escapeXml(e.guid)}</id>`,
      `<title type="text">${escapeXml(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(relative(e.linkPath) + (e.linkQuery ? `?${e.linkQuery}` : ''))}" />`,
      `<published>${publishedAt(e, now).toISOString()}</published>`,
      `<updated>${updatedAt(e, now).toISOString()}</updated>`,
      ...e.authors.map((a) => `<author><name>${escapeXml(a)}</name></author>`),
      ...e.categories.map((c) => `<category term="${escapeXml(c)}" />`),
      `<summary type="text">${escapeXml(e.summary)}</summary>`,
    ]
    if (e.image) {
      lines.push(
        `<link rel="enclosure" type="image/svg+xml" href="${escapeXml(relative(e.image.path))}" title="${escapeXml(e.image.alt)}" />`,
      )
    }
    if (e.contentHtml !== undefined) {
      const html = figureHtml(e, e.image ? relative(e.image.path) : '') + e.contentHtml
      lines.push(
        isXhtml
          ? `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${html}</div></content>`
          : `<content type="html">${escapeXml(html)}</content>`,
      )
    }
    lines.push('</entry>')
    return lines.join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}" xml:base="${escapeXml(urls.home)}">`,
    `<id>tag:${host},2024:feed/${escapeXml(feed.slug)}</id>`,
    `<title type="text">${escapeXml(feed.title)}</title>`,
    `<subtitle type="text">${escapeXml(feed.description)}</subtitle>`,
    `<link rel="alternate" type="text/html" href="./" />`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(relative(feed.path))}" />`,
    `<updated>${lastUpdated(entries, now).toISOString()}</updated>`,
    `<author><name>${escapeXml(feed.publisher.name)}</name><uri>${escapeXml(feed.publisher.homepage)}</uri></author>`,
    `<icon>${escapeXml(urls.icon)}</icon>`,
    `<rights>© ${now.getUTCFullYear()} ${escapeXml(feed.publisher.name)}</rights>`,
    `<generator version="1.0">${GENERATOR}</generator>`,
    ...items,
    '</feed>',
    '',
  ].join('\n')
}

/** Atom 0.3 (2003): `issued`/`modified`, `mode="escaped"` content and `dc:subject` categories. */
function renderAtom03(
  feed: DemoFeed,
  entries: readonly DemoEntry[],
  now: Date,
  urls: Urls,
): string {
  const host = new URL(feed.publisher.homepage).hostname.replace(/^www\./, '')
  const items = entries.map((e) => {
    const html =
      figureHtml(e, urls.image(e) ?? '') + (e.contentHtml ?? `<p>${escapeHtmlText(e.summary)}</p>`)
    return [
      '<entry>',
      `<title mode="escaped" type="text/html">${escapeXml(escapeHtmlText(e.title))}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(urls.article(e))}" />`,
      `<id>${escapeXml(e.guid)}</id>`,
      `<issued>${publishedAt(e, now).toISOString()}</issued>`,
      `<modified>${updatedAt(e, now).toISOString()}</modified>`,
      ...e.authors.map((a) => `<author><name>${escapeXml(a)}</name></author>`),
      ...e.categories.map((c) => `<dc:subject>${escapeXml(c)}</dc:subject>`),
      `<summary type="text/plain">${escapeXml(e.summary)}</summary>`,
      `<content type="text/html" mode="escaped" xml:lang="${escapeXml(e.language)}">${escapeXml(html)}</content>`,
      '</entry>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed version="0.3" xmlns="http://purl.org/atom/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="${escapeXml(feed.language)}">`,
    `<title mode="escaped" type="text/html">${escapeXml(feed.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(urls.home)}" />`,
    `<tagline>${escapeXml(feed.description)}</tagline>`,
    `<id>tag:${host},2003:${escapeXml(feed.slug)}</id>`,
    `<modified>${lastUpdated(entries, now).toISOString()}</modified>`,
    `<generator url="${escapeXml(urls.base)}/">${GENERATOR}</generator>`,
    `<copyright>© ${now.getUTCFullYear()} ${escapeXml(feed.publisher.name)}</copyright>`,
    ...items,
    '</feed>',
    '',
  ].join('\n')
}

function renderJsonFeed(
  feed: DemoFeed,
  entries: readonly DemoEntry[],
  now: Date,
  urls: Urls,
): string {
  const items = entries.map((e) => {
    const image = urls.image(e)
    return {
      id: e.guid,
      url: urls.article(e),
      ...(e.copyOf ? { external_url: `${urls.base}${e.copyOf}` } : {}),
      title: e.title,
      ...(e.contentHtml !== undefined
        ? { content_html: figureHtml(e, image ?? '') + e.contentHtml }
        : { content_text: e.teaser ?? e.summary }),
      summary: e.summary,
      ...(image ? { image } : {}),
      date_published: publishedAt(e, now).toISOString(),
      date_modified: updatedAt(e, now).toISOString(),
      ...(e.authors.length > 0 ? { authors: e.authors.map((name) => ({ name })) } : {}),
      ...(e.categories.length > 0 ? { tags: e.categories } : {}),
      language: e.language,
    }
  })
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: urls.home,
    feed_url: urls.self,
    description: feed.description,
    icon: urls.icon,
    favicon: urls.icon,
    language: feed.language,
    authors: [{ name: feed.publisher.name, url: feed.publisher.homepage }],
    items,
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** Renders `feed` with those of `entries` that belong to it, newest first. */
export function renderFeed(
  feed: DemoFeed,
  entries: readonly DemoEntry[],
  now: Date,
  baseUrl: string,
): RenderedFeed {
  const urls = urlsFor(feed, baseUrl)
  const own = feedEntries(feed, entries, now)
  const body = {
    rss2: renderRss2,
    rdf: renderRdf,
    atom: renderAtom,
    atom03: renderAtom03,
    json: renderJsonFeed,
  }[feed.format](feed, own, now, urls)
  return { body, contentType: feed.contentType ?? CONTENT_TYPES[feed.format] }
}
