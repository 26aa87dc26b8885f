/**
 * @module plain-text
 * Text fields of feeds in the two directions the model needs: feed markup to one line of plain text
 * (titles, feed descriptions), and plain text to HTML (Atom `type="text"`, JSON Feed `content_text`).
 */
import { htmlToText } from '../sanitize/html-to-text.js'

const whitespace = /\s+/g
/** two whitespace characters in a row, or one that is not a plain space */
const needsCollapsing = /\s\s|[^\S ]/

/**
 * One line of plain text from a field that may hold HTML: tags stripped, entities decoded,
 * whitespace collapsed and trimmed; null when nothing is left.
 * @example toPlainText('Fish &amp; <b>Chips</b>\n') // 'Fish & Chips'
 */
export function toPlainText(html: string | null | undefined): string | null {
  if (html == null) return null
  const text = html.includes('<') || html.includes('&') ? htmlToText(html) : html
  return collapseWhitespace(text)
}

/** Trims and collapses runs of whitespace to one space; null when empty. */
export function collapseWhitespace(text: string | null | undefined): string | null {
  if (text == null) return null
  const trimmed = text.trim()
  const collapsed = needsCollapsing.test(trimmed) ? trimmed.replace(whitespace, ' ') : trimmed
  return collapsed === '' ? null : collapsed
}

/**
 * HTML that displays `text` as written: the markup characters escaped, line breaks kept.
 * @example textToHtml('a < b\nc') // 'a &lt; b<br>c'
 */
export function textToHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r?\n/g, '<br>')
}
