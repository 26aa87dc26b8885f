/**
 * @module loopback-only
 * Admits only requests from this machine, for the operator page until accounts exist. The judge is the
 * socket's remote address (127.0.0.0/8, ::1, ::ffff:127.x.x.x) from @hono/node-server's bindings,
 * never a header: anyone can send one. But a reverse proxy on the same machine makes every visitor's
 * socket loopback, so a request carrying a proxy header (`Forwarded`, `X-Forwarded-For`, …) is taken
 * to be relayed for someone else and refused, unless the operator trusts the proxy
 * (`BROADSHEET_OPERATOR_PAGE=local-via-proxy`): then it is admitted when every client address the
 * proxy reports is loopback as well.
 */
import type { MiddlewareHandler } from 'hono'

import { AppError } from '../../domain/errors.js'
import type { WebEnv } from '../web/view.js'

/** `BROADSHEET_OPERATOR_PAGE`: who may open the operator page. */
export type OperatorPageAccess = 'local' | 'local-via-proxy' | 'off'

/** Headers a proxy adds; any of them on a request means it was relayed. */
export const PROXY_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'via',
] as const

interface HeaderReader {
  get(name: string): string | null
}

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

/**
 * Pure: whether a request may see the operator page.
 *
 * @example
 * isLocalRequest('local', '127.0.0.1', new Headers()) // true
 * isLocalRequest('local', '127.0.0.1', new Headers({ 'x-forwarded-for': '127.0.0.1' })) // false
 * isLocalRequest('local-via-proxy', '127.0.0.1', new Headers({ 'x-forwarded-for': '127.0.0.1' })) // true
 */
export function isLocalRequest(
  access: OperatorPageAccess,
  remoteAddress: string | null,
  headers: HeaderReader,
): boolean {
  if (access === 'off' || !isLoopbackAddress(remoteAddress)) return false
  if (!PROXY_HEADERS.some((name) => headers.get(name) !== null)) return true
  if (access === 'local') return false
  const reported = reportedClientAddresses(headers)
  return reported.length > 0 && reported.every(isLoopbackAddress)
}

/**
 * Every client address a proxy chain reports: all of `X-Forwarded-For`, every `for=` of `Forwarded`,
 * and `X-Real-IP`, ports and quotes removed. `unknown` and obfuscated (`_hidden`) names are kept as
 * they are, so they never pass as loopback.
 */
export function reportedClientAddresses(headers: HeaderReader): string[] {
  const addresses: string[] = []
  for (const item of (headers.get('x-forwarded-for') ?? '').split(',')) addresses.push(item)
  for (const element of (headers.get('forwarded') ?? '').split(',')) {
    for (const pair of element.split(';')) {
      const [name, value] = pair.split('=', 2)
      if (name?.trim().toLowerCase() === 'for' && value !== undefined) addresses.push(value)
    }
  }
  addresses.push(headers.get('x-real-ip') ?? '')
  return addresses.map(withoutPort).filter((address) => address !== '')
}

/** `"[::1]:4711"` → `::1`, `127.0.0.1:80` → `127.0.0.1`, `::1` stays. */
function withoutPort(text: string): string {
  const address = text.trim().replace(/^"|"$/g, '')
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(address)
  if (bracketed) return bracketed[1] ?? ''
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address)
  return v4WithPort ? (v4WithPort[1] ?? '') : address
}

export function loopbackOnly(access: OperatorPageAccess = 'local'): MiddlewareHandler<WebEnv> {
  return async function loopbackOnlyMiddleware(c, next) {
    if (!isLocalRequest(access, remoteAddressOf(c.env), c.req.raw.headers)) {
      throw new AppError(
        'forbidden',
        'operator: this page only answers requests from this machine until accounts exist',
      )
    }
    await next()
  }
}
