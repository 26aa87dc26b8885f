import assert from 'node:assert/strict'
import { once } from 'node:events'
import { Agent, get, type IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import { describe, it } from 'node:test'

import { type HttpServer, startHttpServer } from './start-http-server.js'

const TEST_TIMEOUT = { timeout: 4000 }

/** A server whose `/slow` answers only when the test says so; every other path answers at once. */
async function startSlowServer(shutdownGraceMs?: number) {
  const started = deferred()
  const release = deferred()
  const server = await startHttpServer({
    hostname: '127.0.0.1',
    port: 0,
    ...(shutdownGraceMs === undefined ? {} : { shutdownGraceMs }),
    fetch: async (request) => {
      const { pathname } = new URL(request.url)
      if (pathname === '/slow') {
        started.resolve()
        await release.promise
        return new Response('done')
      }
      if (pathname === '/stream') {
        // headers and a first chunk at once (keep-alive already promised), the rest when released
        const body = new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(new TextEncoder().encode('first '))
            await release.promise
            controller.enqueue(new TextEncoder().encode('last'))
            controller.close()
          },
        })
        return new Response(body)
      }
      return new Response('quick')
    },
  })
  return {
    server,
    /** resolves when a slow request has reached the handler */
    started: () => started.promise,
    release: () => release.resolve(),
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

interface Answer {
  status: number
  connection: string | undefined
  body: string
}

/** GET over a keep-alive agent, so only the server can decide to close the connection. */
function request(
  server: HttpServer,
  path: string,
  agent: Agent,
  onHeaders: () => void = () => undefined,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: server.port, path, agent }, (response: IncomingMessage) => {
      onHeaders()
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          connection: response.headers.connection,
          body,
        }),
      )
      response.on('error', reject)
    }).on('error', reject)
  })
}

async function isAcceptingConnections(port: number): Promise<boolean> {
  const socket = connect(port, '127.0.0.1')
  try {
    await once(socket, 'connect')
    return true
  } catch {
    return false
  } finally {
    socket.destroy()
  }
}

describe('startHttpServer: graceful close', () => {
  it(
    'stops accepting, lets the request in flight finish, then resolves',
    TEST_TIMEOUT,
    async () => {
      const agent = new Agent({ keepAlive: true })
      const { server, started, release } = await startSlowServer()
      try {
        // an idle keep-alive connection from an earlier request must not hold the close up
        assert.equal((await request(server, '/quick', agent)).status, 200)
        const inFlight = request(server, '/slow', agent)
        await started()

        const closed = server.close()
        let isClosed = false
        void closed.then(() => (isClosed = true))
        assert.equal(await isAcceptingConnections(server.port), false)
        assert.equal(isClosed, false, 'close waits for the request in flight')

        release()
        assert.deepEqual(await inFlight, { status: 200, connection: 'close', body: 'done' })
        assert.deepEqual(await closed, { cutRequests: 0 })
      } finally {
        agent.destroy()
      }
    },
  )

  it(
    'closes a keep-alive connection whose answer had begun once it ends',
    TEST_TIMEOUT,
    async () => {
      const agent = new Agent({ keepAlive: true })
      const { server, release } = await startSlowServer()
      try {
        const headers = deferred()
        const inFlight = request(server, '/stream', agent, headers.resolve)
        await headers.promise
        const startedAt = performance.now()
        const closed = server.close()
        release()
        assert.deepEqual(await inFlight, {
          status: 200,
          connection: 'keep-alive',
          body: 'first last',
        })
        assert.deepEqual(await closed, { cutRequests: 0 })
        // not after node's 5 s keep-alive timeout
        const elapsedMs = performance.now() - startedAt
        assert.ok(elapsedMs < 2000, `took ${elapsedMs} ms`)
      } finally {
        agent.destroy()
      }
    },
  )

  it('cuts requests still running after the grace period', TEST_TIMEOUT, async () => {
    const agent = new Agent({ keepAlive: true })
    const { server, started, release } = await startSlowServer(200)
    try {
      const inFlight = request(server, '/slow', agent)
      await started()
      const startedAt = performance.now()
      assert.deepEqual(await server.close(), { cutRequests: 1 })
      const elapsedMs = performance.now() - startedAt
      assert.ok(elapsedMs >= 190 && elapsedMs < 2000, `took ${elapsedMs} ms`)
      await assert.rejects(inFlight, /socket hang up|ECONNRESET/)
    } finally {
      release()
      agent.destroy()
    }
  })

  it('rejects when the port is taken', TEST_TIMEOUT, async () => {
    const { server } = await startSlowServer()
    try {
      await assert.rejects(
        startHttpServer({ hostname: '127.0.0.1', port: server.port, fetch: () => new Response() }),
        { code: 'EADDRINUSE' },
      )
    } finally {
      await server.close()
    }
  })
})
