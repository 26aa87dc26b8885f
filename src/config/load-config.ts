/**
 * @module load-config
 * Environment (+ optional JSON config file) → frozen, validated `Config`. Collects every invalid option
 * and reports them all in one `AppError('invalid-config')`. The only module that reads process.env.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { AppError } from '../domain/errors.js'
import { ENV_PREFIX, OPTIONS, type OptionSpec } from './options.js'

export interface Config {
  dataDir: string
  databaseUrl: string
  http: {
    host: string
    port: number
    baseUrl: string
    secretKey: string | null
    operatorPage: 'local' | 'local-via-proxy' | 'off'
  }
  logLevel: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'silent'
  fetch: {
    allowPrivateNetworks: boolean
    userAgent: string
    connectTimeoutMs: number
    totalTimeoutMs: number
    maxBodyBytes: number
    maxRedirects: number
    concurrency: number
    perHostConcurrency: number
  }
  schedule: { minIntervalSeconds: number; maxIntervalSeconds: number }
  jobs: { leaseSeconds: number; pollMs: number }
  cluster: { windowHours: number; settleSeconds: number; vocabularyLimit: number }
  ingest: { fullText: 'auto' | 'always' | 'never' }
  demoPort: number
}

export type ConfigSource = Record<string, string | undefined>

/** Reads `process.env` (and the config file it names) relative to `cwd`. */
export function loadConfig(
  env: ConfigSource = process.env,
  cwd: string = process.cwd(),
  overrides: ConfigSource = {},
): Config {
  const fileValues = readConfigFile(env[`${ENV_PREFIX}CONFIG_FILE`], cwd)
  return parseConfig({ ...fileValues, ...pickPrefixed(env), ...overrides }, cwd)
}

/** Pure: raw values keyed by option env name (without prefix) → Config. */
export function parseConfig(raw: ConfigSource, cwd: string): Config {
  const errors: string[] = []
  const out: Record<string, unknown> = {}
  const known = new Set<string>(OPTIONS.map((o) => o.env))
  for (const key of Object.keys(raw)) {
    if (!known.has(key) && key !== 'CONFIG_FILE') errors.push(`${ENV_PREFIX}${key}: unknown option`)
  }
  for (const option of OPTIONS as readonly OptionSpec[]) {
    const text = raw[option.env]
    const value =
      text === undefined || text === '' ? option.default : parseValue(option, text, errors)
    setPath(out, option.path, value)
  }
  if (errors.length > 0) {
    throw new AppError(
      'invalid-config',
      `config: ${errors.length} invalid option(s):\n  ${errors.join('\n  ')}`,
    )
  }
  const config = out as unknown as Config & {
    databaseUrl: string | null
    http: { baseUrl: string | null }
  }
  config.dataDir = resolve(cwd, config.dataDir)
  config.databaseUrl ??= `sqlite:${resolve(config.dataDir, 'broadsheet.db')}`
  const host = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host
  config.http.baseUrl = (config.http.baseUrl ?? `http://${host}:${config.http.port}`).replace(
    /\/$/,
    '',
  )
  if (config.schedule.minIntervalSeconds > config.schedule.maxIntervalSeconds) {
    throw new AppError(
      'invalid-config',
      `config: ${ENV_PREFIX}SCHEDULE_MIN_INTERVAL_SECONDS must not exceed ${ENV_PREFIX}SCHEDULE_MAX_INTERVAL_SECONDS`,
    )
  }
  return deepFreeze(config)
}

function parseValue(option: OptionSpec, text: string, errors: string[]): unknown {
  const name = `${ENV_PREFIX}${option.env}`
  switch (option.type) {
    case 'string':
      return text
    case 'integer': {
      if (!/^-?\d+$/.test(text.trim())) {
        errors.push(`${name}: expected an integer, got "${text}"`)
        return option.default
      }
      const n = Number(text)
      if (
        (option.min !== undefined && n < option.min) ||
        (option.max !== undefined && n > option.max)
      ) {
        errors.push(`${name}: ${n} is outside ${option.min ?? '-∞'}..${option.max ?? '∞'}`)
      }
      return n
    }
    case 'boolean': {
      const t = text.trim().toLowerCase()
      if (['1', 'true', 'yes', 'on'].includes(t)) return true
      if (['0', 'false', 'no', 'off'].includes(t)) return false
      errors.push(`${name}: expected true or false, got "${text}"`)
      return option.default
    }
    case 'url': {
      try {
        const url = new URL(text)
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme')
        return text
      } catch {
        errors.push(`${name}: expected an http(s) URL, got "${text}"`)
        return option.default
      }
    }
    case 'enum':
      if (!option.values?.includes(text)) {
        errors.push(`${name}: expected one of ${option.values?.join(', ')}, got "${text}"`)
        return option.default
      }
      return text
  }
}

function pickPrefixed(env: ConfigSource): ConfigSource {
  const out: ConfigSource = {}
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith(ENV_PREFIX) && key !== `${ENV_PREFIX}CONFIG_FILE`) {
      out[key.slice(ENV_PREFIX.length)] = value
    }
  }
  return out
}

function readConfigFile(path: string | undefined, cwd: string): ConfigSource {
  if (!path) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(resolve(cwd, path), 'utf8'))
  } catch (error) {
    throw new AppError(
      'invalid-config',
      `config: cannot read config file ${path}: ${(error as Error).message}`,
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AppError('invalid-config', `config: ${path} must hold a JSON object of OPTION: value`)
  }
  const out: ConfigSource = {}
  for (const [key, value] of Object.entries(parsed)) {
    out[key.startsWith(ENV_PREFIX) ? key.slice(ENV_PREFIX.length) : key] = String(value)
  }
  return out
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.')
  let node = target
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {}
    node = node[part] as Record<string, unknown>
  }
  node[parts.at(-1)!] = value
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

/** The effective configuration as `OPTION → value` rows, secrets masked (for `broadsheet config`). */
export function describeConfig(
  config: Config,
): { option: string; value: string; secret: boolean }[] {
  return (OPTIONS as readonly OptionSpec[]).map((option) => {
    const value = option.path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], config)
    return {
      option: `${ENV_PREFIX}${option.env}`,
      value: option.secret ? maskSecret(String(value)) : String(value),
      secret: option.secret === true,
    }
  })
}

/** Masks passwords in URLs (`postgres://u:****@h/db`) and whole values otherwise. */
export function maskSecret(value: string): string {
  if (value.startsWith('sqlite:')) return value
  try {
    const url = new URL(value)
    if (url.password) url.password = '****'
    return url.toString()
  } catch {
    return value ? '****' : ''
  }
}
