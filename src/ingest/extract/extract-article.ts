/**
 * @module extract-article
 * Full-article extraction from a web page: Mozilla Readability on a linkedom DOM finds the article,
 * `remove-boilerplate.ts` strips the furniture Readability leaves in, the result is sanitised, and
 * metadata comes from JSON-LD / meta tags / `<time>` / `<html lang>`. When the page's JSON-LD
 * `articleBody` shows that Readability missed most of the article, that body is used instead.
 * Pure: HTML string and URL in, plain object out.
 *
 * @example
 * const article = extractArticle({ html, url: 'https://news.example/2024/05/story.html' })
 * article.text // "First paragraph…\n\nSecond paragraph…"
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'

import { AppError } from '../../domain/errors.js'
import { htmlToText } from '../sanitize/html-to-text.js'
import { sanitizeHtml } from '../sanitize/sanitize-html.js'
import { readMetadata, toIsoDate } from './read-metadata.js'
import { removeBoilerplate, removeCommentSections } from './remove-boilerplate.js'
import { tokenF1, tokenize } from './token-f1.js'

export type ExtractedArticle = {
  title: string | null
  byline: string | null
  siteName: string | null
  /** ISO 8601 (UTC when the page gave a time zone). */
  published: string | null
  lang: string | null
  excerpt: string | null
  /** Sanitised article HTML with absolute URLs. */
  contentHtml: string
  /** Plain text of `contentHtml`, paragraphs separated by blank lines. */
  text: string
}

export type ExtractOptions = {
  /** Skip the boilerplate rules and return what Readability keeps (for comparison). */
  plain?: boolean
}

/** Fewer words than this is not an article. */
const MIN_WORDS = 20
/** Content whose text is mostly link text is a link list (home page, index), not an article. */
const MAX_LINK_DENSITY = 0.6
/** Use JSON-LD `articleBody` when Readability's text holds less than this share of its words. */
const MIN_BODY_RECALL = 0.5
const MIN_BODY_WORDS = 50
const MAX_EXCERPT = 300

/**
 * Extracts the article of the page `html` fetched from `url`.
 * @throws AppError('parse-error') when the page has no article-like content.
 */
export function extractArticle(
  input: { html: string; url: string },
  options: ExtractOptions = {},
): ExtractedArticle {
  const document = parseDocument(input.html)
  const metadata = readMetadata(document)
  const baseUrl = documentBaseUrl(document, input.url)
  if (options.plain !== true && document.body !== null) removeCommentSections(document.body)

  let parsed: ReturnType<Readability<Element>['parse']>
  try {
    parsed = new Readability<Element>(document, {
      keepClasses: true,
      serializer: (node) => node as Element,
    }).parse()
  } catch (error) {
    throw new AppError('parse-error', 'extract: readability failed on this page', { cause: error })
  }

  const root = parsed?.content ?? null
  let contentHtml = ''
  let text = ''
  if (root !== null && root !== undefined) {
    if (options.plain !== true) {
      removeBoilerplate(root, {
        title: clean(parsed?.title) ?? metadata.title,
        articleBody: metadata.articleBody,
      })
    }
    if (linkDensity(root) <= MAX_LINK_DENSITY) {
      contentHtml = sanitizeHtml(root.innerHTML, { baseUrl })
      text = htmlToText(contentHtml)
    }
  }
  const body = metadata.articleBody
  if (options.plain !== true && body !== null && missesMostOf(text, body)) {
    contentHtml = sanitizeHtml(articleBodyToHtml(body), { baseUrl })
    text = htmlToText(contentHtml)
  }
  if (tokenize(text).length < MIN_WORDS) {
    throw new AppError('parse-error', 'extract: no article content found')
  }

  return {
    title: clean(parsed?.title) ?? metadata.title,
    byline: cleanByline(clean(parsed?.byline) ?? metadata.byline),
    siteName: metadata.siteName ?? clean(parsed?.siteName),
    published: metadata.published ?? toIsoDate(clean(parsed?.publishedTime)),
    lang: metadata.lang ?? clean(parsed?.lang),
    excerpt: metadata.excerpt ?? firstParagraph(text),
    contentHtml,
    text,
  }
}

/** linkedom needs a whole document; feed snippets and fragments get a minimal one around them. */
function parseDocument(html: string): Document {
  let source = html
  if (!/<html[\s>]/i.test(html)) {
    source = /<body[\s>]/i.test(html)
      ? `<!doctype html><html>${html}</html>`
      : `<!doctype html><html><head></head><body>${html}</body></html>`
  }
  return parseHTML(source).document as unknown as Document
}

/** The URL relative links are resolved against: `<base href>` (itself relative to the page) or the page URL. */
function documentBaseUrl(document: Document, url: string): string | null {
  const page = parseUrl(url)
  const base = document.querySelector('base[href]')?.getAttribute('href')?.trim()
  const resolved = base === undefined || base === '' ? null : parseUrl(base, page)
  // Without a usable URL, relative links simply stay relative.
  return (resolved ?? page)?.href ?? null
}

function parseUrl(href: string, base?: URL | null): URL | null {
  try {
    return new URL(href, base ?? undefined)
  } catch {
    return null
  }
}

function linkDensity(root: Element): number {
  const total = (root.textContent ?? '').replace(/\s+/g, '').length
  if (total === 0) return 0
  let links = 0
  for (const link of root.querySelectorAll('a')) {
    links += (link.textContent ?? '').replace(/\s+/g, '').length
  }
  return links / total
}

/** True when the extracted text contains less than half the words of a substantial `articleBody`. */
function missesMostOf(text: string, body: string): boolean {
  return tokenize(body).length >= MIN_BODY_WORDS && tokenF1(text, body).recall < MIN_BODY_RECALL
}

/** JSON-LD `articleBody` is plain text (lines are paragraphs) or, on some sites, HTML. */
function articleBodyToHtml(body: string): string {
  if (/<\/?(?:p|br|div|h\d)\b/i.test(body)) return body
  return body
    .split(/\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n')
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function firstParagraph(text: string): string | null {
  const first = text.split('\n').find((line) => line.trim() !== '')
  if (first === undefined) return null
  return first.length <= MAX_EXCERPT
    ? first
    : `${first.slice(0, MAX_EXCERPT).replace(/\s+\S*$/, '')}…`
}

/** Bylines without the "By" prefix and layout whitespace; null when it is clearly not a name. */
function cleanByline(byline: string | null): string | null {
  if (byline === null) return null
  const name = byline
    .replace(
      /^(?:(?:written|posted|words|text|reported)\s+)?(?:by|von|par|por|di|door|av|af)\s*[:-]?\s+/i,
      '',
    )
    .trim()
  if (name === '' || name.length > 120 || /^https?:\/\//i.test(name)) return null
  return name
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const collapsed = value.replace(/\s+/g, ' ').trim()
  return collapsed === '' ? null : collapsed
}
