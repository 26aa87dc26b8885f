/**
 * @module normalize-entries
 * Feed items → entries ready to store, in two steps so unchanged items cost almost nothing:
 *
 * 1. `identifyItem` (cheap, on the raw item): identity key, canonical URL and a fingerprint of the
 *    item as the feed sent it. The store compares fingerprints to find what is new or changed.
 * 2. `normalizeItem` (only for new or changed items): sanitised HTML, plain text, language, image.
 *
 * Identity is the guid when present (URL guids canonicalised, so a tracking parameter in a guid does not
 * make a new entry), else the canonical link, else a hash of title and text. Pure.
 */
import type { NewEntry } from '../../domain/entry.js'
import { contentHash } from '../../lib/hash.js'
import type { DocumentItem, FeedDocument } from '../parse/feed-document.js'
import { sanitizeDocumentItem } from '../parse/parse-feed.js'
import { htmlToText } from '../sanitize/html-to-text.js'
import { canonicalUrl } from './canonical-url.js'
import { detectLanguage } from './detect-language.js'

/** Feed content longer than this (in characters of text) counts as full text rather than a teaser. */
export const FULL_TEXT_MIN_CHARS = 1200

export interface ItemIdentity {
  identityKey: string
  canonicalUrl: string | null
  contentFingerprint: string
}

export function identifyItem(item: DocumentItem): ItemIdentity {
  const canonical = canonicalUrl(item.link)
  const guid = item.id?.trim() || null
  const identityKey = guid
    ? `guid:${canonicalUrl(guid) ?? guid}`
    : canonical
      ? `url:${canonical}`
      : `hash:${contentHash([item.title, (item.content ?? item.summary ?? '').slice(0, 4000)])}`
  return {
    identityKey,
    canonicalUrl: canonical,
    contentFingerprint: contentHash([
      item.title,
      item.link,
      item.summary,
      item.content,
      (item.published ?? item.updated)?.toISOString(),
      item.image,
      item.enclosures.map((e) => e.url).join('\n'),
      item.authors.join('\n'),
      item.categories.join('\n'),
    ]),
  }
}

/** The language of a feed's entries: its declared one, else one guess from a sample of its items. */
export function feedLanguage(feed: Pick<FeedDocument, 'language' | 'items'>): string | null {
  // one guess per feed, not per item: trigram guessing costs ~0.5 ms a call
  const sample = feed.items
    .slice(0, 3)
    .map((i) => `${i.title ?? ''}. ${htmlToText(i.summary ?? i.content ?? '').slice(0, 300)}`)
    .join(' ')
  return detectLanguage(sample, feed.language)
}

/** Sanitises and completes one item; null for items with neither title nor link nor text. */
export function normalizeItem(
  raw: DocumentItem,
  language: string | null,
  identity: ItemIdentity = identifyItem(raw),
): NewEntry | null {
  const item = sanitizeDocumentItem(raw)
  const bodyHtml = item.content ?? item.summary ?? ''
  const plainText = htmlToText(bodyHtml)
  const summaryText = item.summary && item.content ? htmlToText(item.summary) : plainText
  const title = (item.title ?? '').trim() || firstWords(plainText, 12)
  if (!title && !identity.canonicalUrl) return null
  const imageUrl =
    item.image ?? item.enclosures.find((e) => e.type?.startsWith('image/'))?.url ?? null
  const hasFullText =
    plainText.length >= FULL_TEXT_MIN_CHARS &&
    (item.content === null || item.summary === null || plainText.length > summaryText.length * 1.5)
  return {
    identityKey: identity.identityKey,
    guid: item.id?.trim() || null,
    url: item.link,
    canonicalUrl: identity.canonicalUrl,
    title: title || '(untitled)',
    authors: item.authors,
    publishedAt: item.published ?? item.updated,
    updatedAt: item.updated,
    summaryHtml: item.summary,
    contentHtml: item.content,
    plainText,
    language: detectLanguage(plainText || title, language),
    imageUrl,
    categories: item.categories,
    contentFingerprint: identity.contentFingerprint,
    hasFullText,
  }
}

function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean)
  return words.slice(0, count).join(' ') + (words.length > count ? '…' : '')
}
