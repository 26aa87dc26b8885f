/**
 * @module create-http-app
 * The Hono app of the web reader: security headers, the per-request view, every route of
 * `web/routes.ts` (operator routes behind the loopback guard, or not mounted at all when
 * `config.operatorPage` is `off`; posts behind the same-origin check), a real 404 page, and one
 * `onError` that maps AppError codes to statuses through `errors.ts`.
 *
 * @example
 * const app = createHttpApp({ reader, search, clock, logger, config, addFeed, imageFetcher })
 * serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 8080 })
 */
import { Hono, type MiddlewareHandler } from 'hono'

import { AppError } from '../domain/errors.js'
import { createErrorHandler } from './errors.js'
import type { HttpDeps } from './http-deps.js'
import { isLocalRequest, loopbackOnly, remoteAddressOf } from './middleware/loopback-only.js'
import { sameOriginPosts } from './middleware/same-origin.js'
import { securityHeaders } from './middleware/security-headers.js'
import { createImageProxy, createImageSigner } from './web/image-proxy.js'
import { createMemo, type PageContext, type WebServices } from './web/page-context.js'
import { renderErrorPage } from './web/pages/error-page.js'
import { WEB_ROUTES } from './web/routes.js'
import { loadStaticAssets } from './web/static-assets.js'
import type { View, WebEnv } from './web/view.js'

export function createHttpApp(deps: HttpDeps): Hono<WebEnv> {
  const signer = createImageSigner(deps.config.imageSigningKey)
  const assets = loadStaticAssets()
  const web: WebServices = {
    assets,
    imageProxy: createImageProxy({ fetcher: deps.imageFetcher, signer, logger: deps.logger }),
    memo: createMemo(),
  }
  const baseUrl = deps.config.baseUrl.replace(/\/$/, '')
  const operatorPage = deps.config.operatorPage ?? 'local'
  const app = new Hono<WebEnv>()

  app.use(securityHeaders())
  app.use(async function viewMiddleware(c, next) {
    const url = new URL(c.req.url)
    const view: View = {
      instanceName: deps.config.instanceName,
      baseUrl,
      now: deps.clock.now(),
      path: `${url.pathname}${url.search}`,
      img: signer.url,
      asset: assets.url,
      isOperator: isLocalRequest(operatorPage, remoteAddressOf(c.env), c.req.raw.headers),
    }
    c.set('view', view)
    await next()
  })
  const operatorOnly = loopbackOnly(operatorPage)
  const sameOrigin = sameOriginPosts(baseUrl)
  for (const route of WEB_ROUTES) {
    if (route.isOperatorOnly && operatorPage === 'off') continue
    const handler: MiddlewareHandler<WebEnv> = async (c) => {
      const ctx: PageContext = { c, deps, view: c.get('view'), web }
      return route.handler(ctx)
    }
    // guards run first for the same route and throw AppError('forbidden') to refuse
    if (route.isOperatorOnly) app.on(route.method, route.path, operatorOnly)
    if (route.method === 'POST') app.on(route.method, route.path, sameOrigin)
    app.on(route.method, route.path, handler)
  }

  app.notFound((c) => {
    throw new AppError('not-found', `http: there is no page at ${c.req.path}`)
  })
  app.onError(
    createErrorHandler<WebEnv>((c, error, status) => {
      if (c.req.path === '/healthz') {
        return c.json(
          { status: 'error', error: { code: error.code, message: error.message } },
          status,
        )
      }
      if (c.req.path === '/img' || c.req.path.startsWith('/assets/')) {
        return c.text(error.message, status)
      }
      const view = c.get('view')
      if (!view) return c.text(error.message, status)
      return renderErrorPage(
        c,
        view,
        status,
        status >= 500 ? 'Please try again in a moment.' : error.message,
      )
    }, deps.logger),
  )
  return app
}
