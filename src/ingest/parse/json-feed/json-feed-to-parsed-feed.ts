/**
 * @module json-feed-to-parsed-feed
 * JSON Feed 1.0 and 1.1 (feedsmith's `JsonFeed`, our wire type) to the feed document. feedsmith already
 * merges 1.0's `author` into 1.1's `authors`; items without authors inherit the feed's, as the spec
 * says. `summary` and `content_text` are plain text by the spec, so they are escaped to HTML.
 */
import type { JsonFeed } from 'feedsmith'

import type { FeedDocument, ItemDraft } from '../feed-document.js'
import { firstUrl, toDocumentItem } from '../feed-document.js'
import { collapseWhitespace, textToHtml } from '../plain-text.js'

type Feed = JsonFeed.Feed<string>
type Item = JsonFeed.Item<string>
type Author = JsonFeed.Author

/**
 * Adapts a parsed JSON Feed. `baseUrl` is the fetch URL (or null).
 * @example jsonFeedToParsedFeed(parseJsonFeed(json), { baseUrl: null })
 */
export function jsonFeedToParsedFeed(
  feed: Feed,
  context: { baseUrl: string | null },
): FeedDocument {
  const link = firstUrl([feed.home_page_url], context.baseUrl)
  const itemBase = link !== null && /^https?:\/\//i.test(link) ? link : context.baseUrl
  const feedAuthors = feed.authors ?? []
  return {
    format: 'json',
    title: collapseWhitespace(feed.title),
    link,
    description: collapseWhitespace(feed.description),
    language: collapseWhitespace(feed.language),
    warnings: [],
    items: (feed.items ?? []).map((item) => toDocumentItem(itemDraft(item, itemBase, feedAuthors))),
    hints: { ttlMinutes: null, updatePeriodMinutes: null },
  }
}

function itemDraft(item: Item, baseUrl: string | null, feedAuthors: Author[]): ItemDraft {
  const attachments = item.attachments ?? []
  return {
    id: item.id,
    titles: [{ kind: 'text', value: item.title }],
    links: [item.url, item.external_url],
    published: [item.date_published],
    updated: [item.date_modified],
    authors: (item.authors ?? feedAuthors).map((author) => author.name),
    summaries: [item.summary === undefined ? undefined : textToHtml(item.summary)],
    contents: [
      item.content_html,
      item.content_text === undefined ? undefined : textToHtml(item.content_text),
    ],
    categories: item.tags ?? [],
    enclosures: attachments.map((attachment) => ({
      url: attachment.url,
      type: attachment.mime_type,
      length: attachment.size_in_bytes,
    })),
    images: [item.image, item.banner_image],
    baseUrl,
  }
}
