/**
 * @module int-map
 * A map from 32-bit integer keys to values, in an open-addressing hash table (linear probing,
 * deletion by backward shift, so no tombstones). The story index keeps the phrase keys of every
 * member in the window (~850k for a 72 h window of synthetic news) and looks up, adds and drops
 * dozens per entry; a V8 Map that size costs several cache misses per access and boxes keys above
 * 2^30, where here a probe reads one slot of an Int32Array and one of an array.
 *
 * Keys are taken as signed 32-bit integers (`key | 0`), so 0xffffffff and -1 are the same key.
 * Values must not be `undefined` (it marks an empty slot). No iteration: nothing needs it.
 */

import { fmix32 } from '../lib/hash.js'

export class IntMap<V> {
  private keys = new Int32Array(1024)
  private values: (V | undefined)[] = new Array<V | undefined>(1024).fill(undefined)
  private mask = 1023
  private count = 0

  get size(): number {
    return this.count
  }

  get(key: number): V | undefined {
    const k = key | 0
    for (let i = slotOf(k) & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.values[i]
      if (v === undefined || this.keys[i] === k) return v
    }
  }

  set(key: number, value: V): void {
    const k = key | 0
    let i = slotOf(k) & this.mask
    for (; this.values[i] !== undefined; i = (i + 1) & this.mask) {
      if (this.keys[i] === k) {
        this.values[i] = value
        return
      }
    }
    this.keys[i] = k
    this.values[i] = value
    // at most half full, so probe runs stay short
    if (++this.count * 2 > this.mask + 1) this.grow()
  }

  delete(key: number): boolean {
    const k = key | 0
    let i = slotOf(k) & this.mask
    for (; ; i = (i + 1) & this.mask) {
      if (this.values[i] === undefined) return false
      if (this.keys[i] === k) break
    }
    // backward shift: pull later entries of the probe run into the hole when their home slot
    // does not lie (cyclically) between the hole and them
    for (let j = (i + 1) & this.mask; this.values[j] !== undefined; j = (j + 1) & this.mask) {
      const home = slotOf(this.keys[j] as number) & this.mask
      const stays = i <= j ? i < home && home <= j : i < home || home <= j
      if (stays) continue
      this.keys[i] = this.keys[j] as number
      this.values[i] = this.values[j]
      i = j
    }
    this.values[i] = undefined
    this.count--
    return true
  }

  private grow(): void {
    const keys = this.keys
    const values = this.values
    const size = (this.mask + 1) * 2
    this.keys = new Int32Array(size)
    this.values = new Array<V | undefined>(size).fill(undefined)
    this.mask = size - 1
    for (let j = 0; j < values.length; j++) {
      const v = values[j]
      if (v === undefined) continue
      const k = keys[j] as number
      let i = slotOf(k) & this.mask
      while (this.values[i] !== undefined) i = (i + 1) & this.mask
      this.keys[i] = k
      this.values[i] = v
    }
  }
}

/** Murmur3's finaliser: neighbouring keys land far apart. */
function slotOf(k: number): number {
  return fmix32(k)
}
