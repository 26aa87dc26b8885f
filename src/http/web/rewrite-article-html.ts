/**
 * @module rewrite-article-html
 * Prepares an entry's stored (already sanitised) HTML for the reader view so the page loads nothing
 * from third-party hosts: images go through the signed image proxy (lazy, async), embedded frames and
 * remote audio/video become plain links to their source, and the lead image is dropped when it is the
 * hero image shown above the text.
 */
import { parseHTML } from 'linkedom'

export interface RewriteOptions {
  /** the proxied URL of an image, or null to drop it */
  img(src: string | null | undefined): string | null
  /** the hero image shown above the body, if any (a duplicate first image is removed) */
  heroUrl?: string | null
}

export function rewriteArticleHtml(html: string, options: RewriteOptions): string {
  const { document } = parseHTML(
    `<!DOCTYPE html><html><body><div id="root">${html}</div></body></html>`,
  )
  const root = document.getElementById('root')
  if (!root) return ''
  let isFirstImage = true
  for (const img of [...root.querySelectorAll('img')]) {
    const src = img.getAttribute('src')
    if (isFirstImage && options.heroUrl && src === options.heroUrl) {
      const figure = img.closest('figure')
      ;(figure ?? img).remove()
      isFirstImage = false
      continue
    }
    isFirstImage = false
    const proxied = options.img(src)
    if (!proxied) {
      img.remove()
      continue
    }
    img.setAttribute('src', proxied)
    img.removeAttribute('srcset')
    img.removeAttribute('sizes')
    img.setAttribute('loading', 'lazy')
    img.setAttribute('decoding', 'async')
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '')
  }
  for (const source of [...root.querySelectorAll('picture source')]) source.remove()
  for (const media of [...root.querySelectorAll('iframe, video, audio')]) {
    const src =
      media.getAttribute('src') ?? media.querySelector('source')?.getAttribute('src') ?? null
    const replacement = document.createElement('p')
    replacement.setAttribute('class', 'embed-link')
    if (src && /^https?:\/\//i.test(src)) {
      const link = document.createElement('a')
      link.setAttribute('href', src)
      link.setAttribute('rel', 'noopener noreferrer')
      const kind =
        media.tagName.toLowerCase() === 'iframe' ? 'embedded content' : media.tagName.toLowerCase()
      const host = URL.canParse(src) ? new URL(src).hostname.replace(/^www\./, '') : ''
      link.textContent = `Open the ${kind}${host ? ` on ${host}` : ''}`
      replacement.appendChild(link)
    } else {
      replacement.textContent = 'Embedded media is available at the original.'
    }
    media.replaceWith(replacement)
  }
  for (const link of [...root.querySelectorAll('a[href]')]) {
    const href = link.getAttribute('href') ?? ''
    if (/^https?:\/\//i.test(href)) link.setAttribute('rel', 'noopener noreferrer')
  }
  return root.innerHTML
}

/** Plain text (no HTML stored) → paragraphs, escaped. */
export function plainTextToHtml(text: string): string {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
    .join('\n')
}
