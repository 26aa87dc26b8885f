/**
 * @module rss-to-parsed-feed
 * RSS 0.9x / 2.0 (feedsmith's `RssFeed`, our wire type) to the feed document. Besides the core RSS
 * elements it reads the extensions news and podcast feeds use: content:encoded, Dublin Core, Atom
 * links/authors inside RSS, Media RSS, iTunes and the syndication module.
 */
import type { RssFeed } from 'feedsmith'

import type { DraftText, FeedDocument, ItemDraft } from '../feed-document.js'
import {
  alternateLinks,
  firstTitle,
  firstUrl,
  itemsBaseUrl,
  syndicationMinutes,
  toDocumentItem,
  ttlMinutes,
} from '../feed-document.js'
import { mediaImages } from '../media-images.js'
import { collapseWhitespace, textToHtml, toPlainText } from '../plain-text.js'
import { resolveBase } from '../resolve-url.js'

type Feed = RssFeed.Feed<string>
type Item = RssFeed.Item<string>
type Person = RssFeed.Person

/**
 * Adapts a parsed RSS feed. `baseUrl` is the fetch URL (or null).
 * @example rssToParsedFeed(parseRssFeed(xml), { baseUrl: 'https://example.com/feed.xml' })
 */
export function rssToParsedFeed(feed: Feed, context: { baseUrl: string | null }): FeedDocument {
  const documentBase = resolveBase(feed.xml?.base, context.baseUrl)
  const link = firstUrl([feed.link, ...alternateLinks(feed.atom?.links)], documentBase)
  const itemBase = itemsBaseUrl(feed.xml?.base, documentBase, link)
  return {
    format: 'rss',
    title: firstTitle([
      html(feed.title),
      html(feed.dc?.titles?.[0]),
      html(feed.atom?.title?.value),
    ]),
    link,
    description: toPlainText(
      feed.description ?? feed.dc?.descriptions?.[0] ?? feed.atom?.subtitle?.value,
    ),
    language: collapseWhitespace(feed.language ?? feed.dc?.languages?.[0]),
    warnings: [],
    items: (feed.items ?? []).map((item) => toDocumentItem(itemDraft(item, itemBase))),
    hints: {
      ttlMinutes: ttlMinutes(feed.ttl),
      updatePeriodMinutes: syndicationMinutes(feed.sy?.updatePeriod, feed.sy?.updateFrequency),
    },
  }
}

function itemDraft(item: Item, outerBase: string | null): ItemDraft {
  const baseUrl = resolveBase(item.xml?.base, outerBase)
  const guid = item.guid
  const guidLink = guid !== undefined && guid.isPermaLink !== false ? guid.value : undefined
  const atom = item.atom
  return {
    id: guid?.value,
    titles: [
      html(item.title),
      html(item.dc?.titles?.[0]),
      html(atom?.title?.value),
      html(item.media?.title?.value),
      text(item.itunes?.title),
    ],
    links: [item.link, ...alternateLinks(atom?.links), httpOnly(guidLink)],
    published: [
      item.pubDate,
      ...(item.dc?.dates ?? []),
      atom?.published,
      ...(item.dcterms?.issued ?? []),
      ...(item.dcterms?.created ?? []),
    ],
    updated: [atom?.updated, ...(item.dcterms?.modified ?? []), ...(item.dc?.dates ?? [])],
    authors: [
      ...(item.authors ?? []).map(personName),
      ...(item.dc?.creators ?? []),
      ...(atom?.authors ?? []).map((author) => author.name ?? author.email),
      item.itunes?.author,
    ],
    summaries: [
      item.description,
      item.dc?.descriptions?.[0],
      atom?.summary?.value,
      plainToHtml(item.itunes?.summary),
      mediaDescription(item.media?.description),
    ],
    contents: [item.content?.encoded, atom?.content?.value],
    categories: [
      ...(item.categories ?? []).map((category) => category.name),
      ...(item.dc?.subjects ?? []),
      ...(atom?.categories ?? []).map((category) => category.label ?? category.term),
    ],
    enclosures: [
      ...(item.enclosures ?? []).map((enclosure) => ({
        url: enclosure.url,
        type: enclosure.type,
        length: enclosure.length,
      })),
      ...(atom?.links ?? [])
        .filter((atomLink) => atomLink.rel === 'enclosure')
        .map((atomLink) => ({ url: atomLink.href, type: atomLink.type, length: atomLink.length })),
    ],
    images: [...mediaImages(item.media), item.itunes?.image],
    baseUrl,
  }
}

function personName(person: Person): string | undefined {
  return person.name ?? person.email
}

function mediaDescription(
  description: { value?: string; type?: string } | undefined,
): string | undefined {
  if (description?.value === undefined) return undefined
  return description.type === 'html' ? description.value : textToHtml(description.value)
}

function plainToHtml(value: string | undefined): string | undefined {
  return value === undefined ? undefined : textToHtml(value)
}

/** A guid is only a link when it is an absolute http(s) URL. */
function httpOnly(value: string | undefined): string | undefined {
  return value !== undefined && /^\s*https?:\/\//i.test(value) ? value : undefined
}

function html(value: string | undefined): DraftText {
  return { kind: 'html', value }
}

function text(value: string | undefined): DraftText {
  return { kind: 'text', value }
}
