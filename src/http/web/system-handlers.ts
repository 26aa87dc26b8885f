/**
 * @module system-handlers
 * The non-page routes: image proxy, static assets, service worker, web app manifest, health check.
 */
import type { PageContext } from './page-context.js'

export function imageHandler({ c, web }: PageContext): Promise<Response> {
  return web.imageProxy(c)
}

export function assetHandler({ c, web }: PageContext): Response {
  return web.assets.serve(c)
}

export function serviceWorkerHandler({ c, web }: PageContext): Response {
  return web.assets.serviceWorker(c)
}

export function manifestHandler({ c, deps, web }: PageContext): Response {
  const name = deps.config.instanceName
  const manifest = {
    name,
    short_name: name.length > 12 ? name.slice(0, 12) : name,
    description: 'The news from many publishers, grouped into stories.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f7f5f0',
    theme_color: '#f7f5f0',
    icons: [
      { src: web.assets.url('icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: web.assets.url('icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: web.assets.url('icon-512.png'),
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
      { src: web.assets.url('icon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  }
  return c.body(JSON.stringify(manifest), 200, {
    'Content-Type': 'application/manifest+json; charset=utf-8',
    'Cache-Control': 'no-cache',
  })
}

export async function healthHandler({ c, deps }: PageContext): Promise<Response> {
  await deps.reader.latestEntries({ limit: 1 })
  return c.json({ status: 'ok', time: deps.clock.now().toISOString() }, 200, {
    'Cache-Control': 'no-store',
  })
}
