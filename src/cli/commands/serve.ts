/**
 * @module serve
 * `broadsheet serve [--demo] [--no-worker] [--port N]`: the web server, with an in-process worker unless
 * --no-worker. `--demo` (what `npm start` runs) migrates the database, starts the bundled demo
 * publishers on a loopback port and subscribes to them, so a fresh machine shows real news offline.
 * `broadsheet worker`: ingestion and clustering only.
 */
import { serve as serveHttp } from '@hono/node-server'

import type { App } from '../../app.js'
import { startDemoServer } from '../../demo/demo-server.js'
import { seedDemo } from '../../demo/seed-demo.js'
import { createHttpApp } from '../../http/create-http-app.js'
import type { CliContext, Command } from '../command.js'
import { parseFlags } from '../parse-flags.js'

export const serveCommand: Command = {
  name: ['serve'],
  usage: 'serve [--demo] [--no-worker] [--port N]',
  summary: 'run the web reader (with an in-process worker unless --no-worker)',
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
    const server = await new Promise<ReturnType<typeof serveHttp>>((resolve) => {
      const s = serveHttp(
        { fetch: http.fetch, port: config.http.port, hostname: config.http.host },
        () => resolve(s),
      )
    })
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : config.http.port
    const shown =
      config.http.host === '0.0.0.0' || config.http.host === '127.0.0.1'
        ? 'localhost'
        : config.http.host
    ctx.out.line(
      `Broadsheet is serving http://${shown}:${port}/ (${app.dialect}${worker ? ', with worker' : ''}); Ctrl-C stops it`,
    )
    const signal = await ctx.shutdownSignal
    app.logger.info({ signal }, 'shutting down')
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await worker?.stop()
    await stopDemo?.()
    await app.close()
    return 0
  },
}

export const workerCommand: Command = {
  name: ['worker'],
  usage: 'worker',
  summary: 'run ingestion and clustering only (start as many as you need)',
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
