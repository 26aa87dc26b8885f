/**
 * @module loopback-only
 * Admits only requests whose TCP peer is this machine (127.0.0.0/8, ::1, ::ffff:127.x.x.x), judged by
 * the socket's remote address from @hono/node-server's bindings. Headers such as X-Forwarded-For are
 * ignored on purpose: anyone can send them. Guards the operator page until accounts exist.
 */
import type { MiddlewareHandler } from 'hono'

import { AppError } from '../../domain/errors.js'
import type { WebEnv } from '../web/view.js'

export function isLoopbackAddress(address: string | undefined | null): boolean {
  if (!address) return false
  const text = address
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '')
  if (text === '::1' || text === '0:0:0:0:0:0:0:1') return true
  const v4 = text.startsWith('::ffff:') ? text.slice('::ffff:'.length) : text
  const parts = v4.split('.')
  return (
    parts.length === 4 &&
    parts[0] === '127' &&
    parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)
  )
}

/** The remote address of the request's socket, or null (in-process `app.request()` without env). */
export function remoteAddressOf(env: WebEnv['Bindings'] | undefined): string | null {
  return env?.incoming?.socket?.remoteAddress ?? null
}

export function loopbackOnly(): MiddlewareHandler<WebEnv> {
  return async function loopbackOnlyMiddleware(c, next) {
    if (!isLoopbackAddress(remoteAddressOf(c.env))) {
      throw new AppError(
        'forbidden',
        'operator: this page only answers requests from this machine until accounts exist',
      )
    }
    await next()
  }
}
