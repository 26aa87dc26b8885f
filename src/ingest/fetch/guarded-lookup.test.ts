import assert from 'node:assert/strict'
import type { LookupAddress } from 'node:dns'
import { describe, it } from 'node:test'

import { guardedLookup, type GuardedLookupOptions, isBlockedHost } from './guarded-lookup.js'

const TABLE: Record<string, string[]> = {
  'public.test': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
  'private.test': ['127.0.0.1', '::1'],
  'mixed.test': ['10.0.0.7', '93.184.216.34'],
  'metadata.test': ['169.254.169.254'],
  'v6only.test': ['2606:2800:220:1:248:1893:25c8:1946'],
}

function options(extra: Partial<GuardedLookupOptions> = {}): GuardedLookupOptions {
  return {
    allowPrivateNetworks: false,
    resolve: async (host) => {
      const found = TABLE[host]
      if (found === undefined) {
        throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' })
      }
      return found
    },
    ...extra,
  }
}

/** Calls the lookup the way net.connect does and reports what the socket would be given. */
function lookup(
  opts: GuardedLookupOptions,
  host: string,
  lookupOptions: { all?: boolean; family?: number } = { all: true },
): Promise<{ error: string } | { addresses: string[] }> {
  return new Promise((resolve) => {
    guardedLookup(opts)(host, lookupOptions, (error, address) => {
      if (error) resolve({ error: `${String(error.code)}: ${error.message}` })
      else if (Array.isArray(address)) {
        resolve({ addresses: address.map((a: LookupAddress) => a.address) })
      } else resolve({ addresses: [address] })
    })
  })
}

describe('guardedLookup', () => {
  it('passes public addresses and refuses private ones', async () => {
    const hosts = ['public.test', 'private.test', 'mixed.test', 'metadata.test', 'missing.test']
    const results = await Promise.all(hosts.map((host) => lookup(options(), host)))
    assert.deepEqual(results, [
      { addresses: ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'] },
      {
        error:
          'EBLOCKEDADDRESS: fetch: refusing to connect to private.test: it resolves to private address 127.0.0.1',
      },
      { addresses: ['93.184.216.34'] },
      {
        error:
          'EBLOCKEDADDRESS: fetch: refusing to connect to metadata.test: it resolves to private address 169.254.169.254',
      },
      { error: 'ENOTFOUND: ENOTFOUND missing.test' },
    ])
  })

  it('answers single-address lookups and honours the requested family', async () => {
    const results = await Promise.all([
      lookup(options(), 'public.test', {}),
      lookup(options(), 'public.test', { family: 6 }),
      lookup(options(), 'v6only.test', { family: 4 }),
    ])
    assert.deepEqual(results, [
      { addresses: ['93.184.216.34'] },
      { addresses: ['2606:2800:220:1:248:1893:25c8:1946'] },
      { error: 'ENOTFOUND: fetch: no address found for v6only.test' },
    ])
  })

  it('lets private addresses through when allowed globally or per host', async () => {
    const results = await Promise.all([
      lookup(options({ allowPrivateNetworks: true }), 'private.test'),
      lookup(options({ allowPrivateHosts: ['private.test'] }), 'private.test'),
      lookup(options({ allowPrivateHosts: ['private.test'] }), 'metadata.test'),
    ])
    assert.deepEqual(results, [
      { addresses: ['127.0.0.1', '::1'] },
      { addresses: ['127.0.0.1', '::1'] },
      {
        error:
          'EBLOCKEDADDRESS: fetch: refusing to connect to metadata.test: it resolves to private address 169.254.169.254',
      },
    ])
  })
})

describe('isBlockedHost', () => {
  it('checks IP-literal hosts and leaves names to the lookup', () => {
    const hosts = [
      '127.0.0.1',
      '[::1]',
      '[::ffff:a9fe:a9fe]',
      '93.184.216.34',
      'localhost',
      'example.org',
    ]
    assert.deepEqual(
      hosts.map((host) => [host, isBlockedHost(host, options())]),
      [
        ['127.0.0.1', true],
        ['[::1]', true],
        ['[::ffff:a9fe:a9fe]', true],
        ['93.184.216.34', false],
        ['localhost', false],
        ['example.org', false],
      ],
    )
    assert.equal(isBlockedHost('127.0.0.1', options({ allowPrivateNetworks: true })), false)
  })
})
