/**
 * @module view
 * What every page component needs besides its data: the instance name and public URL, the request's
 * `now` and path, and helpers for image and asset URLs. Built once per request and passed as a prop.
 */
import type { HttpBindings } from '@hono/node-server'

import type { ImageSigner } from './image-proxy.js'
import type { AssetName } from './static-assets.js'

export interface View {
  instanceName: string
  baseUrl: string
  now: Date
  /** the request path with its query, for canonical and og:url */
  path: string
  /** the proxied URL of a remote image, or null */
  img: ImageSigner['url']
  asset(name: AssetName): string
  /** whether the reader may see operator links (the request came from loopback) */
  isOperator: boolean
}

/** Hono environment of the web routes: node bindings (absent in `app.request()` tests) and the view. */
export interface WebEnv {
  Bindings: Partial<HttpBindings>
  Variables: { view: View }
}
