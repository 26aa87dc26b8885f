/**
 * @module parse-search-query
 * The one search syntax readers type, parsed into terms both engines can express (pure):
 * - plain words, all required (`nato spending`);
 * - "quoted phrases" (`"fair share"`), an unbalanced quote runs to the end of the query;
 * - exclusions with a leading minus (`-spain`, `-"white house"`);
 * - a trailing star for a prefix (`defen*`).
 * Words are runs of letters and digits; everything else (operators such as AND, OR, NEAR(, column
 * filters, stray quotes or stars) is plain text, so no input can reach an engine as query syntax.
 * Hyphenated or punctuated words become phrases ("secretary-general" → "secretary general"), and
 * English stop words are dropped from plain words as PostgreSQL's english configuration drops them,
 * so both engines see the same query.
 */

export type SearchTerm =
  | { kind: 'word'; word: string }
  | { kind: 'prefix'; word: string }
  | { kind: 'phrase'; words: string[] }

export interface ParsedSearchQuery {
  include: SearchTerm[]
  exclude: SearchTerm[]
}

export const MAX_QUERY_LENGTH = 500
export const MAX_TERMS = 12

/** PostgreSQL's english stop words (a subset large enough for queries). */
const STOP_WORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being ' +
    'below between both but by can did do does doing down during each few for from further had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just me ' +
    'more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
    's same she should so some such t than that the their theirs them themselves then there these ' +
    'they this those through to too under until up very was we were what when where which while who ' +
    'whom why will with you your yours yourself yourselves'
  ).split(' '),
)

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word)
}

function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/** Parses what the reader typed; never throws. An empty `include` means "nothing to search". */
export function parseSearchQuery(input: string): ParsedSearchQuery {
  const text = input.slice(0, MAX_QUERY_LENGTH)
  const include: SearchTerm[] = []
  const exclude: SearchTerm[] = []
  let i = 0
  while (i < text.length && include.length + exclude.length < MAX_TERMS) {
    while (i < text.length && /\s/u.test(text[i]!)) i++
    if (i >= text.length) break
    let isNegated = false
    if (text[i] === '-' && i + 1 < text.length && !/\s/u.test(text[i + 1]!)) {
      isNegated = true
      i++
    }
    let term: SearchTerm | null
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1)
      const end = close === -1 ? text.length : close
      const words = wordsOf(text.slice(i + 1, end))
      i = end + 1
      term =
        words.length === 0
          ? null
          : words.length === 1
            ? { kind: 'word', word: words[0]! }
            : { kind: 'phrase', words }
    } else {
      let end = i
      while (end < text.length && !/\s/u.test(text[end]!) && text[end] !== '"') end++
      const raw = text.slice(i, end)
      i = end
      const words = wordsOf(raw)
      if (words.length === 0) term = null
      else if (words.length > 1) term = { kind: 'phrase', words }
      else if (/[\p{L}\p{N}]\*+$/u.test(raw)) term = { kind: 'prefix', word: words[0]! }
      else if (isStopWord(words[0]!)) term = null
      else term = { kind: 'word', word: words[0]! }
    }
    if (term) (isNegated ? exclude : include).push(term)
  }
  return { include, exclude }
}

/** The query as the reader would retype it (for "did you mean" displays and logs). */
export function formatSearchQuery(query: ParsedSearchQuery): string {
  const show = (t: SearchTerm) =>
    t.kind === 'phrase' ? `"${t.words.join(' ')}"` : t.kind === 'prefix' ? `${t.word}*` : t.word
  return [...query.include.map(show), ...query.exclude.map((t) => `-${show(t)}`)].join(' ')
}
