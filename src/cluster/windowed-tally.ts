/**
 * @module windowed-tally
 * Counts of keys by group over a sliding time window, in hour buckets: what the entity registry
 * knows (under the surname "johnson", Mike Johnson has 9 of the last 10 full mentions). The window
 * ends at the latest time counted so far, so the counts depend only on what was added and when,
 * never on when the caller looks: two story indexes given the same entries at the same times
 * agree, whatever they evicted in between.
 */

const HOUR = 3_600_000

export class WindowedTally {
  /** group -> key -> [bucket, count, bucket, count, …], buckets ascending */
  private readonly groups = new Map<string, Map<string, number[]>>()
  private latest = Number.NEGATIVE_INFINITY

  constructor(private readonly windowMs: number) {}

  /**
   * Count `key` of `group` once at `time` (epoch ms; a time that is not a number counts as the
   * latest); a negative `by` takes counts back.
   */
  add(group: string, key: string, time: number, by = 1): void {
    const latest = Number.isFinite(this.latest) ? this.latest : 0
    const bucket = Number.isFinite(time) ? Math.floor(time / HOUR) : latest
    if (by > 0) this.latest = Math.max(this.latest, bucket)
    let keys = this.groups.get(group)
    if (!keys) this.groups.set(group, (keys = new Map()))
    let tally = keys.get(key)
    if (!tally) keys.set(key, (tally = []))
    let i = tally.length - 2
    while (i >= 0 && (tally[i] as number) > bucket) i -= 2
    if (i >= 0 && tally[i] === bucket) tally[i + 1] = (tally[i + 1] as number) + by
    else tally.splice(i + 2, 0, bucket, by)
    // buckets that fall out of the window are dropped when the group is next read, or swept
  }

  /** The group's keys with their counts within the window (keys with none left out). */
  counts(group: string): Map<string, number> {
    const out = new Map<string, number>()
    const keys = this.groups.get(group)
    if (!keys) return out
    const from = this.latest - Math.ceil(this.windowMs / HOUR)
    for (const [key, tally] of keys) {
      // buckets before the window are dropped for good
      let drop = 0
      while (drop < tally.length && (tally[drop] as number) < from) drop += 2
      if (drop > 0) tally.splice(0, drop)
      let n = 0
      for (let i = 1; i < tally.length; i += 2) n += tally[i] as number
      if (n > 0) out.set(key, n)
      else keys.delete(key)
    }
    if (keys.size === 0) this.groups.delete(group)
    return out
  }

  /** Forget every group with nothing left within the window (memory only: counts do not change). */
  sweep(): void {
    for (const group of [...this.groups.keys()]) this.counts(group)
  }

  /** Groups held (some may have nothing left within the window until swept). */
  get size(): number {
    return this.groups.size
  }
}
