/**
 * @module image-proxy
 * `/img?url=…&s=…`: publisher icons and article images, fetched by the server so the reader's browser
 * never contacts a third-party host. Not an open proxy: the pages sign every image URL they emit with
 * an HMAC (`s`), and the proxy refuses unsigned URLs. Fetches go through the guarded fetcher (SSRF
 * guard, timeouts), only image types are passed on, bodies are capped, results are kept in a small
 * in-memory LRU and served with long cache headers. Anything that fails becomes a neutral placeholder.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import type { Context } from 'hono'

import type { Fetcher } from '../../ingest/fetch/fetcher.js'
import type { Logger } from '../../lib/logger.js'

export interface ImageSigner {
  /** the proxy URL of an image, or null when there is none or it is not http(s) */
  url(src: string | null | undefined): string | null
  verify(src: string, signature: string): boolean
}

export function createImageSigner(key: string | undefined): ImageSigner {
  const secret = key && key.length > 0 ? key : randomBytes(32).toString('hex')
  const sign = (src: string) =>
    createHmac('sha256', secret).update(src).digest().subarray(0, 16).toString('base64url')
  return {
    url(src) {
      if (!src || !/^https?:\/\//i.test(src) || src.length > 2048) return null
      return `/img?url=${encodeURIComponent(src)}&s=${sign(src)}`
    },
    verify(src, signature) {
      const expected = Buffer.from(sign(src))
      const given = Buffer.from(signature)
      return expected.length === given.length && timingSafeEqual(expected, given)
    },
  }
}

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
const CACHE_MAX_ENTRIES = 300
const CACHE_MAX_BYTES = 48 * 1024 * 1024
const IMAGE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/svg+xml',
  'image/x-icon',
  'image/vnd.microsoft.icon',
])

/** The neutral box shown for images that cannot be had (16:9, scales to any box). */
export const PLACEHOLDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" width="160" height="90" preserveAspectRatio="xMidYMid slice"><rect width="160" height="90" fill="#e7e4dd"/><path d="M62 60l14-16 10 11 7-7 13 12z" fill="#cfcac0"/><circle cx="96" cy="36" r="5" fill="#cfcac0"/></svg>`

interface CachedImage {
  body: Uint8Array<ArrayBuffer>
  contentType: string
}

export function createImageProxy(deps: { fetcher: Fetcher; signer: ImageSigner; logger: Logger }) {
  const cache = new Map<string, CachedImage>()
  let cachedBytes = 0
  const inFlight = new Map<string, Promise<CachedImage | null>>()

  function remember(src: string, image: CachedImage) {
    cache.set(src, image)
    cachedBytes += image.body.byteLength
    for (const [key, value] of cache) {
      if (cache.size <= CACHE_MAX_ENTRIES && cachedBytes <= CACHE_MAX_BYTES) break
      cache.delete(key)
      cachedBytes -= value.body.byteLength
    }
  }

  async function load(src: string): Promise<CachedImage | null> {
    const result = await deps.fetcher.fetch({
      url: src,
      accept: 'image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8',
    })
    if (result.kind !== 'ok') {
      deps.logger.debug(
        { image_url: src, reason: result.kind === 'failed' ? result.failure.reason : result.kind },
        'image proxy fetch failed',
      )
      return null
    }
    const contentType = (result.contentType ?? '').split(';')[0]!.trim().toLowerCase()
    if (!IMAGE_TYPES.has(contentType) || result.body.byteLength > MAX_IMAGE_BYTES) return null
    return { body: new Uint8Array(result.body), contentType }
  }

  function placeholder(c: Context): Response {
    return c.body(PLACEHOLDER_SVG, 200, {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
    })
  }

  return async function imageProxy(c: Context): Promise<Response> {
    const src = c.req.query('url') ?? ''
    const signature = c.req.query('s') ?? ''
    if (!src || !signature || !deps.signer.verify(src, signature)) {
      return c.text('img: unsigned or unknown image URL', 403)
    }
    let image = cache.get(src) ?? null
    if (image) {
      cache.delete(src)
      cache.set(src, image)
    } else {
      let pending = inFlight.get(src)
      if (!pending) {
        pending = load(src).finally(() => inFlight.delete(src))
        inFlight.set(src, pending)
      }
      image = await pending
      if (image && !cache.has(src)) remember(src, image)
    }
    if (!image) return placeholder(c)
    const etag = `"${createHmac('sha1', 'etag').update(image.body).digest('base64url').slice(0, 16)}"`
    const headers: Record<string, string> = {
      'Content-Type': image.contentType,
      'Cache-Control': 'public, max-age=604800, immutable',
      'X-Content-Type-Options': 'nosniff',
      // an SVG opened directly must not run scripts or load anything
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      ETag: etag,
    }
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers)
    return c.body(image.body, 200, headers)
  }
}
