/**
 * Golden tests against three public suites, each copied under testdata/<suite>/ with its licence:
 * gofeed (expected JSON from the Go parser), rss-parser (expected JSON from the JS parser) and
 * Miniflux (encoding and real-world feeds; expectations written by us in expected.json).
 *
 * Each expected output is mapped onto our fields (a "view": feed title/link/language, and per item
 * id, title, link, dates, authors, categories, enclosures, image, and whether it has a summary and a
 * content) and compared whole. A case listed in the suite's differences.json is one where we
 * deliberately differ ("category: reason"); it must still fail, so the list cannot go stale. Any other
 * failing case fails the test. Each suite ends with a summary diagnostic:
 * "<suite>: N passed / M total / K deliberately different".
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'

import { decodeBody } from './decode-body.js'
import type { FeedDocument } from './feed-document.js'
import { isNotAFeedError, parseFeedDocument, ParseFeedError } from './parse-feed.js'
import { collapseWhitespace, toPlainText } from './plain-text.js'

const testdata = join(import.meta.dirname, 'testdata')

// ---------------------------------------------------------------------------------------------
// The view: the fields every suite is compared on

interface EnclosureView {
  url: string
  type: string | null
  length: number | null
}

interface ItemView {
  id: string | null
  title: string | null
  link: string | null
  published: string | null
  updated?: string | null
  authors: string[]
  categories?: string[]
  enclosures: EnclosureView[]
  /** absent when the suite does not model item images */
  image?: string | null
  summary: boolean
  content: boolean
}

interface FeedView {
  format: string
  title: string | null
  link: string | null
  language?: string | null
  items: ItemView[]
}

/** What a suite's kind of expectation models, so the view leaves the rest out. */
interface ViewOptions {
  /** item images (gofeed's per-format parsers and rss-parser have none) */
  withImage: boolean
  withLanguage: boolean
  /** item categories (rss-parser reads none from Atom) */
  withCategories: boolean
  /** one date per item, `published ?? updated` (rss-parser's isoDate) instead of both */
  mergedDates: boolean
}

const gofeedOptions: ViewOptions = {
  withImage: false,
  withLanguage: true,
  withCategories: true,
  mergedDates: false,
}

function viewOf(document: FeedDocument, options: ViewOptions): FeedView {
  return {
    format: document.format,
    title: document.title,
    link: document.link,
    ...(options.withLanguage ? { language: document.language } : {}),
    items: document.items.map((item) => ({
      id: item.id,
      title: item.title,
      link: item.link,
      ...(options.mergedDates
        ? { published: (item.published ?? item.updated)?.toISOString() ?? null }
        : {
            published: item.published?.toISOString() ?? null,
            updated: item.updated?.toISOString() ?? null,
          }),
      authors: item.authors,
      ...(options.withCategories ? { categories: item.categories } : {}),
      enclosures: item.enclosures,
      ...(options.withImage ? { image: item.image } : {}),
      summary: item.summary !== null,
      content: item.content !== null,
    })),
  }
}

/**
 * The reference parsers keep markup and entities in text fields; ours are plain text. Either reading
 * of theirs (as written, or with markup stripped and entities decoded) matches ours.
 */
function expectedTitle(raw: unknown, actual: string | null | undefined): string | null {
  const value =
    typeof raw === 'string' ? raw : typeof asRecord(raw)._ === 'string' ? asRecord(raw)._ : null
  if (typeof value !== 'string') return null
  const candidates = [collapseWhitespace(value), toPlainText(value)]
  return actual !== undefined && candidates.includes(actual) ? actual : (candidates[1] ?? null)
}

/** `expectedTitle` for each value of a list, against ours at the same position. */
function expectedTexts(raws: unknown[], actual: string[] | undefined): string[] {
  return uniqueNonEmpty(raws.map((raw, index) => expectedTitle(raw, actual?.[index])))
}

/** URLs compare in WHATWG serialisation ("http://example.org" is "http://example.org/"). */
function expectedUrl(raw: unknown): string | null {
  const value = text(raw)
  if (value === null) return null
  try {
    return new URL(value).href
  } catch {
    return value
  }
}

function expectedDate(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw === '') return null
  const date = new Date(raw)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

function expectedLength(raw: unknown): number | null {
  if (typeof raw === 'number') return raw
  if (typeof raw === 'string' && /^\d+$/.test(raw.trim())) return Number(raw)
  return null
}

function text(raw: unknown): string | null {
  return typeof raw === 'string' ? collapseWhitespace(raw) : null
}

function present(raw: unknown): boolean {
  if (typeof raw === 'string') return raw.trim() !== ''
  return raw !== undefined && raw !== null
}

function uniqueNonEmpty(values: Array<string | null>): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const value of values) {
    if (value === null || seen.has(value.toLowerCase())) continue
    seen.add(value.toLowerCase())
    out.push(value)
  }
  return out
}

type Json = Record<string, unknown>

function asRecord(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {}
}

function asArray(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(asRecord) : []
}

// ---------------------------------------------------------------------------------------------
// The harness

interface GoldenCase {
  name: string
  /** the view we must produce, or the error reason we must throw */
  run(): { actual: unknown; expected: unknown }
}

interface SuiteResult {
  passed: number
  total: number
  different: number
}

function goldenSuite(suite: string, cases: GoldenCase[]): void {
  const differences = readDifferences(suite)
  const result: SuiteResult = { passed: 0, total: cases.length, different: 0 }
  describe(`golden: ${suite}`, () => {
    for (const golden of cases) {
      const reason = differences.get(golden.name)
      const title = reason === undefined ? golden.name : `${golden.name} (differs: ${reason})`
      it(title, () => {
        const { actual, expected } = golden.run()
        if (reason === undefined) {
          assert.deepEqual(actual, expected, describeMismatch(actual, expected))
          result.passed++
          return
        }
        assert.notDeepEqual(
          actual,
          expected,
          `${golden.name} now matches the suite: remove it from testdata/${suite}/differences.json`,
        )
        result.different++
      })
    }
    it('lists only existing cases in differences.json', () => {
      const names = new Set(cases.map((golden) => golden.name))
      assert.deepEqual(
        [...differences.keys()].filter((name) => !names.has(name)),
        [],
      )
    })
    it('summary', (t) => {
      t.diagnostic(
        `${suite}: ${result.passed} passed / ${result.total} total / ${result.different} deliberately different`,
      )
      for (const [category, count] of categoryCounts(differences)) {
        t.diagnostic(`${suite} difference "${category}": ${count}`)
      }
    })
  })
}

/** The differing paths of two JSON-like values, for a readable failure message. */
function describeMismatch(actual: unknown, expected: unknown): string {
  const lines: string[] = []
  const walk = (a: unknown, e: unknown, path: string): void => {
    if (lines.length >= 12) return
    if (typeof a === 'object' && a !== null && typeof e === 'object' && e !== null) {
      const keys = new Set([...Object.keys(a), ...Object.keys(e)])
      for (const key of keys) {
        walk((a as Json)[key], (e as Json)[key], path === '' ? key : `${path}.${key}`)
      }
      return
    }
    if (!Object.is(a, e)) {
      lines.push(`${path || '(root)'}: got ${JSON.stringify(a)}, expected ${JSON.stringify(e)}`)
    }
  }
  walk(actual, expected, '')
  return `not as the suite expects:\n${lines.join('\n')}`
}

function readDifferences(suite: string): Map<string, string> {
  const path = join(testdata, suite, 'differences.json')
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>
  return new Map(Object.entries(raw))
}

function categoryCounts(differences: Map<string, string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const reason of differences.values()) {
    const category = reason.split(':')[0] ?? reason
    counts.set(category, (counts.get(category) ?? 0) + 1)
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1]))
}

/** Runs the parser; a thrown ParseFeedError becomes its reason, so error cases compare too. */
function parseOrReason(
  body: Buffer,
  options: ViewOptions,
  contentType?: string,
): FeedView | { error: string } {
  try {
    return viewOf(parseFeedDocument({ body, contentType: contentType ?? null }), options)
  } catch (error) {
    if (error instanceof ParseFeedError) return { error: error.reason }
    throw error
  }
}

function listFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name)
      return statSync(path).isDirectory() ? listFiles(path) : [path]
    })
}

function readJson(path: string): Json {
  return asRecord(JSON.parse(readFileSync(path, 'utf8')))
}

// ---------------------------------------------------------------------------------------------
// gofeed: three shapes of expectation. parser/rss and parser/atom hold gofeed's per-format structs
// (no item images: those are the translator's job); translator/ and extensions/ hold its universal
// feed; parser/json holds JSON Feed documents.

function gofeedCases(): GoldenCase[] {
  const root = join(testdata, 'gofeed')
  const cases: GoldenCase[] = []
  for (const path of listFiles(root)) {
    const relative = path.slice(root.length + 1)
    const isInput = /\.xml$/.test(path) || /(?<!_expected)\.json$/.test(path)
    if (!isInput || relative.startsWith('parser/universal/') || relative.includes('/invalid/')) {
      continue
    }
    const expectedPath = path.endsWith('.xml')
      ? path.replace(/\.xml$/, '.json')
      : path.replace(/\.json$/, '_expected.json')
    if (!existsSync(expectedPath)) continue
    const kind = relative.startsWith('parser/rss/')
      ? 'rss'
      : relative.startsWith('parser/atom/')
        ? 'atom'
        : relative.startsWith('parser/json/')
          ? 'json'
          : 'universal'
    cases.push({
      name: relative,
      run() {
        const options = { ...gofeedOptions, withImage: kind === 'universal' }
        const actual = parseOrReason(readFileSync(path), options)
        const expectedJson = readJson(expectedPath)
        const actualView = 'error' in actual ? null : actual
        const expected =
          kind === 'rss'
            ? gofeedRssView(expectedJson, actualView)
            : kind === 'atom'
              ? gofeedAtomView(expectedJson, actualView)
              : kind === 'json'
                ? gofeedJsonView(expectedJson, actualView)
                : gofeedUniversalView(expectedJson, actualView)
        return { actual, expected }
      },
    })
  }
  return cases
}

/** gofeed's rss parser also reads RDF; it reports those as version 1.0 or 0.9(0). */
const rdfVersions: ReadonlySet<string> = new Set(['1.0', '0.9', '0.90'])

function enclosureViews(enclosures: Json[]): EnclosureView[] {
  return enclosures.flatMap((enclosure) => {
    const url = expectedUrl(enclosure.url ?? enclosure.href)
    const length = expectedLength(enclosure.length ?? enclosure.size_in_bytes)
    const type = text(enclosure.type ?? enclosure.mime_type)
    return url === null ? [] : [{ url, type, length }]
  })
}

/** gofeed's rss.Feed. */
function gofeedRssView(json: Json, actual: FeedView | null): FeedView {
  return {
    format: rdfVersions.has(String(json.version ?? '')) ? 'rdf' : 'rss',
    title: expectedTitle(json.title, actual?.title),
    link: expectedUrl(json.link),
    language: text(json.language),
    items: asArray(json.items).map((item, index) => {
      const ours = actual?.items[index]
      const enclosures = item.enclosures ?? (item.enclosure === undefined ? [] : [item.enclosure])
      return {
        id: text(asRecord(item.guid).value),
        title: expectedTitle(item.title, ours?.title),
        link: expectedUrl(item.link),
        published: expectedDate(item.pubDateParsed),
        updated: null,
        authors: expectedTexts([personFromRss(item.author)].filter(Boolean), ours?.authors),
        categories: expectedTexts(
          asArray(item.categories).map((category) => category.value),
          ours?.categories,
        ),
        enclosures: enclosureViews(asArray(enclosures)),
        summary: present(item.description),
        content: present(item.content),
      }
    }),
  }
}

/** gofeed keeps RSS author as written ("mail@example.org (Name)"); we keep the name. */
function personFromRss(raw: unknown): string | null {
  const value = text(raw)
  if (value === null) return null
  const bracketed = /^(.*?)\s*[(<]([^)>]*)[)>]\s*$/.exec(value)
  if (bracketed !== null) {
    const [, outside = '', inside = ''] = bracketed
    const name = outside.includes('@') ? inside : outside
    return collapseWhitespace(name) ?? collapseWhitespace(inside)
  }
  return value
}

/** gofeed's atom.Feed. */
function gofeedAtomView(json: Json, actual: FeedView | null): FeedView {
  return {
    format: 'atom',
    title: expectedTitle(json.title, actual?.title),
    link: atomAlternate(json.links),
    language: text(json.language),
    items: asArray(json.entries).map((entry, index) => {
      const ours = actual?.items[index]
      return {
        id: text(entry.id),
        title: expectedTitle(entry.title, ours?.title),
        link: atomAlternate(entry.links),
        published: expectedDate(entry.publishedParsed),
        updated: expectedDate(entry.updatedParsed),
        authors: expectedTexts(
          asArray(entry.authors).map((author) => author.name ?? author.email),
          ours?.authors,
        ),
        categories: expectedTexts(
          asArray(entry.categories).map((category) => category.label ?? category.term),
          ours?.categories,
        ),
        enclosures: enclosureViews(asArray(entry.links).filter((link) => link.rel === 'enclosure')),
        summary: present(asRecord(entry.summary).value ?? entry.summary),
        content: present(asRecord(entry.content).value),
      }
    }),
  }
}

function atomAlternate(links: unknown): string | null {
  const alternate = asArray(links).find(
    (link) => (link.rel === undefined || link.rel === 'alternate') && text(link.href) !== null,
  )
  return alternate === undefined ? null : expectedUrl(alternate.href)
}

/** gofeed's json.Feed: the JSON Feed document itself. */
function gofeedJsonView(json: Json, actual: FeedView | null): FeedView {
  const feedAuthors = asArray(json.authors ?? (json.author === undefined ? [] : [json.author]))
  return {
    format: 'json',
    title: text(json.title),
    link: expectedUrl(json.home_page_url),
    language: text(json.language),
    items: asArray(json.items).map((item, index) => {
      const ours = actual?.items[index]
      const authors = asArray(item.authors ?? (item.author === undefined ? [] : [item.author]))
      return {
        id: text(item.id),
        title: expectedTitle(item.title, ours?.title),
        link: expectedUrl(item.url) ?? expectedUrl(item.external_url),
        published: expectedDate(item.date_published),
        updated: expectedDate(item.date_modified),
        authors: expectedTexts(
          (authors.length > 0 ? authors : feedAuthors).map((author) => author.name),
          ours?.authors,
        ),
        categories: expectedTexts(Array.isArray(item.tags) ? item.tags : [], ours?.categories),
        enclosures: enclosureViews(asArray(item.attachments)),
        summary: present(item.summary),
        content: present(item.content_html) || present(item.content_text),
      }
    }),
  }
}

/** gofeed's universal gofeed.Feed (translator/ and extensions/). */
function gofeedUniversalView(json: Json, actual: FeedView | null): FeedView {
  const type = String(json.feedType ?? '')
  const format = type === 'rss' && rdfVersions.has(String(json.feedVersion ?? '')) ? 'rdf' : type
  return {
    format: format === '' ? (actual?.format ?? '') : format,
    title: expectedTitle(json.title, actual?.title),
    link: expectedUrl(json.link),
    language: text(json.language),
    items: asArray(json.items).map((item, index) => {
      const ours = actual?.items[index]
      return {
        id: text(item.guid),
        title: expectedTitle(item.title, ours?.title),
        link: expectedUrl(item.link),
        published: expectedDate(item.publishedParsed),
        updated: expectedDate(item.updatedParsed),
        authors: expectedTexts(
          asArray(item.authors).map((author) => author.name ?? author.email),
          ours?.authors,
        ),
        categories: expectedTexts(
          Array.isArray(item.categories) ? item.categories : [],
          ours?.categories,
        ),
        enclosures: enclosureViews(asArray(item.enclosures)),
        image: expectedUrl(asRecord(item.image).url),
        summary: present(item.description),
        content: present(item.content),
      }
    }),
  }
}

/** parser/universal has inputs without expectations: only the detected format (or the error). */
function gofeedUniversalCases(): GoldenCase[] {
  const expectations: Record<string, string> = {
    'atom03_feed.xml': 'atom',
    'atom10_feed.xml': 'atom',
    'empty_feed.xml': 'error:parse-error',
    'invalid.json': 'error:parse-error',
    'json10_feed.json': 'json',
    'json11_feed.json': 'json',
    'rdf_feed.xml': 'rdf',
    'rss_feed.xml': 'rss',
    'rss_feed_bom.xml': 'rss',
    'rss_feed_leading_spaces.xml': 'rss',
    'sample.json': 'json',
    'unknown_feed.xml': 'error:not-a-feed',
  }
  const extra: Record<string, string> = { 'parser/json/invalid/invalid.json': 'error:parse-error' }
  return [
    ...Object.entries(expectations).map(([file, expected]) => [
      `parser/universal/${file}`,
      expected,
    ]),
    ...Object.entries(extra),
  ].map(([name = '', expected = '']) => ({
    name,
    run() {
      const result = parseOrReason(readFileSync(join(testdata, 'gofeed', name)), gofeedOptions)
      const actual = 'error' in result ? `error:${result.error}` : result.format
      return { actual, expected }
    },
  }))
}

goldenSuite('gofeed', [...gofeedCases(), ...gofeedUniversalCases()])

// ---------------------------------------------------------------------------------------------
// rss-parser: its output keeps every field it met; the item's `content` is the RSS description (or
// Atom content/summary), `content:encoded` the full text, `isoDate` the parsed date.

const rssParserOptions: ViewOptions = {
  withImage: false,
  withLanguage: false,
  withCategories: true,
  mergedDates: true,
}

function rssParserCases(): GoldenCase[] {
  const root = join(testdata, 'rss-parser')
  const cases: GoldenCase[] = readdirSync(join(root, 'input'))
    .sort()
    .flatMap((file) => {
      const stem = file.replace(/\.[a-z]+$/, '')
      const expectedPath = join(root, 'output', `${stem}.json`)
      if (!existsSync(expectedPath)) return []
      return [
        {
          name: file,
          run() {
            const body = readFileSync(join(root, 'input', file))
            const format = parseOrReason(body, gofeedOptions)
            const isAtom = 'format' in format && format.format === 'atom'
            const actual = parseOrReason(body, { ...rssParserOptions, withCategories: !isAtom })
            const actualView = 'error' in actual ? null : actual
            const expected = rssParserView(readJson(expectedPath), actualView)
            return { actual, expected }
          },
        },
      ]
    })
  cases.push({
    name: 'unrecognized.rss',
    run() {
      const result = parseOrReason(
        readFileSync(join(root, 'input', 'unrecognized.rss')),
        rssParserOptions,
      )
      return { actual: result, expected: { error: 'not-a-feed' } }
    },
  })
  return cases
}

function rssParserView(json: Json, actual: FeedView | null): FeedView {
  const feed = asRecord(json.feed)
  const isAtom = actual?.format === 'atom'
  return {
    format: actual?.format ?? '',
    title: expectedTitle(feed.title, actual?.title),
    link: expectedUrl(feed.link),
    items: asArray(feed.items).map((item, index) => {
      const ours = actual?.items[index]
      const guid = typeof item.guid === 'string' ? item.guid : asRecord(item.guid)._
      const itunes = asRecord(item.itunes)
      const categories = Array.isArray(item.categories) ? (item.categories as unknown[]) : []
      return {
        id: text(guid) ?? text(item.id),
        title: expectedTitle(item.title, ours?.title),
        link: expectedUrl(item.link),
        published: expectedDate(item.isoDate),
        // rss-parser keeps <author> (or Atom's author), dc:creator and itunes:author apart; we merge
        authors: expectedTexts(
          uniqueNonEmpty([text(item.author), text(item.creator), text(itunes.author)]),
          ours?.authors,
        ),
        ...(isAtom
          ? {}
          : {
              categories: expectedTexts(
                categories.map((category) =>
                  typeof category === 'string' ? category : asRecord(category)._,
                ),
                ours?.categories,
              ),
            }),
        enclosures: enclosureViews(item.enclosure === undefined ? [] : [asRecord(item.enclosure)]),
        summary: isAtom ? present(item.summary) : present(item.content),
        content: isAtom ? present(item.content) : present(item['content:encoded']),
      }
    }),
  }
}

goldenSuite('rss-parser', rssParserCases())

// ---------------------------------------------------------------------------------------------
// Miniflux: encodings and real feeds. expected.json holds, per file, either a partial view (feed
// fields, item count and the listed items by index), an error reason, or strings the decoded text
// must contain.

interface MinifluxExpectation {
  /** the input, when the case name is not the file's path */
  file?: string
  contentType?: string
  error?: string
  decodedIncludes?: string[]
  warnings?: string[]
  feed?: Json
  itemCount?: number
  items?: Record<string, Json>
}

function minifluxCases(): GoldenCase[] {
  const root = join(testdata, 'miniflux')
  const manifest = readJson(join(root, 'expected.json')) as Record<string, MinifluxExpectation>
  return Object.entries(manifest).map(([name, expectation]) => ({
    name,
    run() {
      const body = readFileSync(join(root, expectation.file ?? name))
      if (expectation.decodedIncludes !== undefined) {
        const decoded = decodeBody(body, expectation.contentType ?? null).text
        return {
          actual: expectation.decodedIncludes.filter((needle) => decoded.includes(needle)),
          expected: expectation.decodedIncludes,
        }
      }
      if (expectation.error !== undefined) {
        let actual = 'parsed'
        try {
          parseFeedDocument({ body, contentType: expectation.contentType ?? null })
        } catch (error) {
          actual = isNotAFeedError(error)
            ? 'not-a-feed'
            : error instanceof ParseFeedError
              ? error.reason
              : String(error)
        }
        return { actual, expected: expectation.error }
      }
      const document = parseFeedDocument({ body, contentType: expectation.contentType ?? null })
      return { actual: partialView(document, expectation), expected: expectedPartial(expectation) }
    },
  }))
}

function expectedPartial(expectation: MinifluxExpectation): Json {
  return {
    feed: expectation.feed ?? {},
    itemCount: expectation.itemCount,
    items: expectation.items ?? {},
    warnings: expectation.warnings ?? [],
  }
}

/** Our document cut down to the keys the expectation names. */
function partialView(document: FeedDocument, expectation: MinifluxExpectation): Json {
  const pick = (source: Json, keys: string[]): Json =>
    Object.fromEntries(keys.map((key) => [key, source[key]]))
  const view = viewOf(document, { ...gofeedOptions, withImage: true }) as unknown as Json
  const items = view.items as Json[]
  return {
    feed: pick({ ...view, description: document.description }, Object.keys(expectation.feed ?? {})),
    itemCount: expectation.itemCount === undefined ? undefined : items.length,
    items: Object.fromEntries(
      Object.entries(expectation.items ?? {}).map(([index, fields]) => [
        index,
        pick(items[Number(index)] ?? {}, Object.keys(fields)),
      ]),
    ),
    warnings: document.warnings,
  }
}

goldenSuite('miniflux', minifluxCases())
