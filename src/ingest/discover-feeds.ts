/**
 * @module discover-feeds
 * Feed autodiscovery: when a user subscribes to a web page instead of a feed, find the feeds the
 * page advertises with `<link rel="alternate" type="application/rss+xml" href="…">`, and tell an
 * HTML page from a feed in the first place ({@link looksLikeHtml}). Pure; the page is parsed with
 * htmlparser2's tokenizer, so broken markup, entities and attribute quoting are handled as a
 * browser would.
 */
import { Parser } from 'htmlparser2'

export type DiscoveredFeedType = 'rss' | 'atom' | 'rdf' | 'json'

export interface DiscoveredFeed {
  /** absolute http(s) URL */
  url: string
  title: string | null
  type: DiscoveredFeedType
}

const FEED_TYPES: Readonly<Record<string, DiscoveredFeedType>> = {
  'application/rss+xml': 'rss',
  'application/x-rss+xml': 'rss',
  'text/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/x-atom+xml': 'atom',
  'application/x.atom+xml': 'atom',
  'application/rdf+xml': 'rdf',
  'application/feed+json': 'json',
}

/**
 * The feeds a page links to, in document order, without duplicates. Relative hrefs are resolved
 * against the first `<base href>` (itself resolved against `pageUrl`), `feed:` URIs are unwrapped,
 * and anything that is not http(s) is dropped. Plain `application/json` counts only when the link
 * mentions "feed" (JSON Feed 1.0 used it), because WordPress puts REST API links on every page
 * with that type.
 *
 * @example
 * discoverFeeds('<link rel="alternate" type="application/rss+xml" href="/rss" title="News">',
 *   'https://example.org/blog/')
 * // [{ url: 'https://example.org/rss', title: 'News', type: 'rss' }]
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  if (!URL.canParse(pageUrl)) return []
  const links: { href: string; title: string | null; type: DiscoveredFeedType }[] = []
  let baseHref: string | null = null

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && baseHref === null && attributes.href !== undefined) {
          baseHref = attributes.href.trim()
        }
        if (name !== 'link' || attributes.href === undefined) return
        const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/)
        if (!rels.includes('alternate')) return
        const title = attributes.title?.trim() || null
        const type = feedType(attributes.type ?? '', attributes.href, title)
        if (type !== null) links.push({ href: attributes.href.trim(), title, type })
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(html)

  const base =
    baseHref !== null && URL.canParse(baseHref, pageUrl)
      ? new URL(baseHref, pageUrl)
      : new URL(pageUrl)
  const feeds: DiscoveredFeed[] = []
  const seen = new Set<string>()
  for (const link of links) {
    const url = resolveFeedUrl(link.href, base)
    if (url === null || seen.has(url)) continue
    seen.add(url)
    feeds.push({ url, title: link.title, type: link.type })
  }
  return feeds
}

function feedType(
  typeAttribute: string,
  href: string,
  title: string | null,
): DiscoveredFeedType | null {
  const mime = (typeAttribute.split(';')[0] ?? '').trim().toLowerCase()
  const known = FEED_TYPES[mime]
  if (known !== undefined) return known
  if (mime === 'application/json') {
    const mentionsFeed = `${href} ${title ?? ''}`.toLowerCase().includes('feed')
    return mentionsFeed ? 'json' : null
  }
  return null
}

/** Absolute http(s) URL for an href, unwrapping `feed://host/…` and `feed:https://…`. */
function resolveFeedUrl(href: string, base: URL): string | null {
  let target = href
  const lower = target.toLowerCase()
  if (lower.startsWith('feed://')) target = `http://${target.slice('feed://'.length)}`
  else if (lower.startsWith('feed:')) target = target.slice('feed:'.length)
  if (!URL.canParse(target, base)) return null
  const url = new URL(target, base)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.hash = ''
  return url.href
}

/** Start tags that only an HTML document begins with. */
const HTML_LEADING_TAGS = new Set([
  'html',
  'head',
  'body',
  'meta',
  'title',
  'link',
  'base',
  'script',
  'style',
  'noscript',
  'div',
  'p',
  'table',
  'iframe',
  'h1',
])

const HTML_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml'])

/** How much of the body is looked at; markup starts well before this. */
const SNIFF_LENGTH = 2048

/**
 * True when a response is an HTML page (worth running {@link discoverFeeds} on) rather than a
 * feed. The body's first markup decides, because servers mislabel feeds as text/html and pages as
 * text/xml; the Content-Type only breaks a tie when the body starts with nothing recognisable.
 *
 * @example
 * looksLikeHtml('<!DOCTYPE html><html>…', 'text/html') // true
 * looksLikeHtml('<?xml version="1.0"?><rss version="2.0">…', 'text/html') // false
 */
export function looksLikeHtml(body: Buffer | string, contentType: string | null): boolean {
  const text = skipProlog(sniffText(body))
  const lower = text.slice(0, 64).toLowerCase()
  if (lower.startsWith('<!doctype')) {
    return lower.slice('<!doctype'.length).trimStart().startsWith('html')
  }
  if (lower.startsWith('<')) {
    const name = leadingTagName(lower)
    if (name !== null) return HTML_LEADING_TAGS.has(name)
  }
  if (lower.startsWith('{') || lower.startsWith('[')) return false
  const mime = (contentType?.split(';')[0] ?? '').trim().toLowerCase()
  return HTML_MEDIA_TYPES.has(mime)
}

function sniffText(body: Buffer | string): string {
  if (typeof body === 'string') return body.slice(0, SNIFF_LENGTH).replace(/^\uFEFF/, '')
  const head = body.subarray(0, SNIFF_LENGTH)
  if (head[0] === 0xff && head[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(head.subarray(2))
  }
  if (head[0] === 0xfe && head[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(head.subarray(2))
  }
  const withoutBom =
    head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head
  // markup is ASCII in every encoding we meet, and latin1 never fails to decode
  return withoutBom.toString('latin1')
}

/** Skips leading whitespace, `<?…?>` processing instructions (the XML prolog) and comments. */
function skipProlog(text: string): string {
  let rest = text.trimStart()
  for (;;) {
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>')
      if (end === -1) return ''
      rest = rest.slice(end + 2).trimStart()
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->')
      if (end === -1) return ''
      rest = rest.slice(end + 3).trimStart()
    } else {
      return rest
    }
  }
}

/** `<rss version…` → 'rss', `<rdf:RDF` → 'rdf:rdf'; null when `<` does not open a tag. */
function leadingTagName(lower: string): string | null {
  let end = 1
  while (end < lower.length && !' \t\r\n/>'.includes(lower.charAt(end))) end++
  const name = lower.slice(1, end)
  return name === '' ? null : name
}
