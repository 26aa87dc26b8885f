/** @module hash Short, stable content hashes. */
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
