/**
 * @module demo-server
 * A loopback HTTP server for the demo corpus: every feed, article page, image and publisher icon,
 * plus an index page and an OPML list. Responses are rendered once at start-up against the given
 * `now`, carry ETag and Last-Modified, answer conditional requests with 304 and are gzipped when
 * the client asks. Nothing here touches the internet.
 *
 * @example
 * const demo = await startDemoServer({ now: new Date() })
 * // subscribe to demo.feedUrls …
 * await demo.close()
 */
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import type { DemoEntry, DemoPublisher } from './demo-corpus.js'
import { demoCorpus, publishedAt, updatedAt } from './demo-corpus.js'
import { renderDemoOpml } from './demo-opml.js'
import { escapeXml } from './escape-markup.js'
import { renderArticlePage } from './render-article-page.js'
import { renderFeed } from './render-feed.js'
import { renderIconSvg, renderImageSvg } from './render-image.js'

export interface DemoServerOptions {
  /** The instant the corpus is placed against: entries are `hoursAgo` before it. */
  readonly now: Date
  /** 0 (default) picks a free port. */
  readonly port?: number
  /** Loopback by default. */
  readonly host?: string
}

export interface DemoFeedUrl {
  readonly url: string
  readonly publisherSlug: string
  readonly title: string
}

export interface DemoServer {
  /** e.g. `http://127.0.0.1:39123` */
  readonly origin: string
  readonly feedUrls: readonly DemoFeedUrl[]
  readonly publishers: readonly DemoPublisher[]
  close(): Promise<void>
}

interface Resource {
  readonly body: Buffer
  readonly contentType: string
  readonly etag: string
  readonly lastModified: Date
  readonly maxAgeSeconds: number
  gzipped?: Buffer
}

const RELATED_COUNT = 5

function resource(
  body: string,
  contentType: string,
  lastModified: Date,
  maxAgeSeconds: number,
): Resource {
  const bytes = Buffer.from(body, 'utf8')
  const etag = `"${createHash('sha1').update(bytes).digest('hex').slice(0, 20)}"`
  return { body: bytes, contentType, etag, lastModified, maxAgeSeconds }
}

function relatedFor(entry: DemoEntry, entries: readonly DemoEntry[]): DemoEntry[] {
  const seen = new Set<string>([entry.linkPath])
  const candidates = entries
    .filter((e) => e.publisherSlug === entry.publisherSlug && !e.republishOf)
    .sort((a, b) => Math.abs(a.hoursAgo - entry.hoursAgo) - Math.abs(b.hoursAgo - entry.hoursAgo))
  const related: DemoEntry[] = []
  for (const e of candidates) {
    if (seen.has(e.linkPath)) continue
    seen.add(e.linkPath)
    related.push(e)
    if (related.length === RELATED_COUNT) break
  }
  return related
}

function indexPage(origin: string, now: Date): string {
  const rows = demoCorpus.publishers
    .map((p) => {
      const feeds = demoCorpus.feeds.filter((f) => f.publisherSlug === p.slug)
      return `<li><img src="${escapeXml(p.iconPath)}" width="20" height="20" alt=""> <a href="/${escapeXml(p.slug)}/">${escapeXml(p.name)}</a> (${escapeXml(p.country)}): ${feeds.map((f) => `<a href="${escapeXml(f.path)}">${escapeXml(f.title)}</a> [${f.format}]`).join(', ')}</li>`
    })
    .join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Broadsheet demo publishers</title></head>
<body><h1>Broadsheet demo publishers</h1>
<p>${demoCorpus.entries.length} entries placed against ${escapeXml(now.toISOString())}. <a href="/opml">OPML</a></p>
<ul>
${rows}
</ul>
<p>Served from ${escapeXml(origin)}. All publishers are fictional.</p>
</body></html>
`
}

function publisherPage(publisher: DemoPublisher, origin: string, now: Date): string {
  const feeds = demoCorpus.feeds.filter((f) => f.publisherSlug === publisher.slug)
  const entries = demoCorpus.entries
    .filter((e) => e.publisherSlug === publisher.slug && !e.republishOf)
    .sort((a, b) => a.hoursAgo - b.hoursAgo)
  const types = {
    rss2: 'application/rss+xml',
    rdf: 'application/rdf+xml',
    atom: 'application/atom+xml',
    atom03: 'application/atom+xml',
    json: 'application/feed+json',
  }
  return `<!doctype html>
<html lang="${escapeXml(publisher.language)}"><head><meta charset="utf-8">
<title>${escapeXml(publisher.name)}</title>
<meta name="description" content="${escapeXml(publisher.description)}">
${feeds.map((f) => `<link rel="alternate" type="${types[f.format]}" title="${escapeXml(f.title)}" href="${escapeXml(origin + f.path)}">`).join('\n')}
<link rel="icon" href="${escapeXml(publisher.iconPath)}" type="image/svg+xml">
</head><body>
<h1>${escapeXml(publisher.name)}</h1>
<p>${escapeXml(publisher.description)}</p>
<ul>
${entries.map((e) => `<li><a href="${escapeXml(e.linkPath)}">${escapeXml(e.title)}</a> <time datetime="${publishedAt(e, now).toISOString()}">${e.hoursAgo} h ago</time></li>`).join('\n')}
</ul>
</body></html>
`
}

/** Renders every resource of the demo against `now` and `origin`. */
function buildResources(now: Date, origin: string): Map<string, Resource> {
  const resources = new Map<string, Resource>()
  const { publishers, feeds, entries } = demoCorpus
  const startOfCorpus = new Date(now.getTime() - 72 * 3_600_000)

  resources.set('/', resource(indexPage(origin, now), 'text/html; charset=utf-8', now, 60))
  const opml = resource(renderDemoOpml(origin), 'text/x-opml; charset=utf-8', now, 60)
  resources.set('/opml', opml)
  resources.set('/demo.opml', opml)
  resources.set(
    '/robots.txt',
    resource('User-agent: *\nAllow: /\n', 'text/plain; charset=utf-8', startOfCorpus, 3600),
  )

  for (const publisher of publishers) {
    const icon = renderIconSvg({
      initials: publisher.initials,
      color: publisher.color,
      name: publisher.name,
    })
    resources.set(publisher.iconPath, resource(icon, 'image/svg+xml', startOfCorpus, 86_400))
    resources.set(
      `/${publisher.slug}/`,
      resource(publisherPage(publisher, origin, now), 'text/html; charset=utf-8', now, 300),
    )
  }

  for (const feed of feeds) {
    const own = entries.filter((e) => e.feedKey === feed.key)
    const { body, contentType } = renderFeed(feed, own, now, origin)
    const lastModified = own.reduce((latest, e) => Math.max(latest, updatedAt(e, now).getTime()), 0)
    resources.set(
      feed.path,
      resource(
        body,
        contentType,
        lastModified ? new Date(lastModified) : now,
        (feed.ttlMinutes ?? 10) * 60,
      ),
    )
  }

  const feedByKey = new Map(feeds.map((f) => [f.key, f]))
  for (const entry of entries) {
    const feed = feedByKey.get(entry.feedKey)
    if (!feed || entry.republishOf || resources.has(entry.linkPath)) continue
    const page = renderArticlePage(entry, {
      feed,
      related: relatedFor(entry, entries),
      now,
      baseUrl: origin,
    })
    resources.set(
      entry.linkPath,
      resource(page, 'text/html; charset=utf-8', updatedAt(entry, now), 300),
    )
    if (entry.image) {
      const svg = renderImageSvg({
        width: entry.image.width,
        height: entry.image.height,
        caption: entry.image.alt,
        credit: feed.publisher.name,
        seed: entry.slug,
      })
      resources.set(
        entry.image.path,
        resource(svg, 'image/svg+xml', publishedAt(entry, now), 86_400),
      )
    }
  }
  return resources
}

/** Seconds resolution, as HTTP dates carry. */
function httpSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000)
}

function isNotModified(req: IncomingMessage, res: Resource, etags: readonly string[]): boolean {
  const ifNoneMatch = req.headers['if-none-match']
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, ''))
    return tags.includes('*') || tags.some((t) => etags.includes(t))
  }
  const ifModifiedSince = req.headers['if-modified-since']
  if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince)
    return !Number.isNaN(since) && httpSeconds(res.lastModified) <= Math.floor(since / 1000)
  }
  return false
}

function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding']
  if (typeof header !== 'string') return false
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';')
    if (coding?.trim().toLowerCase() !== 'gzip' && coding?.trim() !== '*') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

function handle(resources: Map<string, Resource>, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Method not allowed\n')
    return
  }
  let path: string
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://demo.invalid').pathname)
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Bad request\n')
    return
  }
  const found = resources.get(path) ?? (path.endsWith('/') ? undefined : resources.get(`${path}/`))
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Not found\n')
    return
  }
  const gzipEtag = `${found.etag.slice(0, -1)}-gzip"`
  const useGzip = acceptsGzip(req)
  const headers: Record<string, string | number> = {
    'Content-Type': found.contentType,
    ETag: useGzip ? gzipEtag : found.etag,
    'Last-Modified': found.lastModified.toUTCString(),
    'Cache-Control': `public, max-age=${found.maxAgeSeconds}`,
    Vary: 'Accept-Encoding',
  }
  if (isNotModified(req, found, [found.etag, gzipEtag])) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  let body = found.body
  if (useGzip) {
    found.gzipped ??= gzipSync(found.body)
    body = found.gzipped
    headers['Content-Encoding'] = 'gzip'
  }
  headers['Content-Length'] = body.length
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** Starts the demo server on loopback and renders the corpus against `options.now`. */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1'
  let resources = new Map<string, Resource>()
  const server = createServer((req, res) => handle(resources, req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  resources = buildResources(options.now, origin)
  return {
    origin,
    feedUrls: demoCorpus.feeds.map((f) => ({
      url: origin + f.path,
      publisherSlug: f.publisherSlug,
      title: f.title,
    })),
    publishers: demoCorpus.publishers,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
