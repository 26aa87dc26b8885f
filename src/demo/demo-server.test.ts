import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { gunzipSync } from 'node:zlib'

import { DEMO_CENTREPIECE_EVENT, demoCorpus } from './demo-corpus.js'
import type { DemoServer } from './demo-server.js'
import { startDemoServer } from './demo-server.js'

const NOW = new Date('2025-03-04T07:15:00Z')

describe('demo server', () => {
  let server: DemoServer

  before(async () => {
    server = await startDemoServer({ now: NOW })
  })

  after(async () => {
    await server.close()
  })

  it('listens on loopback and lists every feed', () => {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/)
    assert.equal(server.feedUrls.length, demoCorpus.feeds.length)
    assert.equal(server.publishers.length, demoCorpus.publishers.length)
  })

  it('serves a feed with validators and answers conditional requests with 304', async () => {
    const url = server.feedUrls.find((f) => f.url.endsWith('/northbridge-herald/world.xml'))?.url
    assert.ok(url)
    const first = await fetch(url)
    assert.equal(first.status, 200)
    assert.match(first.headers.get('content-type') ?? '', /^application\/rss\+xml/)
    const body = await first.text()
    assert.match(body, /<rss version="2.0"/)
    assert.ok(body.includes(server.origin))
    const etag = first.headers.get('etag')
    const lastModified = first.headers.get('last-modified')
    assert.ok(etag && lastModified)

    const byEtag = await fetch(url, { headers: { 'if-none-match': etag } })
    assert.equal(byEtag.status, 304)
    assert.equal(await byEtag.text(), '')
    const byDate = await fetch(url, { headers: { 'if-modified-since': lastModified } })
    assert.equal(byDate.status, 304)
    const stale = await fetch(url, { headers: { 'if-none-match': '"something-else"' } })
    assert.equal(stale.status, 200)
    await stale.arrayBuffer()
  })

  it('gzips when asked', async () => {
    const url = server.feedUrls.find((f) => f.url.endsWith('.json'))?.url
    assert.ok(url)
    // undici's fetch would decompress transparently; read the raw bytes through node:http instead.
    const { request } = await import('node:http')
    const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
        )
      })
        .on('error', reject)
        .end()
    })
    assert.equal(raw.encoding, 'gzip')
    const document = JSON.parse(gunzipSync(raw.body).toString('utf8')) as { version: string }
    assert.equal(document.version, 'https://jsonfeed.org/version/1.1')
  })

  it('serves the article page of a teaser entry, ignoring tracking parameters', async () => {
    const entry = demoCorpus.entries.find(
      (e) => e.eventKey === DEMO_CENTREPIECE_EVENT && e.teaser && e.linkQuery,
    )
    assert.ok(entry)
    const res = await fetch(`${server.origin}${entry.linkPath}?${entry.linkQuery}`)
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/)
    const html = await res.text()
    assert.match(html, /<article>/)
    assert.match(html, /"@type":"NewsArticle"/)
    assert.ok(html.includes('fair share'))
  })

  it('serves images and icons as SVG', async () => {
    const entry = demoCorpus.entries.find((e) => e.image)
    assert.ok(entry?.image)
    const image = await fetch(server.origin + entry.image.path)
    assert.equal(image.status, 200)
    assert.equal(image.headers.get('content-type'), 'image/svg+xml')
    const svg = await image.text()
    assert.match(svg, /^<svg [^>]*width="1200" height="675"/)
    const icon = await fetch(server.origin + (server.publishers[0]?.iconPath ?? '/missing'))
    assert.equal(icon.status, 200)
    assert.match(await icon.text(), /<svg /)
  })

  it('serves the OPML and a 404 for unknown paths', async () => {
    const opml = await fetch(`${server.origin}/opml`)
    assert.equal(opml.status, 200)
    assert.match(await opml.text(), /<opml version="2.0">/)
    const missing = await fetch(`${server.origin}/no/such/page`)
    assert.equal(missing.status, 404)
    await missing.arrayBuffer()
  })

  it('answers HEAD without a body and rejects other methods', async () => {
    const head = await fetch(`${server.origin}/`, { method: 'HEAD' })
    assert.equal(head.status, 200)
    assert.equal(await head.text(), '')
    const post = await fetch(`${server.origin}/`, { method: 'POST' })
    assert.equal(post.status, 405)
    await post.arrayBuffer()
  })
})
