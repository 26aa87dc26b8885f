/**
 * @module token-f1
 * Bag-of-words F1 between an extracted text and a reference text: both are lowercased and split into
 * runs of letters and digits, then precision/recall are computed over the token multisets. This is the
 * usual score of article-extraction benchmarks; used by the golden tests and `scripts/eval-extraction.ts`.
 */

export type TokenScore = { precision: number; recall: number; f1: number }

const WORD = /[\p{L}\p{N}]+/gu

/** Lowercased word tokens of `text`. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}

/** Multiset precision, recall and F1 of `extracted` against `reference` (1 when both are empty). */
export function tokenF1(extracted: string, reference: string): TokenScore {
  const got = tokenize(extracted)
  const want = tokenize(reference)
  if (got.length === 0 && want.length === 0) return { precision: 1, recall: 1, f1: 1 }
  const counts = new Map<string, number>()
  for (const token of want) counts.set(token, (counts.get(token) ?? 0) + 1)
  let common = 0
  for (const token of got) {
    const left = counts.get(token) ?? 0
    if (left > 0) {
      common++
      counts.set(token, left - 1)
    }
  }
  const precision = got.length === 0 ? 0 : common / got.length
  const recall = want.length === 0 ? 0 : common / want.length
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
