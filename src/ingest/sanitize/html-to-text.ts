/**
 * @module html-to-text
 * Turns HTML into readable plain text for search indexing, clustering and summaries: block elements
 * become line or paragraph breaks, entities are decoded, whitespace is collapsed (kept inside `<pre>`),
 * and non-content elements (scripts, styles, forms, embedded media) are skipped. Image captions
 * (`<figcaption>`) move to the end, so the text starts with the article, not with a caption (story
 * leads and summaries are cut from the start). A single streaming pass of htmlparser2, with no DOM,
 * so it stays cheap enough for every entry.
 */
import { Parser } from 'htmlparser2'

/** Elements that end a paragraph: a blank line before and after. */
const PARAGRAPH_ELEMENTS = names(
  'p h1 h2 h3 h4 h5 h6 blockquote pre figure table ul ol dl section article header footer aside main ' +
    'nav address details hr hgroup fieldset center',
)

/** Elements that start on a new line. */
const LINE_ELEMENTS = names(
  'div li tr dt dd caption summary legend picture video audio form body html',
)

/** Elements separated from their neighbours by a space. */
const CELL_ELEMENTS = names('td th')

/** Elements whose content is not readable text. */
const SKIPPED_ELEMENTS = names(
  'script style noscript template head title svg math iframe object embed select option textarea ' +
    'button canvas map datalist dialog',
)

const WHITESPACE = /\s+/g
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g

/**
 * Returns the readable text of `html`: paragraphs separated by blank lines, no markup.
 *
 * @example
 * htmlToText('<h2>Title</h2><p>One&nbsp;&amp; two<br>three</p>') // 'Title\n\nOne & two\nthree'
 */
export function htmlToText(html: string): string {
  const parts: string[] = []
  let pendingBreaks = 0
  let skipDepth = 0
  let preDepth = 0
  let captionDepth = 0
  const captions: string[] = []

  const lastPart = (): string => parts[parts.length - 1] ?? ''
  const requestBreaks = (count: number): void => {
    if (count > pendingBreaks) pendingBreaks = count
  }
  const write = (raw: string): void => {
    let text = raw.replace(INVISIBLE, '')
    if (preDepth === 0) text = text.replace(WHITESPACE, ' ')
    else text = text.replace(/\r\n?/g, '\n')
    if (text === '' || (pendingBreaks > 0 && text.trim() === '')) return
    if (pendingBreaks > 0) {
      if (parts.length > 0) {
        parts[parts.length - 1] = lastPart().trimEnd()
        parts.push('\n'.repeat(pendingBreaks))
      }
      pendingBreaks = 0
      if (preDepth === 0) text = text.trimStart()
    } else if (preDepth === 0 && text.startsWith(' ')) {
      const last = lastPart()
      if (last === '' || last.endsWith(' ') || last.endsWith('\n')) text = text.slice(1)
    }
    if (text !== '') parts.push(text)
  }

  const parser = new Parser(
    {
      onopentag(name) {
        if (skipDepth > 0 || SKIPPED_ELEMENTS.has(name)) {
          skipDepth++
          return
        }
        if (name === 'figcaption' && captionDepth++ === 0) captions.push('')
        if (captionDepth > 0) {
          if (name === 'br' || PARAGRAPH_ELEMENTS.has(name) || LINE_ELEMENTS.has(name)) {
            captions[captions.length - 1] += ' '
          }
          return
        }
        if (name === 'br') {
          pendingBreaks = Math.min(pendingBreaks + 1, 2)
          if (parts.length === 0) pendingBreaks = 0
        } else if (PARAGRAPH_ELEMENTS.has(name)) requestBreaks(2)
        else if (LINE_ELEMENTS.has(name)) requestBreaks(1)
        else if (CELL_ELEMENTS.has(name)) write(' ')
        if (name === 'pre') preDepth++
      },
      ontext(text) {
        if (skipDepth > 0) return
        if (captionDepth > 0) captions[captions.length - 1] += text
        else write(text)
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--
          return
        }
        if (captionDepth > 0) {
          if (name === 'figcaption') captionDepth--
          else captions[captions.length - 1] += ' '
          return
        }
        if (PARAGRAPH_ELEMENTS.has(name)) requestBreaks(2)
        else if (LINE_ELEMENTS.has(name)) requestBreaks(1)
        else if (CELL_ELEMENTS.has(name)) write(' ')
        if (name === 'pre' && preDepth > 0) preDepth--
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)
  // Only line breaks can lead (a leading space is never written), and they must not trim a <pre>.
  const text = parts.join('').replace(/^\n+/, '').trimEnd()
  const captionText = captions
    .map((c) => c.replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim())
    .filter((c) => c !== '')
    .join('\n')
  if (captionText === '') return text
  return text === '' ? captionText : `${text}\n\n${captionText}`
}

function names(list: string): ReadonlySet<string> {
  return new Set(list.split(' '))
}
