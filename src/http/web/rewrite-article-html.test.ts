import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { rewriteArticleHtml } from './rewrite-article-html.js'

describe('rewriteArticleHtml', () => {
  const img = (src: string | null | undefined) => (src ? `/img?u=${encodeURIComponent(src)}` : null)
  it('proxies images, drops the duplicate hero, and turns embeds into links', () => {
    const html = rewriteArticleHtml(
      '<figure><img src="https://x.example/hero.jpg"></figure><p>Text</p>' +
        '<img src="https://x.example/b.jpg" srcset="https://x.example/b2.jpg 2x" alt="B">' +
        '<iframe src="https://www.youtube.com/embed/1"></iframe><video src="https://v.example/v.mp4"></video>',
      { img, heroUrl: 'https://x.example/hero.jpg' },
    )
    assert.doesNotMatch(html, /hero.jpg/)
    assert.match(html, /<img[^>]* src="\/img\?u=https%3A%2F%2Fx.example%2Fb.jpg"/)
    assert.match(html, /<img[^>]* loading="lazy"/)
    assert.doesNotMatch(html, /srcset|<iframe|<video/)
    assert.match(
      html,
      /href="https:\/\/www.youtube.com\/embed\/1"[^>]*>Open the embedded content on youtube.com<\/a>/,
    )
    assert.match(html, /Open the video on v.example/)
    assert.doesNotMatch(html, /src="https?:/)
  })
})
