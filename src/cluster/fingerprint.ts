/**
 * @module fingerprint
 * Near-duplicate detection for copies (the same wire text in several outlets or feeds): word
 * shingles, a MinHash signature and LSH banding for candidates. Written here rather than taken
 * from a package: it is small, and it needs to be fast and exactly reproducible.
 *
 * - Each word is hashed with two independent 32-bit hashes (FNV-1a and a Murmur3-style hash),
 *   so a shingle gets a 64-bit-ish identity: the two halves pick the MinHash bin and the value.
 * - The signature uses one-permutation hashing with rotation densification (Shrivastava & Li,
 *   2014): one pass over the shingles instead of one pass per permutation, with the same
 *   collision probability (the Jaccard similarity of the shingle sets) as classic MinHash.
 * - LSH: the signature is cut into bands; two documents become candidates when a whole band
 *   matches, which makes pairs above ~0.5 Jaccard almost certain candidates and pairs below
 *   ~0.2 rare ones. Candidates are then verified with {@link estimateJaccard}.
 */

import { fmix32, fnv1a32 } from '../lib/hash.js'
import { rawTokens } from './tokenize.js'

/** Number of values in a signature. */
export const SIGNATURE_SIZE = 64
/** Signature values per LSH band; SIGNATURE_SIZE / BAND_ROWS bands. */
export const BAND_ROWS = 4
/** Words per shingle. */
export const SHINGLE_WORDS = 4

/** A Murmur3-style 32-bit hash over UTF-16 code units, independent of {@link fnv1a32}. */
export function murmur32(s: string, seed = 0x9747b28c): number {
  let h = seed | 0
  for (let i = 0; i < s.length; i++) {
    let k = Math.imul(s.charCodeAt(i), 0xcc9e2d51)
    k = (k << 15) | (k >>> 17)
    k = Math.imul(k, 0x1b873593)
    h ^= k
    h = (h << 13) | (h >>> 19)
    h = (Math.imul(h, 5) + 0xe6546b64) | 0
  }
  return fmix32(h ^ s.length)
}

/**
 * The shingle hashes of a word sequence as pairs [a0, b0, a1, b1, ...] (two 32-bit halves
 * each): every run of {@link SHINGLE_WORDS} consecutive words. Fewer words than one shingle
 * give a single shingle of all of them; no words give none.
 */
export function shingleHashes(words: readonly string[]): Uint32Array {
  const n = words.length
  if (n === 0) return new Uint32Array(0)
  const ha = new Uint32Array(n)
  const hb = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const w = words[i] ?? ''
    ha[i] = fnv1a32(w)
    hb[i] = murmur32(w)
  }
  const count = Math.max(1, n - SHINGLE_WORDS + 1)
  const width = Math.min(SHINGLE_WORDS, n)
  const out = new Uint32Array(count * 2)
  for (let s = 0; s < count; s++) {
    let a = 0x1234567
    let b = 0x7654321
    for (let j = 0; j < width; j++) {
      a = fmix32(Math.imul(a ^ (ha[s + j] ?? 0), 0x9e3779b1) + j)
      b = fmix32(Math.imul(b ^ (hb[s + j] ?? 0), 0x85ebca77) + j)
    }
    out[s * 2] = a
    out[s * 2 + 1] = b
  }
  return out
}

const EMPTY = 0xffffffff

/**
 * The MinHash signature of `text` ({@link SIGNATURE_SIZE} unsigned 32-bit values), or an empty
 * array when the text has no words. Equal texts give equal signatures on every platform.
 */
export function minhashSignature(text: string): number[] {
  return minhashOfShingles(shingleHashes(rawTokens(text)))
}

/** The MinHash signature of shingles from {@link shingleHashes}. */
export function minhashOfShingles(shingles: Uint32Array): number[] {
  if (shingles.length === 0) return []
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY)
  const filled = new Uint8Array(SIGNATURE_SIZE)
  for (let i = 0; i < shingles.length; i += 2) {
    const bin = (shingles[i + 1] ?? 0) % SIGNATURE_SIZE
    const value = shingles[i] ?? 0
    if (!filled[bin] || value < (sig[bin] ?? EMPTY)) {
      sig[bin] = value
      filled[bin] = 1
    }
  }
  // rotation densification: an empty bin borrows from the next filled bin to its right, salted
  // with the distance so borrowed values only collide when both documents borrowed alike
  const out: number[] = new Array<number>(SIGNATURE_SIZE)
  for (let j = 0; j < SIGNATURE_SIZE; j++) {
    if (filled[j]) {
      out[j] = sig[j] ?? 0
      continue
    }
    let t = 1
    while (!filled[(j + t) % SIGNATURE_SIZE]) t++
    out[j] = fmix32((sig[(j + t) % SIGNATURE_SIZE] ?? 0) + Math.imul(t, 0x61c88647))
  }
  return out
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures (0 when either is empty). */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || a.length !== b.length) return 0
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return same / a.length
}

/**
 * LSH band keys of a signature: one number per band, including the band's index, so equal keys
 * mean one whole band matched (up to rare 32-bit collisions, which verification removes).
 */
export function bandKeys(signature: readonly number[]): number[] {
  if (signature.length === 0) return []
  const keys: number[] = []
  for (let band = 0; band * BAND_ROWS < signature.length; band++) {
    let h = fmix32(band + 0x51ed27)
    for (let r = 0; r < BAND_ROWS; r++) {
      h = fmix32(Math.imul(h ^ (signature[band * BAND_ROWS + r] ?? 0), 0x9e3779b1))
    }
    keys.push(h)
  }
  return keys
}

/** One in this many content shingles is kept as a phrase key (content-defined sampling). */
export const PHRASE_SAMPLE = 4

/**
 * Phrase keys: a content-defined sample of the shingles that hold at least two content words
 * (`isContent` says which words are). Two texts that share a phrase of {@link SHINGLE_WORDS}
 * words share its key whenever it is sampled, so shared keys count shared phrasing (rewritten
 * wire copy, common quotes) at a quarter of the cost. Sorted, without repeats.
 */
export function phraseKeys(shingles: Uint32Array, isContent: readonly boolean[]): number[] {
  const count = shingles.length / 2
  // collected with repeats, sorted natively (keys are unsigned 32-bit), then deduplicated
  const found = new Uint32Array(count)
  let n = 0
  for (let s = 0; s < count; s++) {
    const a = shingles[s * 2] ?? 0
    if (a % PHRASE_SAMPLE !== 0) continue
    let content = 0
    for (let j = 0; j < SHINGLE_WORDS; j++) if (isContent[s + j]) content++
    if (content >= 2) found[n++] = a
  }
  const sorted = found.subarray(0, n).sort()
  const keys: number[] = []
  for (let i = 0; i < n; i++) {
    const k = sorted[i] as number
    if (i === 0 || k !== sorted[i - 1]) keys.push(k)
  }
  return keys
}
