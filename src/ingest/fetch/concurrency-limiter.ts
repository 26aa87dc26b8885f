/**
 * @module concurrency-limiter
 * Two-level FIFO semaphore: at most `total` holders overall and at most `perKey` per key (the
 * fetcher uses the hostname as key). A caller first queues for its key, then for a global slot, so
 * requests piling up on one slow host never hold global slots other hosts could use.
 */

export interface ConcurrencyLimits {
  total: number
  perKey: number
}

/** Gives the slot back; calling it more than once is harmless. */
export type Release = () => void

export interface ConcurrencyLimiter {
  /** waits for a slot; rejects with `signal.reason` if the signal aborts first */
  acquire(key: string, signal?: AbortSignal): Promise<Release>
  /** holders and waiters, for tests and the operator page */
  stats(): { active: number; waiting: number; keys: number }
}

/**
 * @example
 * const limiter = createConcurrencyLimiter({ total: 16, perKey: 2 })
 * const release = await limiter.acquire('example.org')
 * try { await work() } finally { release() }
 */
export function createConcurrencyLimiter(limits: ConcurrencyLimits): ConcurrencyLimiter {
  const global = new Semaphore(Math.max(1, limits.total))
  const perKey = new Map<string, Semaphore>()

  return {
    async acquire(key, signal) {
      let keySemaphore = perKey.get(key)
      if (keySemaphore === undefined) {
        keySemaphore = new Semaphore(Math.max(1, limits.perKey))
        perKey.set(key, keySemaphore)
      }
      const semaphore = keySemaphore
      const forgetIfIdle = (): void => {
        if (semaphore.isIdle()) perKey.delete(key)
      }
      try {
        await semaphore.take(signal)
      } catch (error) {
        forgetIfIdle()
        throw error
      }
      try {
        await global.take(signal)
      } catch (error) {
        semaphore.give()
        forgetIfIdle()
        throw error
      }
      let released = false
      return () => {
        if (released) return
        released = true
        global.give()
        semaphore.give()
        forgetIfIdle()
      }
    },
    stats() {
      let waiting = global.waiting
      for (const semaphore of perKey.values()) waiting += semaphore.waiting
      return { active: global.active, waiting, keys: perKey.size }
    },
  }
}

class Semaphore {
  active = 0
  readonly #limit: number
  readonly #queue: (() => void)[] = []

  constructor(limit: number) {
    this.#limit = limit
  }

  get waiting(): number {
    return this.#queue.length
  }

  take(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted === true) return Promise.reject(signal.reason as Error)
    if (this.active < this.#limit) {
      this.active++
      return Promise.resolve()
    }
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.#queue.indexOf(waiter)
        if (index !== -1) this.#queue.splice(index, 1)
        reject(signal?.reason as Error)
      }
      const waiter = (): void => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }
      this.#queue.push(waiter)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }

  give(): void {
    const next = this.#queue.shift()
    // the slot passes straight to the next waiter, so `active` stays the same
    if (next === undefined) this.active--
    else next()
  }

  isIdle(): boolean {
    return this.active === 0 && this.#queue.length === 0
  }
}
