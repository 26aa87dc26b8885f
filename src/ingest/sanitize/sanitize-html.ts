/**
 * @module sanitize-html
 * Makes untrusted article/feed HTML safe to show: keeps only the elements and attributes in
 * `allowlist.ts`, drops scripts, styles, event handlers, forms and unknown embeds, allows only
 * http(s)/mailto/tel links and http(s) media, resolves relative URLs against the page or feed URL, and
 * hardens links and video iframes. Built on sanitize-html (htmlparser2); the output is idempotent.
 */
import sanitize from 'sanitize-html'

import {
  ALLOWED_ELEMENTS,
  BLOCKS_AS_DIV,
  DROP_WITH_CONTENT,
  GLOBAL_ATTRIBUTES,
  IFRAME_ATTRIBUTES,
  IFRAME_EMBEDS,
  LINK_ATTRIBUTES,
  LINK_SCHEMES,
  MEDIA_ELEMENTS,
  MEDIA_SCHEMES,
  URL_ATTRIBUTES,
  VOID_ELEMENTS,
} from './allowlist.js'

export type SanitizeOptions = {
  /** Absolute URL that relative links and images are resolved against (page or feed item URL). */
  baseUrl: string | null
}

/** Lazy-loading attributes that carry the real image when `src` is missing or a placeholder. */
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url']
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset']
const LAZY_ELEMENTS = new Set(['img', 'source', 'iframe', 'video'])

/** Images this small are tracking pixels or spacers, not content. */
const MAX_PIXEL_SIZE = 1

/** The parts of the sanitize-html configuration that do not depend on the base URL. */
const STATIC_OPTIONS: sanitize.IOptions = {
  allowedTags: Object.keys(ALLOWED_ELEMENTS),
  allowedAttributes: Object.fromEntries(
    Object.entries({ ...ALLOWED_ELEMENTS, '*': GLOBAL_ATTRIBUTES }).map(([tag, names]) => [
      tag,
      [...names],
    ]),
  ),
  allowedSchemes: [...LINK_SCHEMES],
  allowedSchemesByTag: Object.fromEntries(MEDIA_ELEMENTS.map((tag) => [tag, [...MEDIA_SCHEMES]])),
  allowedSchemesAppliedToAttributes: [...URL_ATTRIBUTES],
  allowProtocolRelative: false,
  allowedIframeHostnames: Object.keys(IFRAME_EMBEDS),
  allowIframeRelativeUrls: false,
  nonTextTags: [...DROP_WITH_CONTENT],
  selfClosing: [...VOID_ELEMENTS],
  disallowedTagsMode: 'discard',
  parseStyleAttributes: false,
}
const ALLOWED_TAGS = new Set(Object.keys(ALLOWED_ELEMENTS))

/**
 * Returns safe HTML for `html`. Never throws on malformed input.
 *
 * When the filter removed, unwrapped or renamed an element (say a stray `<body>` between two `<p>`s),
 * the result can have a nesting that the HTML parser reads differently next time; the filter then runs
 * a second time on its own output, which makes the result a fixed point (checked by a property test).
 *
 * @example
 * sanitizeHtml('<p onclick="x()">Hi <a href="/a">there</a><script>x()</script></p>', {
 *   baseUrl: 'https://news.example/world/',
 * })
 * // '<p>Hi <a href="https://news.example/a" rel="noopener noreferrer" target="_blank">there</a></p>'
 */
export function sanitizeHtml(html: string, options: SanitizeOptions): string {
  const base = parseBase(options.baseUrl)
  let reshaped = false
  const config: sanitize.IOptions = {
    ...STATIC_OPTIONS,
    onOpenTag: (name) => {
      if (!ALLOWED_TAGS.has(name) || BLOCKS_AS_DIV.includes(name)) reshaped = true
    },
    transformTags: {
      '*': (tagName, attribs) => {
        const tag = BLOCKS_AS_DIV.includes(tagName) ? 'div' : tagName
        return { tagName: tag, attribs: rewriteAttributes(tag, attribs, base) }
      },
    },
    exclusiveFilter: (frame) => {
      const verdict = excluded(frame)
      if (verdict !== false) reshaped = true
      return verdict
    },
  }
  const once = sanitize(html, config)
  return reshaped ? sanitize(once, config) : once
}

/** Links without a target are unwrapped; iframes and images without a (safe) source are dropped. */
function excluded(frame: sanitize.IFrame): boolean | 'excludeTag' {
  if (frame.tag === 'a' && frame.attribs.href === undefined) return 'excludeTag'
  if (frame.tag === 'iframe') return frame.attribs.src === undefined
  if (frame.tag === 'img') return frame.attribs.src === undefined || isTrackingPixel(frame.attribs)
  return false
}

function parseBase(baseUrl: string | null): URL | null {
  if (baseUrl === null) return null
  try {
    const url = new URL(baseUrl)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

function rewriteAttributes(
  tag: string,
  input: Record<string, string>,
  base: URL | null,
): Record<string, string> {
  const attribs = { ...input }
  if (LAZY_ELEMENTS.has(tag)) promoteLazySource(attribs)
  const schemes = MEDIA_ELEMENTS.includes(tag) ? MEDIA_SCHEMES : LINK_SCHEMES
  for (const name of URL_ATTRIBUTES) {
    const value = attribs[name]
    if (value === undefined) continue
    const url = resolveUrl(value, base, schemes)
    if (url === null) delete attribs[name]
    else attribs[name] = url
  }
  if (attribs.srcset !== undefined) {
    const srcset = resolveSrcset(attribs.srcset, base)
    if (srcset === null) delete attribs.srcset
    else attribs.srcset = srcset
  }
  // An <img> with only a srcset still needs a src (and would otherwise be dropped).
  if (tag === 'img' && attribs.src === undefined && attribs.srcset !== undefined) {
    attribs.src = attribs.srcset.split(/\s/, 1)[0] ?? ''
  }
  if (tag === 'a') Object.assign(attribs, LINK_ATTRIBUTES)
  if (tag === 'video' || tag === 'audio') attribs.controls = ''
  if (tag === 'iframe') {
    const embed = attribs.src === undefined ? null : embedUrl(attribs.src)
    if (embed === null) delete attribs.src
    else Object.assign(attribs, IFRAME_ATTRIBUTES, { src: embed })
  }
  return attribs
}

/** Lazy-loaded media keep the real URL in a data attribute and a placeholder (or nothing) in `src`. */
function promoteLazySource(attribs: Record<string, string>): void {
  const src = attribs.src?.trim() ?? ''
  if (src === '' || /^data:/i.test(src)) {
    const lazy = LAZY_SRC_ATTRIBUTES.map((name) => attribs[name]).find((value) => value?.trim())
    if (lazy !== undefined) attribs.src = lazy
  }
  if (attribs.srcset === undefined) {
    const lazy = LAZY_SRCSET_ATTRIBUTES.map((name) => attribs[name]).find((value) => value?.trim())
    if (lazy !== undefined) attribs.srcset = lazy
  }
}

/**
 * Cleans one URL as a browser would read it (tabs/newlines removed, C0 controls and spaces trimmed),
 * then returns it absolute (when a base is known) or null if its scheme is not in `schemes`.
 */
export function resolveUrl(
  raw: string,
  base: URL | null,
  schemes: readonly string[],
): string | null {
  // eslint-disable-next-line no-control-regex
  let value = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  if (value === '') return null
  if (/^[\\/]{2}/.test(value)) value = 'https://' + value.replace(/^[\\/]+/, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase()
  if (scheme !== undefined && !schemes.includes(scheme)) return null
  if (scheme === 'mailto' || scheme === 'tel') return value
  if (scheme === undefined && base === null) return value
  try {
    const url = new URL(value, base ?? undefined)
    return schemes.includes(url.protocol.slice(0, -1)) ? url.href : null
  } catch {
    return null
  }
}

/** Resolves each candidate of a `srcset`; drops unsafe ones; null when none is left. */
function resolveSrcset(srcset: string, base: URL | null): string | null {
  const candidates: string[] = []
  for (const { url, descriptor } of parseSrcset(srcset)) {
    const resolved = resolveUrl(url, base, MEDIA_SCHEMES)
    // A comma inside a URL would be read as a candidate separator on the next pass.
    if (resolved === null || resolved.includes(',')) continue
    candidates.push(descriptor === '' ? resolved : `${resolved} ${descriptor}`)
  }
  return candidates.length === 0 ? null : candidates.join(', ')
}

/** The HTML `srcset` grammar, simplified: URL, optional descriptors, comma-separated. */
function parseSrcset(srcset: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string }[] = []
  let i = 0
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i] ?? '')) i++
    const start = i
    while (i < srcset.length && !/\s/.test(srcset[i] ?? '')) i++
    let url = srcset.slice(start, i)
    if (url === '') break
    let descriptor = ''
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '')
    } else {
      const end = srcset.indexOf(',', i)
      descriptor = srcset.slice(i, end === -1 ? srcset.length : end).trim()
      i = end === -1 ? srcset.length : end + 1
    }
    if (/^[\d.]+[wx]$/i.test(descriptor) || descriptor === '') out.push({ url, descriptor })
  }
  return out
}

/** The https URL of an allowed video/audio player, or null for any other iframe source. */
function embedUrl(src: string): string | null {
  try {
    const url = new URL(src)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
    const prefixes = IFRAME_EMBEDS[url.hostname]
    if (prefixes === undefined || !prefixes.some((prefix) => url.pathname.startsWith(prefix))) {
      return null
    }
    url.protocol = 'https:'
    return url.href
  } catch {
    return null
  }
}

function isTrackingPixel(attribs: Record<string, string>): boolean {
  const width = Number.parseInt(attribs.width ?? '', 10)
  const height = Number.parseInt(attribs.height ?? '', 10)
  return width <= MAX_PIXEL_SIZE && height <= MAX_PIXEL_SIZE
}
