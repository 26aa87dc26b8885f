/**
 * @module guarded-lookup
 * The SSRF guard, as a `lookup` function for `net.connect`/`tls.connect` (undici's `connect`
 * option). Node calls it for every new connection, so the addresses checked are exactly the ones
 * the socket is about to dial: no window between "check" and "connect" for DNS rebinding, and every
 * redirect hop to a new origin goes through it again. The same idea as Miniflux's dialer `Control`
 * hook. Literal-IP hosts never reach a lookup function, so the fetcher checks those itself with
 * {@link isBlockedHost}.
 */
import type { LookupAddress, LookupOptions } from 'node:dns'
import { lookup as dnsLookup } from 'node:dns/promises'
import { isIP, type LookupFunction } from 'node:net'

import { isPrivateAddress } from './private-address.js'

export interface GuardedLookupOptions {
  allowPrivateNetworks: boolean
  /** hostnames (lowercase) that may resolve to private addresses anyway, e.g. an internal bridge */
  allowPrivateHosts?: readonly string[]
  /** DNS override (tests, custom resolvers); defaults to the system resolver (`dns.lookup`) */
  resolve?: (host: string) => Promise<string[]>
}

/** Raised inside the socket when every resolved address is private; mapped to 'blocked-address'. */
export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKEDADDRESS'
  readonly host: string
  readonly address: string
  constructor(host: string, address: string) {
    super(
      host === address
        ? `fetch: refusing to connect to private address ${address}`
        : `fetch: refusing to connect to ${host}: it resolves to private address ${address}`,
    )
    this.name = 'BlockedAddressError'
    this.host = host
    this.address = address
  }
}

type LookupCallback = Parameters<LookupFunction>[2]

/**
 * A `lookup` for socket options that resolves `hostname`, drops private addresses (unless allowed)
 * and fails with {@link BlockedAddressError} when none is left.
 */
export function guardedLookup(options: GuardedLookupOptions): LookupFunction {
  const resolve = options.resolve ?? systemResolve
  return (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback) => {
    resolve(hostname).then(
      (resolved) => {
        const ofFamily = resolved.filter((a) => matchesFamily(a, lookupOptions.family))
        if (ofFamily.length === 0) {
          callback(notFound(hostname), '', 0)
          return
        }
        const permitted = isPrivateHostAllowed(hostname, options)
          ? ofFamily
          : ofFamily.filter((a) => !isPrivateAddress(a))
        const [first] = permitted
        if (first === undefined) {
          callback(new BlockedAddressError(hostname, ofFamily[0] ?? hostname), '', 0)
        } else if (lookupOptions.all === true) {
          const all: LookupAddress[] = permitted.map((address) => ({
            address,
            family: isIP(address),
          }))
          callback(null, all)
        } else {
          callback(null, first, isIP(first))
        }
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : notFound(hostname), '', 0)
      },
    )
  }
}

/** The check for hosts that are IP literals (`http://127.0.0.1/`, `http://[::1]/`). */
export function isBlockedHost(hostname: string, options: GuardedLookupOptions): boolean {
  const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname
  return isIP(host) !== 0 && !isPrivateHostAllowed(host, options) && isPrivateAddress(host)
}

function isPrivateHostAllowed(hostname: string, options: GuardedLookupOptions): boolean {
  return (
    options.allowPrivateNetworks ||
    (options.allowPrivateHosts ?? []).includes(hostname.toLowerCase())
  )
}

async function systemResolve(host: string): Promise<string[]> {
  const found = await dnsLookup(host, { all: true, verbatim: true })
  return found.map((entry) => entry.address)
}

function matchesFamily(address: string, family: LookupOptions['family']): boolean {
  const wanted = family === 'IPv4' ? 4 : family === 'IPv6' ? 6 : family
  return wanted === undefined || wanted === 0 || isIP(address) === wanted
}

function notFound(hostname: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`fetch: no address found for ${hostname}`)
  error.code = 'ENOTFOUND'
  return error
}
