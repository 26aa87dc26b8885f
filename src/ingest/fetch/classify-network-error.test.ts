import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { classifyNetworkError } from './classify-network-error.js'

function coded(code: string, message = code, cause?: unknown): Error {
  return Object.assign(new Error(message, cause === undefined ? {} : { cause }), { code })
}

describe('classifyNetworkError', () => {
  it('maps codes, causes and aggregate errors to reasons', () => {
    const cases: readonly (readonly [string, unknown, string])[] = [
      ['refused', coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'), 'refused'],
      ['reset', coded('ECONNRESET', 'read ECONNRESET'), 'reset'],
      ['undici socket', coded('UND_ERR_SOCKET', 'other side closed'), 'reset'],
      ['dns', coded('ENOTFOUND', 'getaddrinfo ENOTFOUND x.example'), 'dns'],
      ['dns again', coded('EAI_AGAIN', 'getaddrinfo EAI_AGAIN x.example'), 'dns'],
      ['connect timeout', coded('UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error'), 'timeout'],
      ['headers timeout', coded('UND_ERR_HEADERS_TIMEOUT'), 'timeout'],
      ['os timeout', coded('ETIMEDOUT'), 'timeout'],
      ['self-signed', coded('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'), 'tls'],
      ['expired', coded('CERT_HAS_EXPIRED', 'certificate has expired'), 'tls'],
      ['altname', coded('ERR_TLS_CERT_ALTNAME_INVALID', 'Hostname/IP does not match'), 'tls'],
      ['ssl', coded('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number'), 'tls'],
      [
        'blocked',
        coded('EBLOCKEDADDRESS', 'fetch: refusing to connect to private address ::1'),
        'blocked-address',
      ],
      ['wrapped', new TypeError('fetch failed', { cause: coded('ECONNREFUSED') }), 'refused'],
      [
        'happy eyeballs',
        Object.assign(new AggregateError([coded('ECONNREFUSED'), coded('ENETUNREACH')], 'x'), {
          code: 'ECONNREFUSED',
        }),
        'refused',
      ],
      [
        'tls wins over reset',
        coded('ECONNRESET', 'reset', coded('ERR_SSL_DECRYPTION_FAILED')),
        'tls',
      ],
      ['unknown', new Error('something odd'), 'network'],
      ['not an error', 'a string', 'network'],
    ]
    assert.deepEqual(
      cases.map(([name, error]) => [name, classifyNetworkError(error).reason]),
      cases.map(([name, , reason]) => [name, reason]),
    )
  })

  it('writes one-line messages prefixed with "fetch: "', () => {
    assert.deepEqual(
      [
        classifyNetworkError(coded('ECONNREFUSED', 'connect ECONNREFUSED\n127.0.0.1:9')),
        classifyNetworkError(
          coded('EBLOCKEDADDRESS', 'fetch: refusing to connect to private address ::1'),
        ),
        classifyNetworkError(new Error('odd\n  thing')),
      ],
      [
        {
          reason: 'refused',
          message: 'fetch: connection refused (connect ECONNREFUSED 127.0.0.1:9)',
        },
        { reason: 'blocked-address', message: 'fetch: refusing to connect to private address ::1' },
        { reason: 'network', message: 'fetch: network error (odd thing)' },
      ],
    )
  })
})
