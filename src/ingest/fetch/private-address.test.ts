import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import fc from 'fast-check'

import { isPrivateAddress } from './private-address.js'

/** [address, expected isPrivateAddress, why] */
const TABLE: readonly (readonly [string, boolean, string])[] = [
  // IPv4 non-public
  ['127.0.0.1', true, 'loopback'],
  ['127.255.255.254', true, 'loopback /8'],
  ['10.0.0.1', true, 'private 10/8'],
  ['10.255.255.255', true, 'private 10/8 top'],
  ['172.16.0.1', true, 'private 172.16/12 bottom'],
  ['172.31.255.255', true, 'private 172.16/12 top'],
  ['192.168.1.1', true, 'private 192.168/16'],
  ['169.254.169.254', true, 'cloud metadata (link-local)'],
  ['169.254.0.1', true, 'link-local'],
  ['100.64.0.1', true, 'CGNAT bottom'],
  ['100.127.255.255', true, 'CGNAT top'],
  ['0.0.0.0', true, 'unspecified'],
  ['0.1.2.3', true, '"this network" 0/8'],
  ['224.0.0.1', true, 'multicast'],
  ['239.255.255.250', true, 'multicast (SSDP)'],
  ['255.255.255.255', true, 'broadcast'],
  ['240.0.0.1', true, 'reserved 240/4'],
  ['192.0.2.10', true, 'TEST-NET-1'],
  ['198.51.100.7', true, 'TEST-NET-2'],
  ['203.0.113.9', true, 'TEST-NET-3'],
  ['198.18.0.1', true, 'benchmarking'],
  ['192.0.0.8', true, 'IETF protocol assignments'],
  // IPv4 public, including neighbours of the blocked ranges
  ['93.184.216.34', false, 'public'],
  ['8.8.8.8', false, 'public DNS'],
  ['1.1.1.1', false, 'public DNS'],
  ['172.15.255.255', false, 'just below 172.16/12'],
  ['172.32.0.0', false, 'just above 172.16/12'],
  ['100.63.255.255', false, 'just below CGNAT'],
  ['100.128.0.0', false, 'just above CGNAT'],
  ['11.0.0.1', false, 'just above 10/8'],
  ['169.253.255.255', false, 'just below link-local'],
  ['223.255.255.255', false, 'just below multicast'],
  ['192.169.0.1', false, 'just above 192.168/16'],
  // IPv6 non-public
  ['::1', true, 'loopback'],
  ['::', true, 'unspecified'],
  ['[::1]', true, 'bracketed loopback'],
  ['fe80::1', true, 'link-local'],
  ['fe80::1%eth0', true, 'link-local with zone id'],
  ['febf:ffff::1', true, 'link-local top of fe80::/10'],
  ['fc00::1', true, 'unique-local fc00::/7'],
  ['fd12:3456:789a::1', true, 'unique-local fd00::/8'],
  ['ff02::1', true, 'multicast'],
  ['ff05::1:3', true, 'multicast'],
  ['2001:db8::1', true, 'documentation'],
  ['100::1', true, 'discard-only'],
  ['fec0::1', true, 'deprecated site-local'],
  ['::ffff:127.0.0.1', true, 'IPv4-mapped loopback'],
  ['::ffff:7f00:1', true, 'IPv4-mapped loopback, hex form'],
  ['::ffff:10.0.0.1', true, 'IPv4-mapped private'],
  ['::ffff:169.254.169.254', true, 'IPv4-mapped metadata'],
  ['::ffff:0:a9fe:a9fe', true, 'IPv4-translated metadata'],
  ['::127.0.0.1', true, 'deprecated IPv4-compatible'],
  ['64:ff9b::7f00:1', true, 'NAT64 of loopback'],
  ['64:ff9b::192.168.0.1', true, 'NAT64 of private, dotted'],
  ['2002:7f00:1::', true, '6to4 of loopback'],
  ['2002:c0a8:101::1', true, '6to4 of 192.168.1.1'],
  ['2001::1', true, 'Teredo'],
  // IPv6 public
  ['2606:2800:220:1:248:1893:25c8:1946', false, 'public'],
  ['2a00:1450:4001:82b::200e', false, 'public'],
  ['::ffff:93.184.216.34', false, 'IPv4-mapped public'],
  ['64:ff9b::5db8:d822', false, 'NAT64 of public'],
  ['2002:5db8:d822::1', false, '6to4 of public'],
  ['2000::1', false, 'bottom of global unicast 2000::/3'],
  ['3fff:ffff::1', false, 'top of global unicast 2000::/3'],
  ['4000::1', true, 'outside global unicast'],
  ['fe00::1', true, 'outside global unicast, between unique-local and link-local'],
  ['64:ff9b:1::1', true, 'local-use NAT64'],
  // not addresses at all: fail closed
  ['localhost', true, 'hostname'],
  ['', true, 'empty'],
  ['256.0.0.1', true, 'invalid IPv4'],
  ['1::2::3', true, 'invalid IPv6'],
]

describe('isPrivateAddress', () => {
  it('classifies the address table', () => {
    const actual = TABLE.map(([address, , why]) => [address, isPrivateAddress(address), why])
    assert.deepEqual(actual, TABLE)
  })

  it('judges IPv4-mapped and NAT64 forms like the IPv4 address inside (property)', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ipv4) => {
        const [a = 0, b = 0, c = 0, d = 0] = ipv4.split('.').map(Number)
        const hex = `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
        const expected = isPrivateAddress(ipv4)
        assert.deepEqual(
          [`::ffff:${ipv4}`, `::ffff:${hex}`, `64:ff9b::${hex}`].map(isPrivateAddress),
          [expected, expected, expected],
        )
      }),
      { numRuns: 500 },
    )
  })
})
