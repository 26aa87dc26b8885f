/**
 * @module private-address
 * Is an IP address off-limits for the fetcher? The SSRF guard calls this on every address a feed
 * hostname resolves to, at connect time, for the first request and for every redirect hop.
 *
 * "Private" here means "not a globally routable unicast address": loopback, RFC 1918, CGNAT,
 * link-local (including the cloud metadata endpoint 169.254.169.254), unique-local, multicast,
 * unspecified, broadcast and the reserved/documentation ranges. IPv6 forms that embed an IPv4
 * address (IPv4-mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by the
 * embedded IPv4 address. Anything that is not an IP literal is treated as private (fail closed).
 */
import { BlockList, isIP } from 'node:net'

/** IPv4 ranges that are never fetched from (IANA special-purpose registry, non-global entries). */
const IPV4_RANGES: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network", includes the unspecified address
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, includes 169.254.169.254 (cloud metadata)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.88.99.0', 24], // deprecated 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes the broadcast address 255.255.255.255
]

/**
 * IPv6 ranges inside global unicast (2000::/3) that are never fetched from; everything outside
 * 2000::/3 (loopback, link-local, unique-local, multicast, ...) is refused as well. Ranges that
 * embed an IPv4 address are judged by that address instead.
 */
const IPV6_RANGES: readonly (readonly [string, number])[] = [
  ['2001::', 23], // IETF protocol assignments (Teredo, ORCHID, benchmarking, ...)
  ['2001:db8::', 32], // documentation
]

const ipv4BlockList = new BlockList()
for (const [network, prefix] of IPV4_RANGES) ipv4BlockList.addSubnet(network, prefix, 'ipv4')

const ipv6GlobalUnicast = new BlockList()
ipv6GlobalUnicast.addSubnet('2000::', 3, 'ipv6')

const ipv6BlockList = new BlockList()
for (const [network, prefix] of IPV6_RANGES) ipv6BlockList.addSubnet(network, prefix, 'ipv6')

/**
 * True when `ip` must not be connected to unless private networks are explicitly allowed.
 * Accepts bracketed IPv6 (`[::1]`) and zone ids (`fe80::1%eth0`).
 *
 * @example
 * isPrivateAddress('10.1.2.3') // true
 * isPrivateAddress('::ffff:127.0.0.1') // true
 * isPrivateAddress('93.184.216.34') // false
 */
export function isPrivateAddress(ip: string): boolean {
  const address = withoutZone(withoutBrackets(ip.trim()))
  switch (isIP(address)) {
    case 4:
      return ipv4BlockList.check(address, 'ipv4')
    case 6: {
      const hextets = parseIPv6(address)
      if (hextets === null) return true
      const embedded = embeddedIPv4(hextets)
      if (embedded !== null) return ipv4BlockList.check(embedded, 'ipv4')
      return !ipv6GlobalUnicast.check(address, 'ipv6') || ipv6BlockList.check(address, 'ipv6')
    }
    default:
      return true
  }
}

function withoutBrackets(ip: string): string {
  return ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip
}

function withoutZone(ip: string): string {
  const percent = ip.indexOf('%')
  return percent === -1 ? ip : ip.slice(0, percent)
}

/** The IPv4 address carried inside IPv4-mapped, IPv4-translated, NAT64 or 6to4 addresses. */
function embeddedIPv4(h: readonly number[]): string | null {
  const [h0, h1, h2, h3, h4, h5, h6, h7] = h as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const isMapped = h0 === 0 && h1 === 0 && h2 === 0 && h3 === 0 && h4 === 0 && h5 === 0xffff
  const isTranslated = h0 === 0 && h1 === 0 && h2 === 0 && h3 === 0 && h4 === 0xffff && h5 === 0
  const isNat64 = h0 === 0x64 && h1 === 0xff9b && h2 === 0 && h3 === 0 && h4 === 0 && h5 === 0
  if (isMapped || isTranslated || isNat64) return dottedQuad(h6, h7)
  if (h0 === 0x2002) return dottedQuad(h1, h2) // 6to4
  return null
}

function dottedQuad(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.')
}

/** Eight 16-bit groups of a textual IPv6 address (already validated by `isIP`), or null. */
function parseIPv6(address: string): number[] | null {
  let text = address.toLowerCase()
  const lastColon = text.lastIndexOf(':')
  const lastPart = text.slice(lastColon + 1)
  if (lastPart.includes('.')) {
    // a trailing dotted quad (::ffff:127.0.0.1) stands for the last two groups
    const octets = lastPart.split('.').map(Number)
    if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255)) {
      return null
    }
    const [a, b, c, d] = octets as [number, number, number, number]
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const halves = text.split('::')
  if (halves.length > 2) return null
  const groups = (part: string | undefined): number[] =>
    part === undefined || part === '' ? [] : part.split(':').map((g) => parseInt(g, 16))
  const head = groups(halves[0])
  const rest = groups(halves[1])
  const missing = 8 - head.length - rest.length
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null
  const all = [...head, ...new Array<number>(missing).fill(0), ...rest]
  return all.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? all : null
}
