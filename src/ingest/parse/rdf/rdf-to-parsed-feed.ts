/**
 * @module rdf-to-parsed-feed
 * RSS 1.0 and RSS 0.90 (RDF; feedsmith's `RdfFeed`, our wire type) to the feed document. RDF items
 * carry most of their metadata in Dublin Core (dc:date, dc:creator, dc:subject) and have no guid, so
 * their `id` is null.
 */
import type { RdfFeed } from 'feedsmith'

import type { FeedDocument, ItemDraft } from '../feed-document.js'
import {
  alternateLinks,
  firstTitle,
  firstUrl,
  itemsBaseUrl,
  syndicationMinutes,
  toDocumentItem,
} from '../feed-document.js'
import { mediaImages } from '../media-images.js'
import { collapseWhitespace, toPlainText } from '../plain-text.js'
import { resolveBase } from '../resolve-url.js'

type Feed = RdfFeed.Feed<string>
type Item = RdfFeed.Item<string>

/**
 * Adapts a parsed RDF feed. `baseUrl` is the fetch URL (or null).
 * @example rdfToParsedFeed(parseRdfFeed(xml), { baseUrl: null })
 */
export function rdfToParsedFeed(feed: Feed, context: { baseUrl: string | null }): FeedDocument {
  const documentBase = resolveBase(feed.xml?.base, context.baseUrl)
  const link = firstUrl([feed.link, ...alternateLinks(feed.atom?.links)], documentBase)
  const itemBase = itemsBaseUrl(feed.xml?.base, documentBase, link)
  return {
    format: 'rdf',
    title: firstTitle([
      { kind: 'html', value: feed.title },
      { kind: 'html', value: feed.dc?.titles?.[0] },
    ]),
    link,
    description: toPlainText(feed.description ?? feed.dc?.descriptions?.[0]),
    language: collapseWhitespace(feed.dc?.languages?.[0]),
    warnings: [],
    items: (feed.items ?? []).map((item) => toDocumentItem(itemDraft(item, itemBase))),
    hints: {
      ttlMinutes: null,
      updatePeriodMinutes: syndicationMinutes(feed.sy?.updatePeriod, feed.sy?.updateFrequency),
    },
  }
}

function itemDraft(item: Item, outerBase: string | null): ItemDraft {
  const atom = item.atom
  return {
    // RDF has no guid; rdf:about names the resource, which is its link, not an id we were given
    id: undefined,
    titles: [
      { kind: 'html', value: item.title },
      { kind: 'html', value: item.dc?.titles?.[0] },
    ],
    links: [item.link, ...alternateLinks(atom?.links)],
    published: [...(item.dc?.dates ?? []), ...(item.dcterms?.issued ?? []), atom?.published],
    updated: [...(item.dcterms?.modified ?? []), atom?.updated, ...(item.dc?.dates ?? [])],
    authors: [...(item.dc?.creators ?? []), ...(atom?.authors ?? []).map((author) => author.name)],
    summaries: [item.description, item.dc?.descriptions?.[0], atom?.summary?.value],
    contents: [item.content?.encoded, atom?.content?.value],
    categories: [
      ...(item.dc?.subjects ?? []),
      ...(atom?.categories ?? []).map((category) => category.label ?? category.term),
    ],
    enclosures: (atom?.links ?? [])
      .filter((atomLink) => atomLink.rel === 'enclosure')
      .map((atomLink) => ({ url: atomLink.href, type: atomLink.type, length: atomLink.length })),
    images: mediaImages(item.media),
    baseUrl: resolveBase(item.xml?.base, outerBase),
  }
}
