import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { isLoopbackAddress } from './loopback-only.js'

describe('isLoopbackAddress', () => {
  it('knows loopback from everything else', () => {
    for (const a of [
      '127.0.0.1',
      '127.255.0.9',
      '::1',
      '::ffff:127.0.0.1',
      '[::1]',
      '0:0:0:0:0:0:0:1',
    ]) {
      assert.equal(isLoopbackAddress(a), true, a)
    }
    for (const a of [
      '10.0.0.1',
      '128.0.0.1',
      '::ffff:10.0.0.1',
      '::2',
      '',
      null,
      undefined,
      '127.0.0',
      '127.0.0.1.5',
      'localhost',
      '127.0.0.256',
    ]) {
      assert.equal(isLoopbackAddress(a), false, String(a))
    }
  })
})
