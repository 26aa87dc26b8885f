import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { parseHTML } from 'linkedom'

import { htmlToText } from '../sanitize/html-to-text.js'
import { type ArticleHints, removeBoilerplate } from './remove-boilerplate.js'

const TEXT =
  'The council approved the budget on Monday after a long debate, with seven votes in favour and two against, and the new rates apply from June.'

/** Runs the rules on `html` (the inside of Readability's article container) and returns the text kept. */
function kept(html: string, hints?: ArticleHints): string {
  const { document } = parseHTML(
    `<!doctype html><html><body><div id="root">${html}</div></body></html>`,
  )
  const root = document.getElementById('root') as unknown as Element
  removeBoilerplate(root, hints)
  return htmlToText(root.innerHTML)
}

void describe('removeBoilerplate', () => {
  void it('removes blocks named share/newsletter/related/ad/comments/author-bio and landmarks', () => {
    const html = `<p>${TEXT}</p>
      <div class="c-share__buttons"><a href="#">Share</a></div>
      <div class="newsletter-signup">Get the morning briefing</div>
      <ul class="related_links"><li><a href="/x">Another story</a></li></ul>
      <div id="div-gpt-ad-1" class="ad">Sponsored by a bank</div>
      <nav>Next article</nav>
      <div role="complementary">Popular now</div>
      <span class="visually-hidden">Opens in a new window</span>
      <p>${TEXT}</p>`
    assert.equal(kept(html), `${TEXT}\n\n${TEXT}`)
  })

  void it('keeps code comments, heading slugs and paragraphs whatever their names', () => {
    const html = `<h2 id="sharing-the-costs">Sharing the costs</h2><p class="promo">${TEXT}</p>
      <pre><code><span class="token comment">// keep me</span></code></pre>`
    assert.equal(kept(html), `Sharing the costs\n\n${TEXT}\n\n// keep me`)
  })

  void it('removes labels, calls to action, credit lines and inline "Related:" links', () => {
    const html = `<p>${TEXT}</p><p>ADVERTISEMENT</p><p>Story continues below advertisement</p>
      <p>Sign up for our politics newsletter to get the latest in your inbox.</p>
      <figure><img src="a.jpg"><figcaption>The town hall. <span>Photo: Jo Bloggs/AFP</span></figcaption></figure>
      <p>Related: <a href="/x">Council delays the vote on the budget</a></p>
      <p>Lire aussi : <a href="/y">Le budget adopté</a></p><p>${TEXT}</p>`
    assert.equal(kept(html), `${TEXT}\n\n${TEXT}\n\nThe town hall.`) // captions follow the text
  })

  void it('removes "Related"/"About the author" sections with what they introduce', () => {
    const html = `<p>${TEXT}</p><h3>More from Politics</h3>
      <ul><li><a href="/a">Mayor resigns</a></li><li><a href="/b">New bus lanes</a></li></ul>
      <p>${TEXT}</p><h4>About the author</h4><p>Jo Bloggs covers local politics.</p>`
    assert.equal(kept(html), `${TEXT}\n\n${TEXT}`)
  })

  void it('trims bylines, dates and link lists at the edges but keeps them inside the text', () => {
    const html = `<p><a href="/politics">Politics</a></p><p>By Jo Bloggs</p><p>Updated 3:45 PM ET, Mon July 3, 2023</p>
      <p>${TEXT}</p><p>By the evening, <a href="/x">the vote</a> was over.</p><p>${TEXT}</p>
      <p><a href="/t/budget">Budget</a> · <a href="/t/council">Council</a></p>`
    assert.equal(kept(html), `${TEXT}\n\nBy the evening, the vote was over.\n\n${TEXT}`)
  })

  void it('removes a leading heading that repeats the headline', () => {
    const html = `<h1>Council approves the budget</h1><p>${TEXT}</p><h2>Council approves the budget</h2>`
    assert.equal(
      kept(html, { title: 'Council approves the budget', articleBody: null }),
      `${TEXT}\n\nCouncil approves the budget`,
    )
  })

  void it('drops blocks that are not in a complete JSON-LD articleBody', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `${TEXT.replace('Monday', `day ${i}`)}`)
    const html = `${paragraphs.map((text) => `<p>${text}</p>`).join('')}<p>Tap to follow our live coverage tomorrow morning</p>`
    assert.equal(
      kept(html, { title: null, articleBody: paragraphs.join('\n') }),
      paragraphs.join('\n\n'),
    )
  })

  void it('changes nothing when the rules would remove most of the text', () => {
    // Each block is small enough to go on its own; together they are the article.
    const blocks = Array.from({ length: 5 }, () => `<div class="promo"><p>${TEXT}</p></div>`)
    const html = `${blocks.join('')}<p>Short.</p>`
    assert.equal(kept(html), [...blocks.map(() => TEXT), 'Short.'].join('\n\n'))
  })
})
