import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { AppError } from '../domain/errors.js'
import { describeConfig, maskSecret, parseConfig } from './load-config.js'

describe('parseConfig', () => {
  it('applies defaults relative to the working directory', () => {
    const config = parseConfig({}, '/srv/app')
    assert.equal(config.dataDir, '/srv/app/data')
    assert.equal(config.databaseUrl, 'sqlite:/srv/app/data/broadsheet.db')
    assert.deepEqual(config.http, {
      host: '127.0.0.1',
      port: 8080,
      baseUrl: 'http://127.0.0.1:8080',
      secretKey: null,
      operatorPage: 'local',
    })
    assert.equal(config.fetch.maxBodyBytes, 10 * 1024 * 1024)
    assert.equal(config.fetch.allowPrivateNetworks, false)
    assert.ok(Object.isFrozen(config.fetch))
  })

  it('reads typed values', () => {
    const config = parseConfig(
      { DATA_DIR: '/var/lib/bs', PORT: '9000', ALLOW_PRIVATE_NETWORKS: 'true', LOG_LEVEL: 'debug' },
      '/x',
    )
    assert.equal(config.databaseUrl, 'sqlite:/var/lib/bs/broadsheet.db')
    assert.equal(config.http.port, 9000)
    assert.equal(config.fetch.allowPrivateNetworks, true)
    assert.equal(config.logLevel, 'debug')
  })

  it('reports every invalid option at once', () => {
    assert.throws(
      () =>
        parseConfig(
          { PORT: 'eighty', ALLOW_PRIVATE_NETWORKS: 'maybe', LOG_LEVEL: 'loud', NOPE: '1' },
          '/',
        ),
      (error: unknown) => {
        assert.ok(error instanceof AppError)
        assert.equal(error.code, 'invalid-config')
        assert.match(error.message, /4 invalid option/)
        for (const key of ['PORT', 'ALLOW_PRIVATE_NETWORKS', 'LOG_LEVEL', 'NOPE']) {
          assert.match(error.message, new RegExp(`BROADSHEET_${key}`))
        }
        return true
      },
    )
  })

  it('rejects out-of-range integers and inverted schedule bounds', () => {
    assert.throws(() => parseConfig({ PORT: '70000' }, '/'), /outside 0\.\.65535/)
    assert.throws(
      () =>
        parseConfig(
          { SCHEDULE_MIN_INTERVAL_SECONDS: '9000', SCHEDULE_MAX_INTERVAL_SECONDS: '600' },
          '/',
        ),
      /must not exceed/,
    )
  })
})

describe('describeConfig', () => {
  it('masks the database password', () => {
    const config = parseConfig({ DATABASE_URL: 'postgres://bs:hunter2@db/bs' }, '/')
    const row = describeConfig(config).find((r) => r.option === 'BROADSHEET_DATABASE_URL')
    assert.deepEqual(row, {
      option: 'BROADSHEET_DATABASE_URL',
      value: 'postgres://bs:****@db/bs',
      secret: true,
    })
    assert.equal(maskSecret('sqlite:/x/broadsheet.db'), 'sqlite:/x/broadsheet.db')
  })
})
