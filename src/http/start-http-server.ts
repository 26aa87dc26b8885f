/**
 * @module start-http-server
 * Runs a fetch handler (the Hono app) on a node:http server through @hono/node-server, and stops it
 * gracefully: `close()` stops accepting connections at once, closes idle keep-alive connections,
 * lets the requests in flight finish (their connections close after the response), and after
 * `shutdownGraceMs` cuts whatever is still open. Node's own `server.close()` would wait for
 * in-flight requests without a bound, then keep their connections open until the keep-alive timeout.
 *
 * @example
 * const server = await startHttpServer({ fetch: app.fetch, hostname: '127.0.0.1', port: 8080 })
 * await shutdownSignal
 * const { cutRequests } = await server.close()
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createAdaptorServer } from '@hono/node-server'

type FetchHandler = Parameters<typeof createAdaptorServer>[0]['fetch']

export interface HttpServerOptions {
  /** the Hono app's `fetch` */
  fetch: FetchHandler
  hostname: string
  /** 0 picks a free port */
  port: number
  /** how long `close()` waits for requests in flight before cutting their connections */
  shutdownGraceMs?: number
}

export interface HttpServer {
  /** the port listened on (the picked one when asked for 0) */
  readonly port: number
  /**
   * Stops accepting connections, waits up to the grace period for requests in flight, then cuts the
   * rest. Resolves once every connection is closed, with the number of requests that were cut.
   */
  close(): Promise<{ cutRequests: number }>
}

export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000

export async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const graceMs = options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS
  // without createServer or TLS options this is a node:http Server
  const server = createAdaptorServer({ fetch: options.fetch, hostname: options.hostname }) as Server
  const inFlight = new Set<ServerResponse>()
  let closing: Promise<{ cutRequests: number }> | null = null

  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response)
    response.once('close', () => {
      inFlight.delete(response)
      // its connection is idle now; while closing, do not keep it for another request
      if (closing !== null) setImmediate(() => server.closeIdleConnections())
    })
    if (closing !== null) response.shouldKeepAlive = false
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  function close(): Promise<{ cutRequests: number }> {
    closing ??= new Promise((resolve) => {
      let cutRequests = 0
      const timer = setTimeout(() => {
        cutRequests = inFlight.size
        server.closeAllConnections()
      }, graceMs)
      server.close(() => {
        clearTimeout(timer)
        resolve({ cutRequests })
      })
      // answers not yet begun say `Connection: close`; server.close() already dropped idle connections
      for (const response of inFlight) {
        if (!response.headersSent) response.shouldKeepAlive = false
      }
    })
    return closing
  }

  return { port, close }
}
