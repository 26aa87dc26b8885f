/**
 * @module same-origin
 * CSRF protection for form posts: the browser's Origin header (or, when a browser sends none, the
 * Referer) must name this site, either as the request reached us or as the configured public URL. A
 * post with neither header is refused.
 */
import type { MiddlewareHandler } from 'hono'

import { AppError } from '../../domain/errors.js'
import type { WebEnv } from '../web/view.js'

function originOf(url: string | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.origin === 'null' ? null : parsed.origin
  } catch {
    return null
  }
}

export function sameOriginPosts(baseUrl: string): MiddlewareHandler<WebEnv> {
  const configured = originOf(baseUrl)
  return async function sameOriginMiddleware(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    const self = originOf(c.req.url)
    const host = c.req.header('host')
    const allowed = new Set(
      [configured, self, host ? originOf(`${new URL(c.req.url).protocol}//${host}`) : null].filter(
        (o): o is string => o !== null,
      ),
    )
    const origin = c.req.header('origin')
    const claimed = origin !== undefined ? originOf(origin) : originOf(c.req.header('referer'))
    if (claimed === null || !allowed.has(claimed)) {
      throw new AppError(
        'forbidden',
        'csrf: this form must be sent from a page of this site (Origin/Referer mismatch)',
      )
    }
    await next()
  }
}
