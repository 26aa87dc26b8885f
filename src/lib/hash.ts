/** @module hash Short, stable content hashes, and the fast 32-bit hashes of hot lookups. */
import { createHash } from 'node:crypto'

/** Hex SHA-256 of the parts joined by a separator that cannot appear in text, cut to `length`. */
export function contentHash(parts: readonly (string | null | undefined)[], length = 32): string {
  const hash = createHash('sha256')
  for (const part of parts) {
    hash.update(part ?? '')
    hash.update('\u0000')
  }
  return hash.digest('hex').slice(0, length)
}

/** Murmur3's 32-bit finaliser: a cheap, well-mixed bijection on 32-bit integers. */
export function fmix32(x: number): number {
  let h = x | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** FNV-1a over UTF-16 code units, 32-bit. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
