/**
 * Golden tests on Mozilla Readability's test pages (testdata/readability, see SOURCE.md there): the
 * token F1 of our `text` against the text of Readability's `expected.html` must be at least 0.9, and
 * title/byline must match `expected-metadata.json`, except for the cases listed with a reason in
 * `known-below.json` (where we deliberately differ, e.g. by removing boilerplate Readability keeps).
 * A listed case that now passes fails too, so the list stays current.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'

import { isAppError } from '../../domain/errors.js'
import { htmlToText } from '../sanitize/html-to-text.js'
import { extractArticle } from './extract-article.js'
import { tokenF1 } from './token-f1.js'

const DIR = join(import.meta.dirname, 'testdata/readability')
const PAGE_URL = 'http://fakehost/test/page.html'
const MIN_F1 = 0.9

type KnownBelow = {
  text: Record<string, string>
  title: Record<string, string>
  byline: Record<string, string>
}
type ExpectedMetadata = { title?: string | null; byline?: string | null }

const known = JSON.parse(readFileSync(join(DIR, 'known-below.json'), 'utf8')) as KnownBelow
const cases = readdirSync(DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(DIR, entry.name, 'source.html')))
  .map((entry) => entry.name)
  .sort()

/** Metadata compared without layout whitespace, case, or a "By" prefix. */
function normalise(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const text = value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:by|par)\s+/i, '')
    .toLowerCase()
  return text === '' ? null : text
}

void describe('extractArticle on Readability test pages', () => {
  const failures = { text: [] as string[], title: [] as string[], byline: [] as string[] }
  const stale = { text: [] as string[], title: [] as string[], byline: [] as string[] }
  let meanF1 = 0

  for (const name of cases) {
    const html = readFileSync(join(DIR, name, 'source.html'), 'utf8')
    const expectedText = htmlToText(readFileSync(join(DIR, name, 'expected.html'), 'utf8'))
    const metadata = JSON.parse(
      readFileSync(join(DIR, name, 'expected-metadata.json'), 'utf8'),
    ) as ExpectedMetadata
    let result: ReturnType<typeof extractArticle> | null = null
    try {
      result = extractArticle({ html, url: PAGE_URL })
    } catch (error) {
      if (!isAppError(error) || error.code !== 'parse-error') throw error
    }
    const f1 = result === null ? 0 : tokenF1(result.text, expectedText).f1
    meanF1 += f1 / cases.length
    const checks = {
      text: f1 >= MIN_F1,
      title: normalise(result?.title) === normalise(metadata.title),
      byline: normalise(result?.byline) === normalise(metadata.byline),
    }
    for (const field of ['text', 'title', 'byline'] as const) {
      const listed = known[field][name] !== undefined
      const detail =
        field === 'text'
          ? `${name} (F1 ${f1.toFixed(3)})`
          : `${name}: ${JSON.stringify(result?.[field] ?? null)}`
      if (!checks[field] && !listed) failures[field].push(detail)
      if (checks[field] && listed) stale[field].push(name)
    }
  }

  void it(`scores token F1 >= ${MIN_F1} on every case not listed in known-below.json`, () => {
    assert.deepEqual(failures.text, [])
    assert.ok(meanF1 >= 0.93, `mean F1 ${meanF1.toFixed(4)}`)
  })

  void it('matches the expected title and byline except for listed cases', () => {
    assert.deepEqual({ title: failures.title, byline: failures.byline }, { title: [], byline: [] })
  })

  void it('lists no case in known-below.json that now passes', () => {
    assert.deepEqual(stale, { text: [], title: [], byline: [] })
  })
})
