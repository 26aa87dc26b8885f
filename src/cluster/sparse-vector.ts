/**
 * @module sparse-vector
 * Sparse vectors as two aligned typed arrays, ids ascending. Dot products are merge joins over
 * integers (no hashing), which keeps similarity to a story a few microseconds however big the
 * index is.
 */

import { PackedKeys } from './packed-keys.js'

export interface SparseVector {
  ids: Int32Array
  values: Float64Array
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), values: new Float64Array(0) }

/** A sparse vector from (id, value) pairs in any order (ids ≥ 0); repeated ids are summed. */
export function sparseFrom(ids: ArrayLike<number>, values: ArrayLike<number>): SparseVector {
  const n = ids.length
  // a native integer sort of packed keys: id in the high bits, position in the low 20
  sortKeys.reserve(n)
  for (let i = 0; i < n; i++) sortKeys.set(i, (ids[i] as number) * PACK + i)
  sortKeys.sort(n)
  const outIds = new Int32Array(n)
  const outValues = new Float64Array(n)
  let k = -1
  for (let r = 0; r < n; r++) {
    const key = sortKeys.get(r)
    const i = key % PACK
    const id = (key - i) / PACK
    if (k >= 0 && outIds[k] === id) outValues[k] = (outValues[k] as number) + (values[i] as number)
    else {
      k++
      outIds[k] = id
      outValues[k] = values[i] as number
    }
  }
  // without repeated ids (the usual case) the arrays are already the right length
  if (k + 1 === n) return { ids: outIds, values: outValues }
  return { ids: outIds.slice(0, k + 1), values: outValues.slice(0, k + 1) }
}

const PACK = 1 << 20

/**
 * Scratch space reused from call to call (these functions run for every entry; results are always
 * fresh arrays).
 */
const sortKeys = new PackedKeys(1024)
let idScratch = new Int32Array(1024)
let valueScratch = new Float64Array(1024)

/** Σ a[i]·b[i]·weight(id) over shared ids (weight defaults to 1). */
export function sparseDot(
  aIds: ArrayLike<number>,
  aValues: ArrayLike<number>,
  bIds: ArrayLike<number>,
  bValues: ArrayLike<number>,
  weight?: (id: number) => number,
): number {
  let i = 0
  let j = 0
  let dot = 0
  const na = aIds.length
  const nb = bIds.length
  while (i < na && j < nb) {
    const x = aIds[i] as number
    const y = bIds[j] as number
    if (x === y) {
      const p = (aValues[i] as number) * (bValues[j] as number)
      dot += weight ? p * weight(x) : p
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return dot
}

/**
 * a + scale·b. With `reuse` (a vector the caller gives up, typically `a`), the sum is written
 * over reuse's memory when it has room, else into new memory with room to grow: a story's
 * centroid then grows in place instead of being copied anew for every member.
 */
export function sparseAdd(
  a: SparseVector,
  b: SparseVector,
  scale = 1,
  reuse?: SparseVector,
): SparseVector {
  const na = a.ids.length
  const nb = b.ids.length
  if (idScratch.length < na + nb) {
    idScratch = new Int32Array(Math.max(na + nb, idScratch.length * 2))
    valueScratch = new Float64Array(idScratch.length)
  }
  const ids = idScratch
  const values = valueScratch
  let i = 0
  let j = 0
  let k = 0
  while (i < na || j < nb) {
    const x = i < na ? (a.ids[i] as number) : Infinity
    const y = j < nb ? (b.ids[j] as number) : Infinity
    if (x === y) {
      ids[k] = x
      values[k] = (a.values[i] as number) + scale * (b.values[j] as number)
      i++
      j++
    } else if (x < y) {
      ids[k] = x
      values[k] = a.values[i] as number
      i++
    } else {
      ids[k] = y
      values[k] = scale * (b.values[j] as number)
      j++
    }
    k++
  }
  if (reuse === undefined) return { ids: ids.slice(0, k), values: values.slice(0, k) }
  let idBuffer = reuse.ids.buffer
  let valueBuffer = reuse.values.buffer
  if (reuse.ids.byteOffset !== 0 || idBuffer.byteLength < 4 * k || valueBuffer.byteLength < 8 * k) {
    idBuffer = new ArrayBuffer(4 * Math.max(64, 2 * k))
    valueBuffer = new ArrayBuffer(8 * Math.max(64, 2 * k))
  }
  const out = { ids: new Int32Array(idBuffer, 0, k), values: new Float64Array(valueBuffer, 0, k) }
  out.ids.set(ids.subarray(0, k))
  out.values.set(values.subarray(0, k))
  return out
}

/** The `keep` largest entries of a vector (ties to the lower id), ids ascending again. */
export function sparseTop(v: SparseVector, keep: number): SparseVector {
  const n = v.ids.length
  if (n <= keep) return v
  if (keep <= 0) return { ids: new Int32Array(0), values: new Float64Array(0) }
  // the keep-th largest value (a native numeric sort): every larger entry is kept, and entries of
  // that value from the lowest id on until `keep` are taken, as a sort by value, then id would
  const sorted = v.values.slice().sort()
  const threshold = sorted[n - keep] as number
  let above = 0
  for (let i = 0; i < n; i++) if ((v.values[i] as number) > threshold) above++
  let ties = keep - above
  const ids = new Int32Array(keep)
  const values = new Float64Array(keep)
  let k = 0
  for (let i = 0; i < n; i++) {
    const x = v.values[i] as number
    if (x > threshold || (x === threshold && ties-- > 0)) {
      ids[k] = v.ids[i] as number
      values[k] = x
      k++
    }
  }
  return { ids, values }
}

/** Whether `id` is in the ascending `ids` (binary search). */
export function sparseHas(ids: ArrayLike<number>, id: number): boolean {
  let lo = 0
  let hi = ids.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const v = ids[mid] as number
    if (v === id) return true
    if (v < id) lo = mid + 1
    else hi = mid - 1
  }
  return false
}
