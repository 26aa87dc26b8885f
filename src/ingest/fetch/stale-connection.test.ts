import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { isStaleConnectionFailure } from './stale-connection.js'

const coded = (code: string) => Object.assign(new Error(code), { code })
const REUSED_SILENT = { isReused: true, hasResponseBytes: false }

describe('isStaleConnectionFailure', () => {
  it('retries a close or reset before any answer on a reused connection', () => {
    for (const code of ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']) {
      assert.equal(isStaleConnectionFailure(coded(code), REUSED_SILENT), true, code)
    }
  })

  it('never retries a new connection, a begun answer, or a request undici never wrote', () => {
    const reset = coded('ECONNRESET')
    assert.equal(
      isStaleConnectionFailure(reset, { isReused: false, hasResponseBytes: false }),
      false,
    )
    assert.equal(isStaleConnectionFailure(reset, { isReused: true, hasResponseBytes: true }), false)
    assert.equal(isStaleConnectionFailure(reset, null), false)
  })

  it('never retries timeouts, aborts or other failures', () => {
    for (const code of [
      'UND_ERR_HEADERS_TIMEOUT',
      'UND_ERR_BODY_TIMEOUT',
      'UND_ERR_CONNECT_TIMEOUT',
      'UND_ERR_ABORTED',
      'ETIMEDOUT',
      'ECONNREFUSED',
      'ENOTFOUND',
    ]) {
      assert.equal(isStaleConnectionFailure(coded(code), REUSED_SILENT), false, code)
    }
    assert.equal(isStaleConnectionFailure(new Error('no code'), REUSED_SILENT), false)
    assert.equal(isStaleConnectionFailure('ECONNRESET', REUSED_SILENT), false)
  })
})
