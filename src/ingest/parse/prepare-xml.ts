/**
 * @module prepare-xml
 * Gets a feed's XML ready for feedsmith and says what was wrong with it. Well-formed documents pass
 * through untouched (one validation pass plus one scan of the `&`s). Malformed ones are recovered in
 * two steps: first stray `&` become `&amp;` and HTML-only entities (`&nbsp;`) become numeric
 * references; if the document is still malformed (mismatched or unclosed tags, a truncated body), it
 * is rebuilt by a lenient XML parser (linkedom, htmlparser2 underneath) that closes what was left
 * open. Every repair adds a warning, so the operator sees the feed is broken.
 */
import { decodeHTML } from 'entities'
import { XMLValidator } from 'fast-xml-parser'
import { DOMParser } from 'linkedom'

export interface PreparedXml {
  xml: string
  warnings: string[]
}

/** The five entities XML defines itself. */
const xmlEntities: ReadonlySet<string> = new Set(['amp', 'lt', 'gt', 'quot', 'apos'])
const numericReference = /#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});/y
const namedReference = /([A-Za-z][A-Za-z0-9]{0,31});/y
// eslint-disable-next-line no-control-regex
const illegalCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/
// eslint-disable-next-line no-control-regex
const illegalCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g
const cdataStart = '<![CDATA['
const commentStart = '<!--'

interface AmpersandScan {
  /** offsets of `&` that start no reference */
  stray: number[]
  /** HTML entities XML does not define, by offset */
  html: Array<{ at: number; name: string; replacement: string }>
  unknown: Set<string>
}

/**
 * Validates and, if needed, repairs a feed document.
 * @example prepareXml('<rss><channel><title>Fish & Chips</title></channel></rss>').warnings
 * // ['xml: 1 unescaped "&" read as text']
 */
export function prepareXml(input: string): PreparedXml {
  const warnings: string[] = []
  let text = input
  if (illegalCharacter.test(text)) {
    const before = text.length
    text = text.replace(illegalCharacters, '')
    warnings.push(`xml: removed ${before - text.length} control characters XML does not allow`)
  }
  const scan = scanAmpersands(text)
  warnings.push(...ampersandWarnings(scan, hasDoctype(text)))
  const verdict = XMLValidator.validate(text)
  if (verdict === true) return { xml: text, warnings }

  const escaped = scan.stray.length + scan.html.length > 0 ? applyEscapes(text, scan) : text
  const second = escaped === text ? verdict : XMLValidator.validate(escaped)
  if (second === true) return { xml: escaped, warnings }

  const where = second.err.line > 0 ? ` at line ${second.err.line}` : ''
  warnings.push(`xml: recovered from malformed XML${where}: ${second.err.msg}`)
  return { xml: rebuildLeniently(escaped), warnings }
}

function scanAmpersands(text: string): AmpersandScan {
  const scan: AmpersandScan = { stray: [], html: [], unknown: new Set() }
  let nextCdata = text.indexOf(cdataStart)
  let nextComment = text.indexOf(commentStart)
  let at = text.indexOf('&')
  while (at !== -1) {
    // skip CDATA sections and comments, where `&` is just a character
    const section = minPositive(nextCdata, nextComment)
    if (section !== -1 && section < at) {
      const isCdata = section === nextCdata
      const end = isCdata
        ? text.indexOf(']]>', section + cdataStart.length)
        : text.indexOf('-->', section + commentStart.length)
      if (end === -1) break
      const after = end + 3
      if (nextCdata !== -1 && nextCdata < after) nextCdata = text.indexOf(cdataStart, after)
      if (nextComment !== -1 && nextComment < after) nextComment = text.indexOf(commentStart, after)
      if (at < after) at = text.indexOf('&', after)
      continue
    }
    classifyAmpersand(text, at, scan)
    at = text.indexOf('&', at + 1)
  }
  return scan
}

function classifyAmpersand(text: string, at: number, scan: AmpersandScan): void {
  // escaped markup is mostly &lt; &gt; &quot; &amp;: settle those without a regex
  const next = text.charCodeAt(at + 1)
  if (next === 108 || next === 103) {
    if (text.charCodeAt(at + 2) === 116 && text.charCodeAt(at + 3) === 59) return // &lt; &gt;
  } else if (next === 113) {
    if (text.startsWith('quot;', at + 1)) return
  } else if (next === 97) {
    if (text.startsWith('amp;', at + 1) || text.startsWith('apos;', at + 1)) return
  }
  numericReference.lastIndex = at + 1
  if (numericReference.test(text)) return
  namedReference.lastIndex = at + 1
  const match = namedReference.exec(text)
  const name = match?.[1]
  if (name === undefined) {
    scan.stray.push(at)
    return
  }
  if (xmlEntities.has(name)) return
  const reference = `&${name};`
  const decoded = decodeHTML(reference)
  if (decoded === reference) scan.unknown.add(name)
  else scan.html.push({ at, name, replacement: toNumericReferences(decoded) })
}

function toNumericReferences(decoded: string): string {
  let out = ''
  for (const char of decoded) out += `&#${char.codePointAt(0)};`
  return out
}

function ampersandWarnings(scan: AmpersandScan, doctype: boolean): string[] {
  const warnings: string[] = []
  if (scan.stray.length > 0) {
    const count = scan.stray.length
    warnings.push(`xml: ${count} unescaped "&" read as text`)
  }
  // a DOCTYPE (e.g. Netscape's RSS 0.91 DTD) may define the HTML entities
  if (scan.html.length > 0 && !doctype) {
    const names = [...new Set(scan.html.map((entity) => `&${entity.name};`))]
    warnings.push(`xml: decoded HTML entities that XML does not define: ${listSome(names)}`)
  }
  if (scan.unknown.size > 0) {
    const names = [...scan.unknown].map((name) => `&${name};`)
    warnings.push(`xml: unknown entities kept as text: ${listSome(names)}`)
  }
  return warnings
}

function applyEscapes(text: string, scan: AmpersandScan): string {
  const edits = [
    ...scan.stray.map((at) => ({ at, length: 1, replacement: '&amp;' })),
    ...scan.html.map((entity) => ({
      at: entity.at,
      length: entity.name.length + 2,
      replacement: entity.replacement,
    })),
  ].sort((a, b) => a.at - b.at)
  const parts: string[] = []
  let last = 0
  for (const edit of edits) {
    parts.push(text.slice(last, edit.at), edit.replacement)
    last = edit.at + edit.length
  }
  parts.push(text.slice(last))
  return parts.join('')
}

/** Re-serialises the document through a forgiving parser, which balances every tag. */
function rebuildLeniently(text: string): string {
  const document = new DOMParser().parseFromString(text, 'text/xml')
  return document.toString()
}

function hasDoctype(text: string): boolean {
  const head = text.slice(0, 2048)
  return head.includes('<!DOCTYPE') || head.includes('<!doctype')
}

function listSome(names: string[]): string {
  const shown = names.slice(0, 5).join(', ')
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown
}

function minPositive(a: number, b: number): number {
  if (a === -1) return b
  if (b === -1) return a
  return Math.min(a, b)
}
