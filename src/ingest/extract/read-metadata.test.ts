import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { parseHTML } from 'linkedom'

import { type PageMetadata, readMetadata, toIsoDate } from './read-metadata.js'

function metadataOf(head: string, body = '', htmlAttributes = ''): PageMetadata {
  const html = `<!doctype html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`
  return readMetadata(parseHTML(html).document as unknown as Document)
}

const none: PageMetadata = {
  title: null,
  byline: null,
  siteName: null,
  published: null,
  lang: null,
  excerpt: null,
  articleBody: null,
}

void describe('readMetadata', () => {
  void it('prefers the JSON-LD article object, found in arrays and @graph', () => {
    const ld = [
      { '@context': 'https://schema.org', '@type': 'BreadcrumbList', name: 'Home > World' },
      {
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': ['NewsArticle'],
            headline: ' Storm  closes the harbour ',
            author: 'Ana Costa',
            datePublished: '2024-04-02T18:05:00-04:00',
            inLanguage: 'pt',
            publisher: { name: 'Coast News' },
            description: 'The port is shut.',
            articleBody: 'First paragraph.\nSecond paragraph.',
          },
        ],
      },
    ]
    const head = `<title>Ignored | Coast News</title><meta property="og:title" content="Ignored too">
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">${JSON.stringify(ld)}</script>`
    assert.deepEqual(metadataOf(head), {
      title: 'Storm closes the harbour',
      byline: 'Ana Costa',
      siteName: 'Coast News',
      published: '2024-04-02T22:05:00.000Z',
      lang: 'pt',
      excerpt: 'The port is shut.',
      articleBody: 'First paragraph.\nSecond paragraph.',
    })
  })

  void it('reads OpenGraph, article:* and Dublin Core meta tags', () => {
    const head = `<meta property="og:title" content="Storm closes the harbour">
      <meta property="og:site_name" content="Coast News">
      <meta property="article:author" content="https://news.example/staff/ana">
      <meta name="DC.creator" content="Ana Costa">
      <meta property="article:published_time" content="2024-04-02T18:05:00Z">
      <meta name="description" content="The port is shut.">
      <meta property="og:locale" content="en_GB">`
    assert.deepEqual(metadataOf(head), {
      ...none,
      title: 'Storm closes the harbour',
      byline: 'Ana Costa',
      siteName: 'Coast News',
      published: '2024-04-02T18:05:00.000Z',
      lang: 'en-GB',
      excerpt: 'The port is shut.',
    })
  })

  void it('falls back to <title>, <time datetime> and <html lang>', () => {
    const body =
      '<time datetime="2024-01-01">New year</time><article><time datetime="2024-04-02">2 April</time></article>'
    assert.deepEqual(metadataOf('<title>Storm</title>', body, 'lang="de"'), {
      ...none,
      title: 'Storm',
      published: '2024-04-02',
      lang: 'de',
    })
  })
})

void describe('toIsoDate', () => {
  void it('normalises dates without depending on the machine time zone', () => {
    const cases: [string | null, string | null][] = [
      ['2024-04-02T18:05:00Z', '2024-04-02T18:05:00.000Z'],
      ['2021-11-01T10:52:50+0100', '2021-11-01T09:52:50.000Z'],
      ['2021-11-01T10:52+01', '2021-11-01T09:52:00.000Z'],
      ['2019-04-28 06:01:07', '2019-04-28T06:01:07'],
      ['2015-04-30T07:19', '2015-04-30T07:19:00'],
      ['2024-06-25', '2024-06-25'],
      ['Thu, 22 Dec 2016 18:43:37 GMT', '2016-12-22T18:43:37.000Z'],
      ['December 22, 2016 10:43 AM EST', '2016-12-22T15:43:00.000Z'],
      ['December 22, 2016', null],
      ['yesterday', null],
      [null, null],
    ]
    assert.deepEqual(
      cases.map(([input]) => toIsoDate(input)),
      cases.map(([, expected]) => expected),
    )
  })
})
