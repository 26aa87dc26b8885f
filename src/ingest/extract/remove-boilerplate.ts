/**
 * @module remove-boilerplate
 * Removes the page furniture Readability tends to leave inside an article: share/social bars,
 * newsletter sign-ups, "Related"/"Read more" lists, advertisement labels, comment sections, author bio
 * boxes, photo-credit lines, tag lists, and short link lists or date/byline lines at the very start or
 * end. Every rule is generic (class/id vocabulary, stock phrases in a few languages, link density,
 * position) and bounded in size, so one rule can never remove the body of an article.
 */
import {
  BOILERPLATE_NAME,
  BOILERPLATE_ROLE,
  BOX_HEADING,
  BYLINE_LINE,
  CALL_TO_ACTION,
  COMMENTS_NAME,
  CREDIT_LINE,
  DATE_LINE,
  INLINE_LINK_PREFIX,
  LABEL_TEXT,
  LIST_HEADING,
  SCREEN_READER_NAME,
} from './boilerplate-patterns.js'
import { tokenF1, tokenize } from './token-f1.js'

/** Elements whose whole text may be a label. */
const LABEL_CANDIDATES = tags(
  'P DIV SECTION ASIDE HEADER FOOTER LI UL OL DL H1 H2 H3 H4 H5 H6 FIGCAPTION TABLE',
)
const INLINE_TAGS = tags('SPAN SMALL STRONG B EM I CITE')
/** Elements that may head a "Related" list or an author box. */
const HEADING_CANDIDATES = tags('H1 H2 H3 H4 H5 H6 P DIV STRONG B')
/** Containers removed when nothing is left in them. */
const EMPTY_CANDIDATES = tags('DIV SECTION UL OL LI P ASIDE HEADER FOOTER FIGURE')
/** Attributes in which component frameworks name their blocks. */
const COMPONENT_ATTRIBUTES = ['data-component', 'data-testid', 'data-module', 'data-type']
/** Elements that can hold a comments section. */
const COMMENT_CONTAINERS = tags('DIV SECTION ASIDE OL UL LI FOOTER ARTICLE')
/** Parents in which a lone inline element is a block of its own. */
const CONTAINER_TAGS = tags('DIV SECTION ARTICLE ASIDE HEADER FOOTER FIGURE BODY MAIN')
/** Elements that are always one block of text. */
const LEAF_BLOCKS = tags('P LI H1 H2 H3 H4 H5 H6 FIGCAPTION BLOCKQUOTE PRE TR DT DD')
/** Content elements never removed because of their class/id. */
const NEVER_BY_NAME = tags(
  'P BLOCKQUOTE PRE CODE TD TH TR TBODY IMG PICTURE FIGURE H1 H2 H3 H4 H5 H6',
)
const MEDIA_TAGS = tags('IMG PICTURE VIDEO AUDIO IFRAME SVG TABLE PRE')
/** Elements that make their parent a container rather than a block of text. */
const BLOCK_TAGS = tags('P LI H1 H2 H3 H4 H5 H6 DIV FIGURE TABLE BLOCKQUOTE PRE UL OL')

/** Largest share of the article one class/id match may remove. */
const MAX_NAMED_SHARE = 0.25
/** `articleBody` is used to prune blocks only if it has this many words… */
const MIN_BODY_WORDS = 150
/** …and our text already holds this share of them (so it is the whole article, not a teaser). */
const MIN_BODY_COVERAGE = 0.9
/** A block with less than this share of its words in `articleBody` is not article text. */
const MIN_BLOCK_IN_BODY = 0.5
/** If the rules would keep less than this share of the text, none of them is applied. */
const MIN_KEPT_SHARE = 0.5
/** Longest text (in characters) a phrase rule looks at. */
const SHORT_TEXT = 160
/** Edge blocks shorter than this and mostly links are navigation, not content. */
const EDGE_TEXT = 300
/** Longest link list removed after a "Related" heading, and longest author box after its heading. */
const MAX_LIST_TEXT = 1500
const MAX_BOX_TEXT = 600
const TEXT_NODE = 3
const ELEMENT_NODE = 1

/** What the page says about itself, used to recognise the headline and the article's own text. */
export type ArticleHints = {
  /** The article's headline: a leading heading repeating it is removed. */
  title: string | null
  /** The publisher's plain-text article body (JSON-LD `articleBody`), if any. */
  articleBody: string | null
}

/** Removes boilerplate from the article subtree `root` (in place). */
export function removeBoilerplate(
  root: Element,
  hints: ArticleHints = { title: null, articleBody: null },
): void {
  const total = textOf(root).length
  if (total === 0) return
  const removals = new Removals()
  removeNamedBlocks(root, total, removals)
  removeListSections(root, removals)
  removeLabelledBlocks(root, removals)
  trimEdges(root, removals)
  if (hints.title !== null) removeLeadingTitle(root, hints.title, removals)
  if (hints.articleBody !== null) keepArticleBodyBlocks(root, hints.articleBody, removals)
  removeEmptyBlocks(root, removals)
  // A page whose every paragraph carries a "boilerplate" class would lose its body piece by piece:
  // if the rules took most of the text, they misread this page, so keep Readability's version.
  if (textOf(root).length < MIN_KEPT_SHARE * total) removals.undo()
}

/**
 * Removes reader-comment sections from a whole page before Readability looks at it: many short
 * comment paragraphs can otherwise outscore a short article.
 */
export function removeCommentSections(body: Element): void {
  for (const element of elementsOf(body)) {
    // Only sections: a code highlighter's <span class="comment"> is content.
    if (!COMMENT_CONTAINERS.has(element.tagName)) continue
    const names = [
      element.getAttribute('id') ?? '',
      ...(element.getAttribute('class') ?? '').split(/\s+/),
    ]
    if (names.some((name) => COMMENTS_NAME.test(name))) element.remove()
  }
}

/** Removes elements and remembers where they were, so that all removals can be undone. */
class Removals {
  private readonly log: { node: Element; parent: Node; next: Node | null }[] = []

  remove(node: Element): void {
    const parent = node.parentNode
    if (parent === null) return
    this.log.push({ node, parent, next: node.nextSibling })
    node.remove()
  }

  undo(): void {
    for (const { node, parent, next } of this.log.reverse()) parent.insertBefore(node, next)
    this.log.length = 0
  }
}

/**
 * Blocks whose class, id or role says share/related/newsletter/ad/comments/author-bio/navigation, and
 * screen-reader-only labels. Paragraphs are never removed by name, and no single match may take more
 * than {@link MAX_NAMED_SHARE} of the article.
 */
function removeNamedBlocks(root: Element, total: number, removals: Removals): void {
  for (const element of elementsOf(root)) {
    if (
      NEVER_BY_NAME.has(element.tagName) ||
      (!element.hasAttributes() && element.tagName !== 'NAV')
    ) {
      continue
    }
    const name = componentName(element)
    const hidden = SCREEN_READER_NAME.test(name)
    const named =
      BOILERPLATE_NAME.test(name) ||
      BOILERPLATE_ROLE.test(element.getAttribute('role') ?? '') ||
      element.tagName === 'NAV'
    if (!named && !hidden) continue
    // Code highlighters use class names like "comment"; headings carry slug ids like "sharing-data".
    if (element.closest('pre, code, h1, h2, h3, h4, h5, h6') !== null) continue
    const limit = named ? MAX_NAMED_SHARE * total : SHORT_TEXT
    if (textUpTo(element, limit) !== null) removals.remove(element)
  }
}

/** Class, id and component attributes naming what an element is (`c-share-bar`, `newsletter-signup`). */
function componentName(element: Element): string {
  // Long ids and test ids are slugs of headings ("sharing-with-a-single-developer"), not component names.
  const short = (value: string | null): string =>
    value !== null && value.split(/[-_]/).length <= 3 ? value : ''
  const component = COMPONENT_ATTRIBUTES.map((name) => short(element.getAttribute(name))).join(' ')
  return `${element.getAttribute('class') ?? ''} ${short(element.getAttribute('id'))} ${component}`
}

/** Short blocks whose whole text is a label, call to action or credit line. */
function removeLabelledBlocks(root: Element, removals: Removals): void {
  for (const element of elementsOf(root)) {
    if (!LABEL_CANDIDATES.has(element.tagName) && !INLINE_TAGS.has(element.tagName)) continue
    const text = textUpTo(element, SHORT_TEXT)
    if (text === null || containsMedia(element)) continue
    if (INLINE_TAGS.has(element.tagName)) {
      // Inline text is a label only when it stands alone, e.g. a credit <span> inside a <figcaption>.
      const parent = element.parentElement
      const standalone =
        parent !== null &&
        (CONTAINER_TAGS.has(parent.tagName) || textUpTo(parent, text.length) === text)
      const credit = parent?.tagName === 'FIGCAPTION' && CREDIT_LINE.some((re) => re.test(text))
      if (text === '' || !(standalone || credit)) continue
    }
    if (text === '' || isLabel(text) || isInlineLink(element, text)) removals.remove(element)
  }
}

function isLabel(text: string): boolean {
  return (
    LABEL_TEXT.test(text) ||
    CALL_TO_ACTION.some((re) => re.test(text)) ||
    CREDIT_LINE.some((re) => re.test(text))
  )
}

/** "Related: <a>Other story</a>" / "READ MORE: <a>…</a>" lines inside the text. */
function isInlineLink(element: Element, text: string): boolean {
  const match = INLINE_LINK_PREFIX.exec(text)
  if (match === null) return false
  const rest = text.length - match[0].length
  return rest > 0 && linkTextLength(element) >= 0.6 * rest
}

/** "Related stories" / "About the author" headings together with the list or box they introduce. */
function removeListSections(root: Element, removals: Removals): void {
  for (const heading of elementsOf(root)) {
    if (!HEADING_CANDIDATES.has(heading.tagName)) continue
    const text = textUpTo(heading, 60)
    if (text === null || text === '') continue
    const isList = LIST_HEADING.test(text)
    const isBox = BOX_HEADING.test(text)
    if (!isList && !isBox) continue
    const tag = heading.tagName
    const whole = !/^(?:H\d|P|DIV)$/.test(tag) && isWholeBlock(heading, text)
    if (!/^(?:H\d|P|DIV)$/.test(tag) && !whole) continue
    if ((tag === 'P' || tag === 'DIV') && heading.children.length > 1) continue
    const anchor = whole && heading.parentElement !== null ? heading.parentElement : heading
    let next = anchor.nextElementSibling
    let removedText = 0
    while (next !== null) {
      const following = next.nextElementSibling
      const limit = isList ? MAX_LIST_TEXT : MAX_BOX_TEXT - removedText
      const length = textUpTo(next, limit)?.length
      if (length === undefined) break
      const linkDense = length === 0 || linkTextLength(next) >= 0.5 * length
      if (isList && !linkDense) break
      removedText += length
      removals.remove(next)
      next = following
    }
    removals.remove(anchor)
  }
}

/** Leading and trailing leaf blocks that are link lists, dates, bylines or labels. */
function trimEdges(root: Element, removals: Removals): void {
  const leaves = leafBlocks(root)
  let start = 0
  for (; start < leaves.length; start++) {
    const leaf = leaves[start]
    if (leaf === undefined || !isEdgeJunk(leaf, 'start')) break
    removals.remove(leaf)
  }
  for (let end = leaves.length - 1; end >= start; end--) {
    const leaf = leaves[end]
    if (leaf === undefined || !isEdgeJunk(leaf, 'end')) break
    removals.remove(leaf)
  }
}

function isEdgeJunk(element: Element, edge: 'start' | 'end'): boolean {
  const text = textUpTo(element, EDGE_TEXT)
  if (text === null || containsMedia(element)) return false
  if (text === '') return true
  if (text.length <= SHORT_TEXT) {
    if (isLabel(text) || DATE_LINE.test(text) || BYLINE_LINE.test(text)) return true
    // "By Jane Doe, CNN | Updated 3:45 PM ET, Mon July 3, 2023"
    if (edge === 'start' && /^by\s/i.test(text) && /[\d|•·]/.test(text)) return true
  }
  const links = linkTextLength(element)
  // At the start a short link of a few words is a section/category label ("Biz & IT"), not a heading.
  if (edge === 'start') return links >= 0.8 * text.length && text.split(' ').length <= 3
  return links >= 0.5 * text.length
}

/** Leaf blocks in document order: paragraphs, list items, headings, and divs without block children. */
function leafBlocks(root: Element): Element[] {
  const leaves: Element[] = []
  const visit = (element: Element): void => {
    for (const child of element.children) {
      if (LEAF_BLOCKS.has(child.tagName) || !containsTag(child, BLOCK_TAGS)) {
        leaves.push(child)
      } else {
        visit(child)
      }
    }
  }
  visit(root)
  return leaves
}

/** A first heading that repeats the headline (shown separately, and not part of the body text). */
function removeLeadingTitle(root: Element, title: string, removals: Removals): void {
  const first = leafBlocks(root).find(hasContent)
  if (first === undefined || !/^H[1-3]$/.test(first.tagName)) return
  const heading = new Set(tokenize(textOf(first)))
  const headline = new Set(tokenize(title))
  if (heading.size === 0 || headline.size === 0) return
  const shared = [...heading].filter((token) => headline.has(token)).length
  if (shared >= 0.8 * heading.size && shared >= 0.8 * headline.size) removals.remove(first)
}

/**
 * When the publisher's `articleBody` is evidently complete (our text holds at least
 * {@link MIN_BODY_COVERAGE} of its words), blocks whose words are mostly absent from it are not article
 * text (captions without images, promos, labels) and go. Headings and media stay.
 */
function keepArticleBodyBlocks(root: Element, articleBody: string, removals: Removals): void {
  const body = tokenize(articleBody)
  if (body.length < MIN_BODY_WORDS) return
  if (tokenF1(textOf(root), articleBody).recall < MIN_BODY_COVERAGE) return
  const vocabulary = new Set(body)
  for (const leaf of leafBlocks(root)) {
    if (/^H\d$/.test(leaf.tagName) || containsMedia(leaf)) continue
    const tokens = tokenize(textOf(leaf))
    if (tokens.length === 0) continue
    const inBody = tokens.filter((token) => vocabulary.has(token)).length
    if (inBody < MIN_BLOCK_IN_BODY * tokens.length) removals.remove(leaf)
  }
}

/** Containers left without text or media by the rules above. */
function removeEmptyBlocks(root: Element, removals: Removals): void {
  for (const element of elementsOf(root).reverse()) {
    if (!EMPTY_CANDIDATES.has(element.tagName)) continue
    if (!hasContent(element)) removals.remove(element)
  }
}

/** True for an inline element (e.g. `<strong>`) that holds all the text of its parent block. */
function isWholeBlock(element: Element, text: string): boolean {
  const parent = element.parentElement
  return (
    parent !== null &&
    /^(?:P|DIV|LI)$/.test(parent.tagName) &&
    textUpTo(parent, text.length) === text
  )
}

function linkTextLength(element: Element): number {
  if (element.tagName === 'A') return textOf(element).length
  let length = 0
  for (const link of element.querySelectorAll('a')) length += textOf(link).length
  return length
}

function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/**
 * The whitespace-normalised text of `node` if it has at most `limit` characters, else null. Stops
 * reading as soon as the text is too long, so size checks on large containers stay cheap.
 */
function textUpTo(node: Node, limit: number): string | null {
  const parts: string[] = []
  // Collapsed pieces can only shrink when joined, so `length` bounds the final length from above.
  let length = 0
  const visit = (parent: Node): boolean => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const piece = (child.nodeValue ?? '').replace(/\s+/g, ' ')
        parts.push(piece)
        length += piece.length
        if (length > 2 * limit + 2) return false
      } else if (child.nodeType === ELEMENT_NODE && !visit(child)) {
        return false
      }
    }
    return true
  }
  if (!visit(node)) return null
  const text = parts.join('').replace(/\s+/g, ' ').trim()
  return text.length <= limit ? text : null
}

/** True when `node` contains an image, video, table or other non-text content. */
function containsMedia(node: Element): boolean {
  return containsTag(node, MEDIA_TAGS)
}

function containsTag(node: Element, names: ReadonlySet<string>): boolean {
  for (let child = node.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (names.has(child.tagName) || containsTag(child, names)) return true
  }
  return false
}

/**
 * Every element under `root` in document order, as a snapshot (later removals do not change it).
 * A plain walk: linkedom's selector engine is far slower than this for simple tag filters.
 */
function elementsOf(root: Element): Element[] {
  const out: Element[] = []
  const visit = (parent: Element): void => {
    for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
      out.push(child)
      visit(child)
    }
  }
  visit(root)
  return out
}

function tags(names: string): ReadonlySet<string> {
  return new Set(names.split(' '))
}

/** True when `node` has visible text, media or a line break somewhere inside. */
function hasContent(node: Node): boolean {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE && /\S/.test(child.nodeValue ?? '')) return true
    if (child.nodeType === ELEMENT_NODE) {
      const tag = (child as Element).tagName
      if (MEDIA_TAGS.has(tag) || tag === 'BR' || hasContent(child)) return true
    }
  }
  return false
}
