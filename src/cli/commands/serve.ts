/**
 * @module serve
 * `broadsheet serve [--demo] [--no-worker] [--port N]`: the web server, with an in-process worker unless
 * --no-worker. `--demo` (what `npm start` runs) migrates the database, starts the bundled demo
 * publishers on a loopback port and subscribes to them, so a fresh machine shows real news offline.
 * `broadsheet worker`: ingestion and clustering only.
 *
 * On SIGTERM or SIGINT, serve stops accepting connections and lets the requests in flight finish (for
 * up to SHUTDOWN_GRACE_MS, then cuts them) while the worker finishes its jobs; only then does it close
 * the database. The same signal again ends the process at once.
 */
import type { App } from '../../app.js'
import { startDemoServer } from '../../demo/demo-server.js'
import { seedDemo } from '../../demo/seed-demo.js'
import { createHttpApp } from '../../http/create-http-app.js'
import { startHttpServer } from '../../http/start-http-server.js'
import type { CliContext, Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'

/**
 * How long a stopping web process waits for requests in flight. Below Docker's and Kubernetes' 10 s
 * and 30 s before SIGKILL, leaving time for the worker and the database to close.
 */
const SHUTDOWN_GRACE_MS = 5_000

export const serveCommand: Command = {
  name: ['serve'],
  usage: 'serve [--demo] [--no-worker] [--port N]',
  summary: 'run the web reader (with an in-process worker unless --no-worker)',
  stopsGracefully: true,
  async run(args, ctx) {
    const { values } = parseFlags(
      args,
      { demo: { type: 'boolean' }, 'no-worker': { type: 'boolean' }, port: { type: 'string' } },
      this.usage,
    )
    const overrides: Record<string, string> = {}
    if (values.port !== undefined) overrides.PORT = values.port
    if (values.demo) overrides.ALLOW_PRIVATE_NETWORKS = 'true'
    const config = ctx.config(overrides)
    const app = await ctx.openApp(config, { migrate: values.demo === true })
    const stopDemo = values.demo ? await startDemo(app, ctx) : null
    const worker = values['no-worker'] ? null : app.services.startWorker()
    const http = createHttpApp(app.httpDeps)
    const server = await startHttpServer({
      fetch: http.fetch,
      port: config.http.port,
      hostname: config.http.host,
      shutdownGraceMs: SHUTDOWN_GRACE_MS,
    })
    const port = server.port
    const shown =
      config.http.host === '0.0.0.0' || config.http.host === '127.0.0.1'
        ? 'localhost'
        : config.http.host
    ctx.out.line(
      `Broadsheet is serving http://${shown}:${port}/ (${app.dialect}${worker ? ', with worker' : ''}); Ctrl-C stops it`,
    )
    const signal = await ctx.shutdownSignal
    app.logger.info({ signal }, 'shutting down')
    // pages in flight and jobs in flight both still need the database
    const [{ cutRequests }] = await Promise.all([server.close(), worker?.stop()])
    if (cutRequests > 0) {
      app.logger.warn(
        { cut_requests: cutRequests, grace_ms: SHUTDOWN_GRACE_MS },
        'requests still running at shutdown were cut',
      )
    }
    await stopDemo?.()
    await app.close()
    return 0
  },
}

export const workerCommand: Command = {
  name: ['worker'],
  usage: 'worker',
  summary: 'run ingestion and clustering only (start as many as you need)',
  stopsGracefully: true,
  async run(args, ctx) {
    parseFlags(args, {}, this.usage)
    const app = await ctx.openApp(ctx.config())
    const worker = app.services.startWorker()
    ctx.out.line(`Broadsheet worker started (${app.dialect}); Ctrl-C stops it`)
    await Promise.race([ctx.shutdownSignal, worker.done])
    await worker.stop()
    await app.close()
    return 0
  },
}

/** Starts the demo publishers' server and subscribes to its feeds; returns its stop function. */
async function startDemo(app: App, ctx: CliContext): Promise<() => Promise<void>> {
  const demo = await startDemoServer({
    now: app.clock.now(),
    port: app.config.demoPort,
    host: '127.0.0.1',
  })
  await seedDemo(app, demo)
  ctx.out.line(
    `demo: ${demo.feedUrls.length} feeds of ${demo.publishers.length} publishers served at ${demo.origin}`,
  )
  return () => demo.close()
}
