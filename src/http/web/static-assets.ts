/**
 * @module static-assets
 * The reader's few static files (one stylesheet, one small script, the service worker, the app
 * icons), read once from `./assets/` next to this module and served from memory with a content hash
 * in their URLs, so they can be cached for a year and still change on upgrade.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

import type { Context } from 'hono'

export interface StaticAsset {
  name: string
  body: Uint8Array<ArrayBuffer>
  contentType: string
  hash: string
}

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
}

/** Files under /assets/ (the service worker is served at /sw.js, see `serviceWorker`). */
export const ASSET_NAMES = [
  'app.css',
  'app.js',
  'icon.svg',
  'icon-192.png',
  'icon-512.png',
] as const
export type AssetName = (typeof ASSET_NAMES)[number]

function read(name: string): StaticAsset {
  const body = new Uint8Array(readFileSync(new URL(`./assets/${name}`, import.meta.url)))
  return {
    name,
    body,
    contentType: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
    hash: createHash('sha256').update(body).digest('hex').slice(0, 12),
  }
}

export interface StaticAssets {
  /** the versioned URL of an asset, e.g. `/assets/app.css?v=3f9a…` */
  url(name: AssetName): string
  serve(c: Context): Response
  serviceWorker(c: Context): Response
}

export function loadStaticAssets(): StaticAssets {
  const assets = new Map(ASSET_NAMES.map((name) => [name as string, read(name)]))
  const url = (name: AssetName) => `/assets/${name}?v=${assets.get(name)!.hash}`
  const version = createHash('sha256')
    .update([...assets.values()].map((a) => a.hash).join())
    .update(readFileSync(new URL('./assets/sw.js', import.meta.url)))
    .digest('hex')
    .slice(0, 12)
  const shell = ['/', '/offline', url('app.css'), url('app.js'), url('icon.svg')]
  const sw = readFileSync(new URL('./assets/sw.js', import.meta.url), 'utf8')
    .replace("'__VERSION__'", JSON.stringify(version))
    .replace("['__SHELL__']", JSON.stringify(shell))
  return {
    url,
    serve(c) {
      const asset = assets.get(c.req.param('name') ?? '')
      if (!asset) return c.text('assets: no such file', 404)
      const isVersioned = c.req.query('v') === asset.hash
      return c.body(asset.body, 200, {
        'Content-Type': asset.contentType,
        'Cache-Control': isVersioned ? 'public, max-age=31536000, immutable' : 'no-cache',
        ETag: `"${asset.hash}"`,
        'X-Content-Type-Options': 'nosniff',
      })
    },
    serviceWorker(c) {
      return c.body(sw, 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-cache',
        'Service-Worker-Allowed': '/',
      })
    },
  }
}
