/**
 * @module parse-cache-max-age
 * The `max-age` directive of a `Cache-Control` header, in seconds. The scheduler treats it as a
 * floor for the polling interval (Miniflux's `CacheControlMaxAge`). `s-maxage` is for shared caches
 * and ignored; a malformed or missing directive gives null.
 */

/**
 * @example
 * parseCacheMaxAge('public, max-age=1800') // 1800
 * parseCacheMaxAge('no-cache') // null
 */
export function parseCacheMaxAge(cacheControl: string | null | undefined): number | null {
  if (cacheControl == null) return null
  for (const directive of cacheControl.split(',')) {
    const [name = '', rawValue] = directive.split('=', 2)
    if (name.trim().toLowerCase() !== 'max-age' || rawValue === undefined) continue
    const value = rawValue.trim().replace(/^"(.*)"$/, '$1')
    return /^\d+$/.test(value) ? Number(value) : null
  }
  return null
}
