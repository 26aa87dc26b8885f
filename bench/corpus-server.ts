/**
 * The benchmark's upstream: serves the generated corpus on 127.0.0.1 with ETag and Last-Modified, one
 * virtual host per outlet (`outlet-N.bench.test`, mapped to 127.0.0.1 by the bench's resolver).
 * `POST /__change?fraction=0.25` gives that share of the feeds new items (a new version).
 * Run: `tsx bench/corpus-server.ts FEEDS` — prints `{"port":…}` on its first line.
 */
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'

import { generateCorpus, renderBenchFeed } from './generate-corpus.js'

const feedCount = Number(process.argv[2] ?? 200)
const now = new Date('2026-11-20T12:00:00Z')
const { feeds } = generateCorpus({ feeds: feedCount, now })
const versions = new Array<number>(feeds.length).fill(0)
const cache = new Map<string, { body: Buffer; gzip: Buffer; etag: string; lastModified: string }>()

function document(index: number) {
  const key = `${index}:${versions[index]}`
  let doc = cache.get(key)
  if (!doc) {
    const body = Buffer.from(renderBenchFeed(feeds[index]!, versions[index]))
    doc = {
      body,
      gzip: gzipSync(body, { level: 1 }),
      etag: `"${index}-v${versions[index]}"`,
      lastModified: new Date(now.getTime() + versions[index]! * 3600_000).toUTCString(),
    }
    cache.set(key, doc)
  }
  return doc
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://bench.invalid')
  if (request.method === 'POST' && url.pathname === '/__change') {
    const fraction = Number(url.searchParams.get('fraction') ?? 0.25)
    let changed = 0
    for (let i = 0; i < feeds.length; i++) {
      if (i % Math.round(1 / fraction) === 0) {
        versions[i]!++
        changed++
      }
    }
    response.end(JSON.stringify({ changed }))
    return
  }
  if (url.pathname === '/__bytes') {
    response.end(
      JSON.stringify({ bytes: feeds.reduce((sum, _f, i) => sum + document(i).body.length, 0) }),
    )
    return
  }
  const match = /^outlet-(\d+)\.bench\.test/.exec(request.headers.host ?? '')
  const index = match ? Number(match[1]) : -1
  if (index < 0 || index >= feeds.length) {
    response.writeHead(404).end()
    return
  }
  const doc = document(index)
  if (request.headers['if-none-match'] === doc.etag) {
    response.writeHead(304, { etag: doc.etag, 'last-modified': doc.lastModified }).end()
    return
  }
  const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
  response.writeHead(200, {
    'content-type':
      feeds[index]!.format === 'atom'
        ? 'application/atom+xml; charset=utf-8'
        : 'application/rss+xml; charset=utf-8',
    etag: doc.etag,
    'last-modified': doc.lastModified,
    ...(gzip && { 'content-encoding': 'gzip' }),
  })
  response.end(gzip ? doc.gzip : doc.body)
})

server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(
    `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`,
  )
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
