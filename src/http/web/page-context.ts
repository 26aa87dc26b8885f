/**
 * @module page-context
 * What a page handler receives (the request context and the HTTP deps) and how it answers with HTML.
 */
import type { Context } from 'hono'
import type { Child } from 'hono/jsx'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

import type { HttpDeps } from '../http-deps.js'
import type { StaticAssets } from './static-assets.js'
import type { View, WebEnv } from './view.js'

/** What the app builds once for all requests. */
export interface WebServices {
  assets: StaticAssets
  imageProxy(c: Context): Promise<Response>
  /**
   * short-lived memo of expensive page data (the home page), keyed by name; a value `keep` refuses
   * (an empty front page while the first stories are being formed) is not kept
   */
  memo<T>(
    key: string,
    now: Date,
    ttlMs: number,
    load: () => Promise<T>,
    keep?: (value: T) => boolean,
  ): Promise<T>
}

/** A tiny time-based memo: one value per key, reloaded when older than `ttlMs` (by the app clock). */
export function createMemo(): WebServices['memo'] {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>()
  return function memo<T>(
    key: string,
    now: Date,
    ttlMs: number,
    load: () => Promise<T>,
    keep?: (value: T) => boolean,
  ) {
    const hit = entries.get(key)
    const t = now.getTime()
    if (hit && t - hit.at >= 0 && t - hit.at < ttlMs) return hit.value as Promise<T>
    const value = load()
    const entry = { at: t, value }
    entries.set(key, entry)
    const forget = () => {
      if (entries.get(key) === entry) entries.delete(key)
    }
    value.then((v) => {
      if (keep && !keep(v)) forget()
    }, forget)
    return value
  }
}

export interface PageContext {
  c: Context<WebEnv>
  deps: HttpDeps
  view: View
  web: WebServices
}

/** Renders a full page (`<!DOCTYPE html>` + the JSX tree) with a status. */
export async function renderPage(
  c: Context<WebEnv>,
  page: Child,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const html = `<!DOCTYPE html>${String(await Promise.resolve(page?.toString() ?? ''))}`
  return c.html(html, status, { 'Cache-Control': 'no-cache' })
}

/** Renders an HTML fragment (for "load more"). */
export async function renderFragment(c: Context<WebEnv>, fragment: Child): Promise<Response> {
  const html = String(await Promise.resolve(fragment?.toString() ?? ''))
  return c.html(html, 200, { 'Cache-Control': 'no-cache' })
}
