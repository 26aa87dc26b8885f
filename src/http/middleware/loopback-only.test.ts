import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { isLocalRequest, isLoopbackAddress, reportedClientAddresses } from './loopback-only.js'

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

describe('isLocalRequest', () => {
  const none = new Headers()
  const relayed = (headers: Record<string, string>) => new Headers(headers)

  it('local: loopback sockets without proxy headers only', () => {
    assert.equal(isLocalRequest('local', '127.0.0.1', none), true)
    assert.equal(isLocalRequest('local', '10.0.0.1', none), false)
    assert.equal(isLocalRequest('local', null, none), false)
    for (const name of ['Forwarded', 'X-Forwarded-For', 'X-Forwarded-Host', 'X-Forwarded-Proto']) {
      assert.equal(isLocalRequest('local', '127.0.0.1', relayed({ [name]: 'x' })), false, name)
    }
    for (const name of ['X-Real-IP', 'Via']) {
      assert.equal(isLocalRequest('local', '::1', relayed({ [name]: '127.0.0.1' })), false, name)
    }
  })

  it('local-via-proxy: every address the proxy reports must be loopback', () => {
    const trusting = (headers: Record<string, string>, socket = '127.0.0.1') =>
      isLocalRequest('local-via-proxy', socket, relayed(headers))
    assert.equal(trusting({}), true)
    assert.equal(trusting({ 'X-Forwarded-For': '127.0.0.1' }), true)
    assert.equal(trusting({ 'X-Forwarded-For': '127.0.0.1, ::1', 'X-Real-IP': '127.0.0.1' }), true)
    assert.equal(trusting({ Forwarded: 'for="[::1]:4711";proto=https, for=127.0.0.1:80' }), true)
    assert.equal(trusting({ 'X-Forwarded-For': '127.0.0.1, 203.0.113.7' }), false)
    assert.equal(trusting({ Forwarded: 'for=127.0.0.1, for=unknown' }), false)
    assert.equal(trusting({ Forwarded: 'for=_hidden' }), false)
    assert.equal(trusting({ 'X-Forwarded-Proto': 'https' }), false, 'no client address reported')
    assert.equal(trusting({ 'X-Forwarded-For': '127.0.0.1' }, '10.0.0.2'), false, 'remote socket')
  })

  it('off: nobody', () => {
    assert.equal(isLocalRequest('off', '127.0.0.1', none), false)
  })

  it('reads every reported client address', () => {
    assert.deepEqual(
      reportedClientAddresses(
        relayed({
          'X-Forwarded-For': '203.0.113.7 , 10.0.0.1:5000',
          Forwarded: 'for="[2001:db8::17]:4711";by=203.0.113.43, For=198.51.100.17',
          'X-Real-IP': '192.0.2.60',
        }),
      ),
      ['203.0.113.7', '10.0.0.1', '2001:db8::17', '198.51.100.17', '192.0.2.60'],
    )
  })
})
