/**
 * @module extract
 * `broadsheet extract [--url URL] FILE_OR_URL`: the main article of a page as
 * `{"title","byline","siteName","published","lang","excerpt","contentHtml","text"}` (stable contract).
 */
import { createFetcherFromConfig } from '../../app.js'
import { AppError } from '../../domain/errors.js'
import { extractArticle } from '../../ingest/extract/extract-article.js'
import type { Fetcher } from '../../ingest/fetch/fetcher.js'
import { decodeBody } from '../../ingest/parse/decode-body.js'
import type { Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'
import { readInput } from './read-input.js'

export const extractCommand: Command = {
  name: ['extract'],
  usage: 'extract [--url URL] FILE_OR_URL',
  summary: 'extract the article of a web page as JSON (stable contract)',
  async run(args, ctx) {
    const { values, positionals } = parseFlags(args, { url: { type: 'string' } }, this.usage)
    if (positionals.length !== 1) {
      throw new AppError(
        'invalid-input',
        `expected one file or URL\nusage: broadsheet ${this.usage}`,
      )
    }
    const input = positionals[0]!
    let fetcher: Fetcher | null = null
    try {
      if (/^https?:\/\//i.test(input)) fetcher = createFetcherFromConfig(ctx.config())
      const { body, contentType, url } = await readInput(
        input,
        fetcher,
        'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      )
      const html = decodeBody(body, contentType).text
      const pageUrl = values.url ?? url ?? 'http://localhost/'
      const article = extractArticle({ html, url: pageUrl })
      ctx.out.json({
        title: article.title,
        byline: article.byline,
        siteName: article.siteName,
        published: article.published,
        lang: article.lang,
        excerpt: article.excerpt,
        contentHtml: article.contentHtml,
        text: article.text,
      })
      return 0
    } finally {
      await fetcher?.close()
    }
  },
}
