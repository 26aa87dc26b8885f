/**
 * @module eval-extraction
 * Scores article extraction against a folder of golden cases (`<case>/source.html` + `expected.html`,
 * Readability's test-page layout): token F1 of our `text` against the text of `expected.html`, for
 * plain Readability and for our extractor with boilerplate removal.
 *
 * Run: `npx tsx scripts/eval-extraction.ts [DIR] [--worst N] [--json]`
 * (default DIR: ../shared/data/extraction/readability/test/test-pages, relative to the repo root).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { isAppError } from '../src/domain/errors.js'
import { extractArticle } from '../src/ingest/extract/extract-article.js'
import { tokenF1 } from '../src/ingest/extract/token-f1.js'
import { htmlToText } from '../src/ingest/sanitize/html-to-text.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const defaultDir = join(repoRoot, '../shared/data/extraction/readability/test/test-pages')
/** Readability's tests load every page from this URL. */
const PAGE_URL = 'http://fakehost/test/page.html'

type Variant = 'plain' | 'improved'
type CaseResult = {
  name: string
  f1: number
  precision: number
  recall: number
  ms: number
  error: string | null
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { worst: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } },
})
const dir = resolve(positionals[0] ?? defaultDir)
if (!existsSync(dir)) {
  console.error(
    `eval-extraction: no test pages at ${dir}; pass a directory of <case>/source.html + expected.html`,
  )
  process.exit(positionals[0] === undefined ? 0 : 2)
}

const cases = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
  .map((entry) => entry.name)
  .sort()

function runVariant(variant: Variant): CaseResult[] {
  return cases.map((name) => {
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8')
    const expectedPath = join(dir, name, 'expected.html')
    const expected = existsSync(expectedPath) ? htmlToText(readFileSync(expectedPath, 'utf8')) : ''
    const start = performance.now()
    let text = ''
    let error: string | null = null
    try {
      text = extractArticle({ html, url: PAGE_URL }, { plain: variant === 'plain' }).text
    } catch (caught) {
      if (!isAppError(caught)) throw caught
      error = caught.message
    }
    const ms = performance.now() - start
    return { name, ...tokenF1(text, expected), ms, error }
  })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function summarise(results: CaseResult[]) {
  const f1 = results.map((result) => result.f1)
  return {
    cases: results.length,
    shareAtLeast090: f1.filter((value) => value >= 0.9).length / Math.max(1, results.length),
    meanF1: f1.reduce((sum, value) => sum + value, 0) / Math.max(1, results.length),
    medianF1: median(f1),
    medianMsPerPage: median(results.map((result) => result.ms)),
    errors: results.filter((result) => result.error !== null).length,
  }
}

// Warm up the JIT so the first variant is not charged for it.
for (const name of cases.slice(0, 5)) {
  try {
    extractArticle({ html: readFileSync(join(dir, name, 'source.html'), 'utf8'), url: PAGE_URL })
  } catch (caught) {
    if (!isAppError(caught)) throw caught
  }
}

const worst = Number.parseInt(values.worst ?? '10', 10)
const report = (['plain', 'improved'] as const).map((variant) => {
  const results = runVariant(variant)
  const ranked = [...results].sort((a, b) => a.f1 - b.f1).slice(0, worst)
  return { variant, ...summarise(results), worst: ranked }
})

if (values.json) {
  console.log(JSON.stringify({ dir, report }, null, 2))
} else {
  console.log(`test pages: ${dir}`)
  for (const { variant, worst: ranked, ...summary } of report) {
    console.log(
      `\n== ${variant === 'plain' ? 'plain Readability' : 'Readability + boilerplate removal'} ==`,
    )
    console.log(`cases:            ${summary.cases}`)
    console.log(`token F1 >= 0.9:  ${(summary.shareAtLeast090 * 100).toFixed(1)}%`)
    console.log(`mean F1:          ${summary.meanF1.toFixed(4)}`)
    console.log(`median F1:        ${summary.medianF1.toFixed(4)}`)
    console.log(`median ms/page:   ${summary.medianMsPerPage.toFixed(1)}`)
    console.log(`no content found: ${summary.errors}`)
    console.log(`worst ${ranked.length}:`)
    for (const result of ranked) {
      const scores = `F1 ${result.f1.toFixed(3)}  P ${result.precision.toFixed(3)}  R ${result.recall.toFixed(3)}`
      console.log(
        `  ${result.name.padEnd(44)} ${scores}${result.error === null ? '' : `  (${result.error})`}`,
      )
    }
  }
}
