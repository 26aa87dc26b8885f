import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { AppError } from '../../domain/errors.js'
import { extractArticle } from './extract-article.js'

const URL = 'https://news.example/world/2024/05/01/harbour-reopens.html'

const PARAGRAPHS = [
  'The harbour reopened on Tuesday after three weeks of repairs, the port authority said, ending a closure that had stranded fishing boats, ferries and cargo ships along the coast.',
  'Engineers replaced two damaged sections of the sea wall, which had been breached during the storm in early April, and dredged the main channel to its original depth.',
  'Local businesses, many of which depend on summer visitors arriving by ferry, welcomed the news, although some said the closure had already cost them a large part of the season.',
  'The authority said it would publish a full report on the storm damage, including the cost of the repairs and the steps taken to protect the wall from future storms, next month.',
]

function page(article: string, head = ''): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
  <title>Harbour reopens after storm repairs | Coast News</title>
  <meta property="og:site_name" content="Coast News">
  ${head}
</head>
<body>
  <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article class="story">
      <h1>Harbour reopens after storm repairs</h1>
      ${article}
    </article>
  </main>
  <footer class="site-footer"><p>© 2024 Coast News. <a href="/about">About us</a></p></footer>
</body>
</html>`
}

const body = (paragraphs: readonly string[]): string =>
  paragraphs.map((text) => `<p>${text}</p>`).join('\n')

void describe('extractArticle', () => {
  void it('reads metadata from JSON-LD, OpenGraph and <html lang>', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Coast News' },
        {
          '@type': 'NewsArticle',
          headline: 'Harbour reopens after storm repairs',
          author: [
            { '@type': 'Person', name: 'Ana Costa' },
            { '@type': 'Person', name: 'Tom Reed' },
          ],
          datePublished: '2024-05-01T09:30:00+02:00',
          description: 'Fishing boats and ferries can use the port again.',
          publisher: { '@type': 'Organization', name: 'Coast News Ltd' },
        },
      ],
    })
    const article = extractArticle({
      html: page(body(PARAGRAPHS), `<script type="application/ld+json">${jsonLd}</script>`),
      url: URL,
    })
    assert.deepEqual(
      { ...article, contentHtml: undefined, text: undefined },
      {
        title: 'Harbour reopens after storm repairs',
        byline: 'Ana Costa, Tom Reed',
        siteName: 'Coast News',
        published: '2024-05-01T07:30:00.000Z',
        lang: 'en-GB',
        excerpt: 'Fishing boats and ferries can use the port again.',
        contentHtml: undefined,
        text: undefined,
      },
    )
    assert.equal(article.text, PARAGRAPHS.join('\n\n'))
  })

  void it('falls back to meta tags, <time datetime> and the first paragraph', () => {
    const html = page(
      `<p class="byline">By Ana Costa</p><time datetime="2024-05-01">1 May 2024</time>${body(PARAGRAPHS)}`,
      '<meta name="author" content="Ana Costa">',
    )
    const { byline, published, excerpt } = extractArticle({ html, url: URL })
    assert.deepEqual(
      { byline, published, excerpt },
      { byline: 'Ana Costa', published: '2024-05-01', excerpt: PARAGRAPHS[0] },
    )
  })

  void it('removes share bars, newsletter boxes, ad labels, related lists, credits, author bios and comments', () => {
    const [first = '', second = '', third = '', fourth = ''] = PARAGRAPHS
    const article = `
      <div class="article-share-bar"><a href="https://facebook.com/share">Facebook</a> <a href="https://x.com/share">Share on X</a></div>
      <figure><img src="/harbour.jpg" alt="The harbour"><figcaption>Boats in the harbour on Tuesday. <span class="credit">Photo: Jane Roe/Reuters</span></figcaption></figure>
      <p>${first}</p>
      <div class="ad-slot"><p>Advertisement</p></div>
      <p>${second}</p>
      <aside class="inline-newsletter"><h3>Morning briefing</h3><p>Sign up for our daily newsletter and get the news in your inbox.</p><form><input type="email"><button>Sign up</button></form></aside>
      <p>${third}</p>
      <p>Related: <a href="/world/2024/04/storm-hits-coast.html">Storm hits the coast, closing the harbour</a></p>
      <p>${fourth}</p>
      <div class="related-articles-content"><h2>Related stories</h2><ul>
        <li><a href="/a">Ferry company cuts summer timetable after the storm</a></li>
        <li><a href="/b">Fishermen ask for compensation for lost weeks at sea</a></li>
      </ul></div>
      <div class="author-bio"><p>Ana Costa is our coast correspondent. She has covered the region for ten years.</p></div>
      <section id="comments"><h2>12 comments</h2><p>Great news, finally! I have been waiting for weeks to take the ferry again.</p></section>`
    const { text, contentHtml } = extractArticle({ html: page(article), url: URL })
    // the caption stays (its credit goes) and, in plain text, follows the article
    assert.equal(text, [...PARAGRAPHS, 'Boats in the harbour on Tuesday.'].join('\n\n'))
    assert.match(
      contentHtml,
      /<img src="https:\/\/news\.example\/harbour\.jpg" alt="The harbour" \/>/,
    )
  })

  void it('ignores a comments section that is longer than the article', () => {
    const comment = (i: number): string =>
      `<li class="comment"><div class="comment-body"><p>Reader ${i} writes: I have taken this ferry for twenty years, and the closure this spring was the longest I remember, longer even than the strikes of the nineties.</p></div></li>`
    const comments = `<div id="comments"><h2>Comments</h2><ol class="commentlist">${Array.from({ length: 12 }, (_, i) => comment(i)).join('')}</ol></div>`
    const html = page(body(PARAGRAPHS.slice(0, 2))).replace('</main>', `${comments}</main>`)
    const plain = extractArticle({ html, url: URL }, { plain: true }).text
    assert.match(plain, /Reader 3 writes/)
    assert.equal(extractArticle({ html, url: URL }).text, PARAGRAPHS.slice(0, 2).join('\n\n'))
  })

  void it('keeps a page whose every paragraph carries a "boilerplate" class', () => {
    const article = PARAGRAPHS.map((text) => `<div class="promo"><p>${text}</p></div>`).join('\n')
    assert.equal(extractArticle({ html: page(article), url: URL }).text, PARAGRAPHS.join('\n\n'))
  })

  void it('uses the JSON-LD articleBody when the page markup hides most of the article', () => {
    const full = [...PARAGRAPHS, ...PARAGRAPHS.map((text) => text.replace('The', 'Meanwhile, the'))]
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      articleBody: full.join('\n'),
    })
    const html = page(
      `<p>${PARAGRAPHS[0] ?? ''}</p><p>${PARAGRAPHS[1] ?? ''}</p>`,
      `<script type="application/ld+json">${jsonLd}</script>`,
    )
    assert.equal(extractArticle({ html, url: URL }).text, full.join('\n\n'))
  })

  void it('sanitises the content and resolves links against <base href>', () => {
    const article = `<p onclick="steal()">${PARAGRAPHS[0] ?? ''} <a href="../more.html">More details</a> are online.</p><script>alert(1)</script>${body(PARAGRAPHS.slice(1))}`
    const { contentHtml } = extractArticle({
      html: page(article, '<base href="https://cdn.news.example/world/">'),
      url: URL,
    })
    assert.doesNotMatch(contentHtml, /onclick|script|alert/)
    assert.match(
      contentHtml,
      /<a href="https:\/\/cdn\.news\.example\/more\.html" rel="noopener noreferrer" target="_blank">More details<\/a>/,
    )
  })

  void it('accepts a bare HTML fragment', () => {
    assert.equal(extractArticle({ html: body(PARAGRAPHS), url: URL }).text, PARAGRAPHS.join('\n\n'))
  })

  void it('throws parse-error on pages without an article', () => {
    const home = page(
      '<ul>' +
        Array.from(
          { length: 30 },
          (_, i) =>
            `<li><a href="/story-${i}">Headline number ${i} about the news of the day</a></li>`,
        ).join('') +
        '</ul>',
    )
    for (const html of ['', '<html><body><p>Page not found.</p></body></html>', home]) {
      assert.throws(
        () => extractArticle({ html, url: URL }),
        (error: unknown) =>
          error instanceof AppError &&
          error.code === 'parse-error' &&
          error.message === 'extract: no article content found',
      )
    }
  })
})
