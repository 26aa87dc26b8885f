/**
 * @module decode-body
 * Bytes to text for feed documents (and the HTML pages feed discovery and extraction read). Order:
 * byte-order mark, then the HTTP charset, then the XML declaration (or, for HTML, a `<meta>` charset in
 * the first 4 KB), then UTF-8 if the bytes are valid UTF-8, else windows-1252. A declared legacy charset
 * loses to valid non-ASCII UTF-8 (the declaration is then wrong, as Miniflux also assumes), and
 * ISO-8859-1 / US-ASCII labels decode as windows-1252, as browsers do. iconv-lite does the decoding
 * because Node 20's TextDecoder reads windows-1252 as Latin-1.
 */
import { isAscii, isUtf8 } from 'node:buffer'

import iconv from 'iconv-lite'

export interface DecodedBody {
  text: string
  /** the charset actually used, lower case (e.g. "utf-8", "windows-1252") */
  encoding: string
  /** e.g. "encoding: body is not valid UTF-8 ...; decoded as windows-1252" */
  warnings: string[]
}

const utf8Labels: ReadonlySet<string> = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8'])
const latin1Labels: ReadonlySet<string> = new Set([
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp819',
  'ibm819',
])
const xmlEncodingPattern = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/
const htmlStartPattern = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i
const metaCharsetPattern = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i

/**
 * Decodes a response body. A string body is returned as is (minus a leading BOM).
 * @example decodeBody(bytes, 'application/rss+xml; charset=windows-1252').text
 */
export function decodeBody(body: Uint8Array | string, contentType?: string | null): DecodedBody {
  if (typeof body === 'string') {
    return { text: stripBom(body), encoding: 'utf-16', warnings: [] }
  }
  const buffer = Buffer.isBuffer(body)
    ? body
    : Buffer.from(body.buffer, body.byteOffset, body.length)
  const byBom = decodeByBom(buffer)
  if (byBom !== null) return byBom

  const warnings: string[] = []
  const declared = [
    { source: 'HTTP charset', label: charsetFromContentType(contentType) },
    { source: 'XML declaration', label: charsetFromXmlDeclaration(buffer) },
    { source: 'HTML meta', label: charsetFromHtmlMeta(buffer) },
  ]
  const valid = isUtf8(buffer)
  for (const { source, label } of declared) {
    if (label === null) continue
    if (utf8Labels.has(label)) {
      if (valid) return { text: buffer.toString('utf8'), encoding: 'utf-8', warnings }
      warnings.push(`encoding: ${source} says UTF-8 but the body is not valid UTF-8`)
      continue
    }
    if (label.startsWith('utf-16') || label.startsWith('utf-32') || label === 'unicode') {
      // the declaration was readable as ASCII, so the body is not UTF-16/32 (there was no BOM)
      continue
    }
    const encoding = latin1Labels.has(label) ? 'windows-1252' : label
    if (!iconv.encodingExists(encoding)) {
      warnings.push(`encoding: unknown charset "${label}" in ${source} ignored`)
      continue
    }
    if (valid && !isAscii(buffer)) {
      warnings.push(
        `encoding: ${source} says ${label} but the body is valid UTF-8; decoded as UTF-8`,
      )
      return { text: buffer.toString('utf8'), encoding: 'utf-8', warnings }
    }
    return { text: stripBom(iconv.decode(buffer, encoding)), encoding, warnings }
  }
  if (valid) return { text: buffer.toString('utf8'), encoding: 'utf-8', warnings }
  warnings.push('encoding: body is not valid UTF-8 and no usable charset; decoded as windows-1252')
  return { text: iconv.decode(buffer, 'windows-1252'), encoding: 'windows-1252', warnings }
}

function decodeByBom(buffer: Buffer): DecodedBody | null {
  const [b0, b1, b2, b3] = buffer
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: buffer.toString('utf8', 3), encoding: 'utf-8', warnings: [] }
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return {
      text: iconv.decode(buffer.subarray(2), 'utf-16le'),
      encoding: 'utf-16le',
      warnings: [],
    }
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return {
      text: iconv.decode(buffer.subarray(2), 'utf-16be'),
      encoding: 'utf-16be',
      warnings: [],
    }
  }
  // no BOM, but "<?" in UTF-16 (XML spec, appendix F)
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) {
    return { text: iconv.decode(buffer, 'utf-16le'), encoding: 'utf-16le', warnings: [] }
  }
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) {
    return { text: iconv.decode(buffer, 'utf-16be'), encoding: 'utf-16be', warnings: [] }
  }
  return null
}

/** The lower-cased `charset` parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)
  return match?.[1] === undefined ? null : match[1].toLowerCase()
}

function charsetFromXmlDeclaration(buffer: Buffer): string | null {
  const head = buffer.toString('latin1', 0, Math.min(buffer.length, 512))
  const match = xmlEncodingPattern.exec(head)
  return match?.[1] === undefined ? null : match[1].toLowerCase()
}

/** `<meta charset>` or `<meta http-equiv content="...; charset=...">` of an HTML page, or null. */
function charsetFromHtmlMeta(buffer: Buffer): string | null {
  const head = buffer.toString('latin1', 0, Math.min(buffer.length, 4096))
  if (!htmlStartPattern.test(head)) return null
  const match = metaCharsetPattern.exec(head)
  return match?.[1] === undefined ? null : match[1].toLowerCase()
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
