/**
 * @module packed-keys
 * Sorting of packed integer keys (an id or a rounded weight in the high bits, a position in the
 * low bits) in a BigUint64Array: V8 sorts integer typed arrays natively, about three times as
 * fast as a Float64Array of the same keys, and no BigInt is ever made, since keys are written and
 * read as two 32-bit halves. The order is the numeric order of the keys, so results equal those
 * of sorting the same keys as doubles.
 */

/** Index of the low 32-bit half of a 64-bit element (0 on little-endian machines). */
const LOW = new Uint32Array(new BigUint64Array([1n]).buffer)[0] === 1 ? 0 : 1
const HIGH = 1 - LOW
const TWO_32 = 4294967296

export class PackedKeys {
  private wide = new BigUint64Array(0)
  private words = new Uint32Array(0)

  constructor(capacity = 256) {
    this.grow(capacity)
  }

  /** Make room for `n` keys (contents are lost when it grows). */
  reserve(n: number): void {
    if (this.wide.length < n) this.grow(Math.max(n, this.wide.length * 2))
  }

  /** Key `i`: an integer in [0, 2^53). */
  set(i: number, key: number): void {
    const low = key >>> 0
    this.words[2 * i + LOW] = low
    this.words[2 * i + HIGH] = (key - low) / TWO_32
  }

  /** Sort the first `n` keys ascending. */
  sort(n: number): void {
    this.wide.subarray(0, n).sort()
  }

  /** The low 32 bits of key `i` (the position, when it is packed into fewer bits). */
  low(i: number): number {
    return this.words[2 * i + LOW] as number
  }

  /** Key `i` in full. */
  get(i: number): number {
    return (this.words[2 * i + HIGH] as number) * TWO_32 + (this.words[2 * i + LOW] as number)
  }

  private grow(n: number): void {
    this.wide = new BigUint64Array(n)
    this.words = new Uint32Array(this.wide.buffer)
  }
}
