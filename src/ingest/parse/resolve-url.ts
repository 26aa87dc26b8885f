/**
 * @module resolve-url
 * Absolute http(s) URLs from the hrefs feeds carry, with WHATWG `URL`. Relative hrefs resolve against
 * the nearest base: the xml:base chain, else the feed's own link, else the fetch URL. Other schemes
 * (javascript:, data:, mailto:, ...) are dropped, since links, images and enclosures are http(s) only.
 */

const allowedProtocols: ReadonlySet<string> = new Set(['http:', 'https:'])
// eslint-disable-next-line no-control-regex
const edgeControls = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g
const tabsAndNewlines = /[\t\n\r]/g
const schemePattern = /^[a-z][a-z0-9+.-]*:/i

/**
 * Resolves `href` against `base`. Returns null when the href is empty, unparsable or not http(s);
 * returns a relative href unchanged when there is no base to resolve it against.
 * @example resolveUrl('../b', 'https://example.com/a/feed.xml') // 'https://example.com/b'
 */
export function resolveUrl(href: string | null | undefined, base: string | null): string | null {
  if (href == null) return null
  const value = href.replace(tabsAndNewlines, '').replace(edgeControls, '')
  if (value === '') return null
  const hasScheme = schemePattern.test(value)
  if (!hasScheme && base === null) {
    // protocol-relative ("//cdn.example.com/a.jpg") needs no base to be made absolute
    return value.startsWith('//') ? resolveUrl(`https:${value}`, null) : value
  }
  try {
    const url = new URL(value, base ?? undefined)
    return allowedProtocols.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

/**
 * The base URL in effect inside an element with `xml:base="raw"`, given the base outside it.
 * An xml:base that cannot be made absolute leaves the outer base in effect.
 */
export function resolveBase(raw: string | null | undefined, outer: string | null): string | null {
  if (raw == null) return outer
  const resolved = resolveUrl(raw, outer)
  return resolved !== null && schemePattern.test(resolved) ? resolved : outer
}
