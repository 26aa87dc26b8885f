/**
 * @module term-table
 * Words to dense ids (0, 1, 2, … in order of first sight) in an open-addressing hash table of
 * typed arrays. The story index looks up every term of every entry (~170 per entry) in a
 * vocabulary that grows to a few hundred thousand words; a Map of that size costs several cache
 * misses per lookup (bucket, chained entries, keys), where a probe here reads one (hash, id) pair
 * of integers and compares the word only when the hashes match. Also the stemmer's memo and the
 * feature encoder's vocabulary.
 */

import { fmix32, fnv1a32 } from '../lib/hash.js'

export class TermTable {
  /** the words, by id */
  readonly names: string[] = []
  /** [hash, id + 1] per slot; id + 1 = 0 marks an empty slot */
  private slots = new Int32Array(2 * 1024)
  private mask = 1023

  /** The id of `term`, or -1 when it has none. */
  get(term: string): number {
    const hash = hashOf(term)
    const slots = this.slots
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const id = (slots[2 * i + 1] as number) - 1
      if (id < 0) return -1
      if (slots[2 * i] === hash && this.names[id] === term) return id
    }
  }

  /** The id of `term`, a new one the first time it is seen. */
  id(term: string): number {
    const hash = hashOf(term)
    const slots = this.slots
    let i = hash & this.mask
    for (; ; i = (i + 1) & this.mask) {
      const id = (slots[2 * i + 1] as number) - 1
      if (id < 0) break
      if (slots[2 * i] === hash && this.names[id] === term) return id
    }
    const id = this.names.length
    this.names.push(term)
    slots[2 * i] = hash
    slots[2 * i + 1] = id + 1
    // at most half full, so probe runs stay short
    if (this.names.length * 2 > this.mask + 1) this.grow()
    return id
  }

  private grow(): void {
    const old = this.slots
    const size = (this.mask + 1) * 2
    this.slots = new Int32Array(2 * size)
    this.mask = size - 1
    for (let j = 0; j < old.length; j += 2) {
      const stored = old[j + 1] as number
      if (stored === 0) continue
      let i = (old[j] as number) & this.mask
      while ((this.slots[2 * i + 1] as number) !== 0) i = (i + 1) & this.mask
      this.slots[2 * i] = old[j] as number
      this.slots[2 * i + 1] = stored
    }
  }
}

/** FNV-1a finished with Murmur3's mixer (the low bits pick the slot), as a signed 32-bit integer. */
function hashOf(s: string): number {
  return fmix32(fnv1a32(s)) | 0
}

/**
 * Numbers a feature decoder gave the terms of one entry: `codes[i]` numbers `terms[i][0]` in the
 * decoder's vocabulary `space`. The story index keeps code → term id per space, so a decoded
 * entry's terms are found by array lookups instead of hashing every word again.
 */
export interface TermCodes {
  readonly space: object
  readonly codes: Int32Array
}

const attachedCodes = new WeakMap<object, TermCodes>()

/** Attach codes to an entry's terms array (by identity: a rebuilt array has none). */
export function attachTermCodes(terms: object, codes: TermCodes): void {
  attachedCodes.set(terms, codes)
}

/** The codes attached to an entry's terms array, if any. */
export function termCodesOf(terms: object): TermCodes | undefined {
  return attachedCodes.get(terms)
}
