/**
 * @module atom-to-parsed-feed
 * Atom 1.0 and 0.3 (feedsmith's `AtomFeed`, our wire type) to the feed document. Text constructs are
 * read by their `type` (text is escaped to HTML, html and xhtml kept as markup), xml:base is followed
 * from feed to entry to content, and entries without authors inherit their source's or the feed's
 * (RFC 4287 §4.2.1).
 */
import type { AtomFeed } from 'feedsmith'

import type { DraftText, FeedDocument, ItemDraft } from '../feed-document.js'
import {
  alternateLinks,
  firstTitle,
  firstUrl,
  itemsBaseUrl,
  syndicationMinutes,
  toDocumentItem,
} from '../feed-document.js'
import { mediaImages } from '../media-images.js'
import { collapseWhitespace, textToHtml, toPlainText } from '../plain-text.js'
import { resolveBase } from '../resolve-url.js'

type Feed = AtomFeed.Feed<string>
type Entry = AtomFeed.Entry<string>
type Text = AtomFeed.Text
type Content = AtomFeed.Content
type Person = AtomFeed.Person

/**
 * Adapts a parsed Atom feed. `baseUrl` is the fetch URL (or null).
 * @example atomToParsedFeed(parseAtomFeed(xml), { baseUrl: 'https://example.com/atom.xml' })
 */
export function atomToParsedFeed(feed: Feed, context: { baseUrl: string | null }): FeedDocument {
  const documentBase = resolveBase(feed.xml?.base, context.baseUrl)
  const link = firstUrl(alternateLinks(feed.links), documentBase)
  const itemBase = itemsBaseUrl(feed.xml?.base, documentBase, link)
  const feedAuthors = feed.authors ?? []
  return {
    format: 'atom',
    title: firstTitle([textDraft(feed.title), { kind: 'html', value: feed.dc?.titles?.[0] }]),
    link,
    description: textDraftToPlain(textDraft(feed.subtitle)),
    language: collapseWhitespace(feed.xml?.lang ?? feed.dc?.languages?.[0]),
    warnings: [],
    items: (feed.entries ?? []).map((entry) =>
      toDocumentItem(entryDraft(entry, itemBase, feedAuthors)),
    ),
    hints: {
      ttlMinutes: null,
      updatePeriodMinutes: syndicationMinutes(feed.sy?.updatePeriod, feed.sy?.updateFrequency),
    },
  }
}

function entryDraft(entry: Entry, outerBase: string | null, feedAuthors: Person[]): ItemDraft {
  const baseUrl = resolveBase(entry.xml?.base, outerBase)
  const ownAuthors = entry.authors ?? entry.source?.authors ?? feedAuthors
  const links = entry.links ?? []
  return {
    id: entry.id,
    titles: [textDraft(entry.title), { kind: 'html', value: entry.dc?.titles?.[0] }],
    links: alternateLinks(links),
    published: [entry.published, ...(entry.dc?.dates ?? [])],
    updated: [entry.updated],
    authors: [
      ...ownAuthors.map((author) => author.name ?? author.email),
      ...(entry.dc?.creators ?? []),
    ],
    summaries: [textToMarkup(entry.summary), entry.dc?.descriptions?.[0]],
    contents: [contentToMarkup(entry.content)],
    categories: [
      ...(entry.categories ?? []).map((category) => category.label ?? category.term),
      ...(entry.dc?.subjects ?? []),
    ],
    enclosures: links
      .filter((link) => link.rel === 'enclosure')
      .map((link) => ({ url: link.href, type: link.type, length: link.length })),
    images: [...mediaImages(entry.media), entry.itunes?.image],
    baseUrl,
    summaryBaseUrl: resolveBase(entry.summary?.xml?.base, baseUrl),
    contentBaseUrl: resolveBase(entry.content?.xml?.base, baseUrl),
  }
}

/** How a text construct's `type` says to read its value. */
function kindOf(type: string | undefined): 'text' | 'html' | 'other' {
  const normalized = (type ?? 'text').trim().toLowerCase()
  if (normalized === 'text' || normalized === 'text/plain') return 'text'
  if (
    normalized === 'html' ||
    normalized === 'xhtml' ||
    normalized === 'text/html' ||
    normalized === 'application/xhtml+xml'
  ) {
    return 'html'
  }
  return 'other'
}

function textDraft(text: Text | undefined): DraftText {
  if (text === undefined) return { kind: 'text', value: undefined }
  const kind = kindOf(text.type)
  return { kind: kind === 'html' ? 'html' : 'text', value: text.value }
}

function textDraftToPlain(draft: DraftText): string | null {
  return draft.kind === 'html' ? toPlainText(draft.value) : collapseWhitespace(draft.value)
}

/** A text construct as HTML. */
function textToMarkup(text: Text | undefined): string | undefined {
  if (text === undefined) return undefined
  return kindOf(text.type) === 'html' ? text.value : textToHtml(text.value)
}

/** Inline content as HTML; out-of-line (`src`) and non-text media types give nothing. */
function contentToMarkup(content: Content | undefined): string | undefined {
  if (content?.value === undefined) return undefined
  const kind = kindOf(content.type)
  if (kind === 'html') return content.value
  if (kind === 'text') return textToHtml(content.value)
  return content.type?.trim().toLowerCase().startsWith('text/')
    ? textToHtml(content.value)
    : undefined
}
