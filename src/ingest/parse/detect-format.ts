/**
 * @module detect-format
 * Which kind of document a decoded body is, from its content alone (never from the URL or the
 * Content-Type): the root element of XML, or JSON. Reads only the prolog, so it costs next to nothing.
 */
import type { FeedFormat } from './parsed-feed.js'

export type DetectedFormat =
  | { kind: 'feed'; format: FeedFormat; start: number }
  | { kind: 'html' }
  | { kind: 'other-xml'; root: string }
  | { kind: 'empty' }
  | { kind: 'unknown' }

/** Elements that only ever start an HTML page. */
const htmlRoots: ReadonlySet<string> = new Set([
  'html',
  'head',
  'body',
  'title',
  'meta',
  'link',
  'script',
  'style',
  'div',
  'p',
  'br',
  'table',
  'h1',
  'h2',
  'span',
  'a',
  'center',
  'iframe',
])

/** How far into a body to look for the document once leading junk (e.g. PHP warnings) is found. */
const junkSearchLimit = 4096

/**
 * Detects the format of a decoded document. `start` is the offset where the document really
 * begins: non-zero when leading junk precedes the XML.
 * @example detectFormat('<?xml version="1.0"?><rss version="2.0">…') // { kind: 'feed', format: 'rss', start: 0 }
 */
export function detectFormat(text: string): DetectedFormat {
  const first = skipWhitespace(text, 0)
  if (first >= text.length) return { kind: 'empty' }
  const char = text[first]
  if (char === '{') return { kind: 'feed', format: 'json', start: first }
  const direct: DetectedFormat = char === '<' ? detectXml(text, first) : { kind: 'unknown' }
  if (direct.kind === 'feed') return direct
  return feedAfterJunk(text, first + 1) ?? direct
}

/** A feed that starts after leading junk, such as a PHP notice ("<br />\n<b>Warning</b>: ..."). */
function feedAfterJunk(text: string, from: number): DetectedFormat | null {
  const head = text.slice(0, junkSearchLimit)
  for (const marker of ['<?xml', '<rss', '<feed', '<rdf:RDF']) {
    const at = head.indexOf(marker, from)
    if (at === -1) continue
    const detected = detectXml(text, at)
    if (detected.kind === 'feed') return detected
  }
  return null
}

function detectXml(text: string, start: number): DetectedFormat {
  let i = start
  while (i < text.length) {
    i = skipWhitespace(text, i)
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2)
      if (end === -1) return { kind: 'unknown' }
      i = end + 2
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4)
      if (end === -1) return { kind: 'unknown' }
      i = end + 3
    } else if (text.startsWith('<!', i)) {
      if (/^<!doctype\s+html/i.test(text.slice(i, i + 20))) return { kind: 'html' }
      i = skipDoctype(text, i)
      if (i === -1) return { kind: 'unknown' }
    } else if (text[i] === '<') {
      return classifyRoot(readName(text, i + 1), start)
    } else {
      return { kind: 'unknown' }
    }
  }
  return { kind: 'empty' }
}

function classifyRoot(name: string, start: number): DetectedFormat {
  const lower = name.toLowerCase()
  const local = lower.slice(lower.indexOf(':') + 1)
  if (local === 'rss') return { kind: 'feed', format: 'rss', start }
  if (local === 'feed') return { kind: 'feed', format: 'atom', start }
  if (local === 'rdf') return { kind: 'feed', format: 'rdf', start }
  if (htmlRoots.has(lower)) return { kind: 'html' }
  if (name === '') return { kind: 'unknown' }
  return { kind: 'other-xml', root: name }
}

function skipDoctype(text: string, start: number): number {
  // <!DOCTYPE name [ internal subset ]>
  let i = start + 2
  let depth = 0
  while (i < text.length) {
    const char = text[i]
    if (char === '[') depth++
    else if (char === ']') depth--
    else if (char === '>' && depth <= 0) return i + 1
    i++
  }
  return -1
}

function readName(text: string, start: number): string {
  let end = start
  while (end < text.length && !' \t\r\n/>'.includes(text[end] ?? ' ')) end++
  return text.slice(start, end)
}

function skipWhitespace(text: string, start: number): number {
  let i = start
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0xfeff) break
    i++
  }
  return i
}
