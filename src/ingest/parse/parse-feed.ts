/**
 * @module parse-feed
 * Feed parsing: bytes in, `ParsedFeed` out. Dispatch only: decode the body (`decode-body.ts`), detect
 * the format from the content (`detect-format.ts`), get XML ready (`prepare-xml.ts`), parse with
 * feedsmith, adapt its wire types per format (`<format>/<format>-to-parsed-feed.ts`), and finally
 * sanitise summary and content. Broken input that can be recovered is, with `warnings`; input that
 * cannot throws `ParseFeedError`.
 */
import {
  DetectError,
  parseAtomFeed,
  ParseError,
  parseJsonFeed,
  parseRdfFeed,
  parseRssFeed,
} from 'feedsmith'

import { sanitizeHtml } from '../sanitize/sanitize-html.js'
import { atomToParsedFeed } from './atom/atom-to-parsed-feed.js'
import { decodeBody } from './decode-body.js'
import { detectFormat } from './detect-format.js'
import type { DocumentItem, FeedDocument } from './feed-document.js'
import { jsonFeedToParsedFeed } from './json-feed/json-feed-to-parsed-feed.js'
import { ParseFeedError } from './parse-feed-error.js'
import type { FeedFormat, ParsedFeed, ParsedItem } from './parsed-feed.js'
import { prepareXml } from './prepare-xml.js'
import { rdfToParsedFeed } from './rdf/rdf-to-parsed-feed.js'
import { resolveBase } from './resolve-url.js'
import { rssToParsedFeed } from './rss/rss-to-parsed-feed.js'

export type { DocumentItem, FeedDocument } from './feed-document.js'
export { isNotAFeedError, ParseFeedError, type ParseFeedErrorReason } from './parse-feed-error.js'
export { toParseOutput } from './to-parse-output.js'

export interface ParseFeedInput {
  /** the response body; a string is taken as already decoded */
  body: Buffer | string
  /** the Content-Type header value, for its charset */
  contentType?: string | null
  /** the URL the feed was fetched from (after redirects) */
  url?: string | null
  /** base for relative URLs when it differs from `url`; defaults to `url` */
  baseUrl?: string | null
}

type XmlFormat = Exclude<FeedFormat, 'json'>

/**
 * Parses a feed without sanitising: `summary` and `content` are the feed's own HTML. For tests, tools
 * and callers that sanitise themselves; everyone else wants `parseFeed`.
 * @throws ParseFeedError (code 'parse-error'; reason 'not-a-feed' or 'parse-error')
 */
export function parseFeedDocument(input: ParseFeedInput): FeedDocument {
  const decoded = decodeBody(input.body, input.contentType)
  const baseUrl = resolveBase(input.baseUrl ?? input.url, null)
  const absoluteBase = baseUrl !== null && /^https?:\/\//i.test(baseUrl) ? baseUrl : null
  const text = decoded.text
  const detected = detectFormat(text)
  switch (detected.kind) {
    case 'empty':
      throw new ParseFeedError('parse-error', 'parse: the document is empty')
    case 'html':
      throw new ParseFeedError('not-a-feed', 'parse: the document is an HTML page, not a feed')
    case 'other-xml':
      throw new ParseFeedError(
        'not-a-feed',
        `parse: the document is XML with root <${detected.root}>, not a feed`,
      )
    case 'unknown':
      throw new ParseFeedError(
        'parse-error',
        looksBinary(text)
          ? 'parse: the document is binary, not a feed'
          : 'parse: the document is neither XML nor JSON',
      )
  }
  const warnings = [...decoded.warnings]
  if (detected.format === 'json') {
    const document = parseJsonDocument(text, absoluteBase)
    return { ...document, warnings: [...warnings, ...document.warnings] }
  }
  if (detected.start > 0 && text.slice(0, detected.start).trim() !== '') {
    warnings.push(`xml: skipped ${detected.start} characters of text before the document`)
  }
  const prepared = prepareXml(text.slice(detected.start))
  const document = parseXmlDocument(detected.format, prepared.xml, absoluteBase)
  return { ...document, warnings: [...warnings, ...prepared.warnings, ...document.warnings] }
}

/**
 * Parses a feed: what the ingest pipeline calls with a fetched body. Summary and content come back
 * sanitised (and with absolute URLs), titles as plain text, dates as `Date`s.
 * @throws ParseFeedError (code 'parse-error'; reason 'not-a-feed' or 'parse-error')
 * @example parseFeed({ body, contentType: 'application/rss+xml; charset=utf-8', url }).items[0]?.title
 */
export function parseFeed(input: ParseFeedInput): ParsedFeed {
  const document = parseFeedDocument(input)
  return { ...document, items: document.items.map(sanitizeDocumentItem) }
}

/**
 * One item of `parseFeedDocument` as `parseFeed` returns it: summary and content sanitised against
 * their base URLs. Sanitising dominates parse time, so a caller that already knows most items (a
 * refresh) can parse the document and sanitise only the items it will store.
 */
export function sanitizeDocumentItem(item: DocumentItem): ParsedItem {
  const { summaryBaseUrl, contentBaseUrl, ...rest } = item
  return {
    ...rest,
    summary: sanitizeOrNull(item.summary, summaryBaseUrl),
    content: sanitizeOrNull(item.content, contentBaseUrl),
  }
}

function sanitizeOrNull(html: string | null, baseUrl: string | null): string | null {
  if (html === null) return null
  const clean = sanitizeHtml(html, { baseUrl }).trim()
  return clean === '' ? null : clean
}

function parseXmlDocument(format: XmlFormat, xml: string, baseUrl: string | null): FeedDocument {
  const context = { baseUrl }
  try {
    switch (format) {
      case 'rss':
        return rssToParsedFeed(parseRssFeed(xml), context)
      case 'rdf':
        return rdfToParsedFeed(parseRdfFeed(xml), context)
      case 'atom':
        return atomToParsedFeed(parseAtomFeed(xml), context)
    }
  } catch (error) {
    return handleFeedsmithError(error, format)
  }
}

function parseJsonDocument(text: string, baseUrl: string | null): FeedDocument {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new ParseFeedError('parse-error', `parse: invalid JSON: ${detail}`, { cause: error })
  }
  if (!isJsonFeed(value)) {
    throw new ParseFeedError('not-a-feed', 'parse: the document is JSON but not a JSON Feed')
  }
  // feedsmith only recognises the version URL; some feeds write a bare "1.0"
  const version = value.version
  const feed =
    typeof version === 'string' && version.includes('jsonfeed.org/version/')
      ? value
      : { ...value, version: 'https://jsonfeed.org/version/1' }
  try {
    return jsonFeedToParsedFeed(parseJsonFeed(feed), { baseUrl })
  } catch (error) {
    return handleFeedsmithError(error, 'json')
  }
}

function isJsonFeed(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  const version = record.version
  return (
    Array.isArray(record.items) ||
    (typeof version === 'string' && version.includes('jsonfeed.org/version/'))
  )
}

/**
 * feedsmith throws ParseError for a document of the right kind that holds nothing it recognises
 * (`<rss><channel/></rss>`); that is an empty feed, not a failure. Anything else is a parse error.
 */
function handleFeedsmithError(error: unknown, format: FeedFormat): FeedDocument {
  if (error instanceof ParseError || error instanceof DetectError) return emptyDocument(format)
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : ''
  const detail = cause !== '' ? cause : error instanceof Error ? error.message : String(error)
  throw new ParseFeedError('parse-error', `parse: unreadable ${format} feed: ${detail}`, {
    cause: error,
  })
}

function emptyDocument(format: FeedFormat): FeedDocument {
  return {
    format,
    title: null,
    link: null,
    description: null,
    language: null,
    warnings: ['feed: the document has no title, link or items'],
    items: [],
    hints: { ttlMinutes: null, updatePeriodMinutes: null },
  }
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 1024)
  let suspicious = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (
      code === 0 ||
      code === 0xfffd ||
      (code < 0x20 && code !== 9 && code !== 10 && code !== 13)
    ) {
      suspicious++
    }
  }
  return suspicious > sample.length / 20
}
