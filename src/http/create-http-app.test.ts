import assert from 'node:assert/strict'
import { once } from 'node:events'
import { createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'

import { buildReaderTestApp, type ReaderTestApp } from '../../test/support/build-test-app.js'
import type { OperatorPageAccess } from './middleware/loopback-only.js'
import { startHttpServer } from './start-http-server.js'

/** The node-server binding the operator guard reads, as @hono/node-server passes it. */
function from(remoteAddress: string) {
  return { incoming: { socket: { remoteAddress } } } as never
}
const LOOPBACK = from('127.0.0.1')

function titleOf(html: string): string {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
}
function meta(html: string, property: string): string | undefined {
  return new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1]
}

describe('web reader over the fixture', () => {
  let t: ReaderTestApp
  const get = async (path: string, init: RequestInit = {}, env?: never) => {
    const res = await t.app.request(path, init, env)
    return { res, html: await res.text() }
  }

  before(async () => {
    t = await buildReaderTestApp()
  })
  after(async () => {
    await t.close()
  })

  describe('home', () => {
    it('renders Top stories, Latest and sections with landmarks and Open Graph', async () => {
      const { res, html } = await get('/')
      assert.equal(res.status, 200)
      assert.match(res.headers.get('content-type') ?? '', /text\/html/)
      assert.ok(html.startsWith('<!DOCTYPE html>'))
      assert.equal(titleOf(html), 'Broadsheet')
      assert.equal(meta(html, 'og:url'), 'http://news.test/')
      assert.equal(meta(html, 'og:type'), 'website')
      assert.ok(meta(html, 'og:image')?.startsWith('http://news.test/'))
      for (const landmark of ['<header', '<nav', '<main id="main"', '<footer']) {
        assert.ok(html.includes(landmark), landmark)
      }
      assert.match(html, /class="skip-link" href="#main"/)
      assert.match(html, new RegExp(`href="/stories/${t.fixture.stories.nato}"`))
      assert.match(html, /4 publishers/)
      assert.match(html, /id="latest-list"/)
      assert.match(html, /data-load-more="latest-list"/)
      assert.ok(!html.includes(`/stories/${t.fixture.stories.mergedIntoNato}"`))
      assert.doesNotMatch(html, /Our Picks|For you/)
    })

    it('loads nothing from third-party hosts', async () => {
      const { res, html } = await get('/')
      assert.doesNotMatch(
        html,
        /(src|href)="https?:\/\/(?!news\.test)[^"]*\.(css|js|png|jpe?g|svg)/,
      )
      assert.doesNotMatch(html, /<img[^>]+src="https?:/)
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/)
    })
  })

  describe('story', () => {
    it('shows the full coverage with timeline, chips, copies and reasons', async () => {
      const { res, html } = await get(`/stories/${t.fixture.stories.nato}`)
      assert.equal(res.status, 200)
      assert.match(titleOf(html), /^Trump presses NATO allies to &#39;pay their fair share&#39;/)
      assert.equal(meta(html, 'og:type'), 'article')
      assert.match(
        html,
        /First reported by\s*<a href="\/publishers\/meridian-europe">Meridian Europe<\/a>/,
      )
      assert.match(
        html,
        /<svg[^>]+role="img"[^>]+aria-labelledby="coverage-timeline-title coverage-timeline-desc"/,
      )
      assert.match(html, /<desc id="coverage-timeline-desc">5 entries from 4 publishers/)
      assert.match(html, /href="\/topics\/organization:nato"/)
      assert.match(html, /<summary>\+1 copy<\/summary>/)
      assert.match(html, /Why these are together/)
      assert.match(html, /shares NATO, Mark Rutte; similarity 0.41; 3 h apart/)
      assert.match(html, new RegExp(`href="/stories/${t.fixture.stories.airDefence}"`))
      // one row per publisher: the Capitol Ledger's two feeds make one row
      assert.equal(html.match(/class="coverage-row"/g)?.length, 3)
    })

    it('redirects a merged story to the story it was merged into', async () => {
      const { res } = await get(`/stories/${t.fixture.stories.mergedIntoNato}`)
      assert.equal(res.status, 301)
      assert.equal(res.headers.get('location'), `/stories/${t.fixture.stories.nato}`)
    })

    it('answers bad ids with 400 and unknown ids with 404, as pages', async () => {
      for (const path of [
        '/stories/abc',
        '/stories/0',
        '/stories/1e3',
        '/stories/-1',
        '/stories/99999999999',
      ]) {
        const { res, html } = await get(path)
        assert.equal(res.status, 400, path)
        assert.match(html, /is not a valid id/)
        assert.match(titleOf(html), /Error 400/)
      }
      const { res, html } = await get('/stories/424242')
      assert.equal(res.status, 404)
      assert.match(html, /There is no story 424242/)
      assert.equal(titleOf(html), 'Not found · Broadsheet')
    })
  })

  describe('article', () => {
    it('shows the reader view with original link, more coverage and proxied images', async () => {
      const { res, html } = await get(`/articles/${t.fixture.entries.rutteMeridian}`)
      assert.equal(res.status, 200)
      assert.match(titleOf(html), /^Rutte to convince Trump/)
      assert.match(html, /By Elise Vandermeulen/)
      assert.match(html, /Read at the original/)
      assert.match(html, /href="https:\/\/example.com\/articles\/\d+"/)
      assert.match(html, /More coverage of this story/)
      assert.match(html, /The Capitol Ledger/)
      assert.match(
        html,
        /<img src="\/img\?url=https%3A%2F%2Fmeridian-europe.example%2Fimages%2Frutte.jpg&amp;s=/,
      )
      assert.match(meta(html, 'og:image') ?? '', /^http:\/\/news.test\/img\?url=/)
      assert.doesNotMatch(html, /<img[^>]+src="https?:/)
    })

    it('answers bad and unknown ids', async () => {
      assert.equal((await get('/articles/x1')).res.status, 400)
      assert.equal((await get('/articles/777777')).res.status, 404)
    })
  })

  describe('topic and publisher', () => {
    it('shows a topic with its stories', async () => {
      const { res, html } = await get('/topics/organization:nato')
      assert.equal(res.status, 200)
      assert.equal(titleOf(html), 'NATO · Broadsheet')
      assert.match(html, /Organisation/)
      assert.match(html, new RegExp(`href="/stories/${t.fixture.stories.airDefence}"`))
      assert.equal((await get('/topics/organization:nobody')).res.status, 404)
      assert.equal((await get('/topics/not%20a%20key')).res.status, 400)
    })

    it('shows a publisher with feeds and entries', async () => {
      const { res, html } = await get('/publishers/capitol-ledger')
      assert.equal(res.status, 200)
      assert.equal(titleOf(html), 'The Capitol Ledger · Broadsheet')
      assert.match(html, /United States/)
      assert.match(html, /https:\/\/capitol-ledger.example\/politics.xml/)
      assert.match(html, /Senate passes farm bill/)
      assert.equal((await get('/publishers/nope')).res.status, 404)
      assert.equal((await get('/publishers/No_Pe!')).res.status, 400)
    })
  })

  describe('search', () => {
    it('finds, highlights and groups stories first', async () => {
      const { res, html } = await get('/search?q=rutte')
      assert.equal(res.status, 200)
      assert.match(titleOf(html), /^Search: rutte/)
      assert.match(html, /<mark>Rutte<\/mark>/)
      const storiesAt = html.indexOf('class="result-stories"')
      const entriesAt = html.indexOf('class="result-entries"')
      assert.ok(storiesAt > 0 && entriesAt > storiesAt, 'stories before entries')
      assert.match(html, /<meta name="robots" content="noindex"/)
    })

    it('applies filters and keeps them in the form', async () => {
      const { html } = await get(
        '/search?q=nato&publisher=capitol-ledger&from=2026-11-19&to=2026-11-20',
      )
      assert.match(html, /<option value="capitol-ledger" selected="">/)
      assert.match(html, /value="2026-11-19"/)
      assert.doesNotMatch(html, /Meridian Europe<\/span>\s*<span class="dot"/)
      const topic = await get('/search?q=nato&topic=place:white-house')
      assert.match(topic.html, /Remove the topic filter White House/)
    })

    it('never fails on malformed queries, and refuses malformed filters with 400', async () => {
      for (const q of ['%22unbalanced', '*', 'AND%20OR', 'NEAR(', '%00', '-']) {
        assert.equal((await get(`/search?q=${q}`)).res.status, 200, q)
      }
      assert.equal((await get('/search')).res.status, 200)
      assert.equal((await get('/search?q=nato&from=yesterday')).res.status, 400)
      assert.equal((await get('/search?q=nato&to=2026-02-31')).res.status, 400)
      assert.equal((await get('/search?q=nato&page=0')).res.status, 400)
      assert.equal((await get('/search?q=nato&topic=%3Cscript%3E')).res.status, 400)
    })
  })

  describe('latest', () => {
    it('pages with a cursor and serves fragments for "load more"', async () => {
      const { res, html } = await get('/latest')
      assert.equal(res.status, 200)
      assert.equal(titleOf(html), 'Latest · Broadsheet')
      const fragment = await get('/latest?fragment=1')
      assert.doesNotMatch(fragment.html, /<html/)
      assert.match(fragment.html, /class="entry-row"/)
      assert.equal((await get('/latest?before=yesterday')).res.status, 400)
      const later = await get(
        `/latest?before=${encodeURIComponent('2026-11-20T03:00:00.000Z~999')}`,
      )
      assert.equal(later.res.status, 200)
      assert.doesNotMatch(later.html, /Senate passes farm bill/)
    })
  })

  describe('operator', () => {
    it('answers loopback only, by socket address, never X-Forwarded-For', async () => {
      assert.equal((await get('/operator')).res.status, 403)
      assert.equal((await get('/operator', {}, from('10.1.2.3'))).res.status, 403)
      assert.equal((await get('/operator', {}, from('192.168.1.20'))).res.status, 403)
      const spoofed = await get(
        '/operator',
        { headers: { 'X-Forwarded-For': '127.0.0.1', 'X-Real-IP': '127.0.0.1' } },
        from('203.0.113.9'),
      )
      assert.equal(spoofed.res.status, 403)
      assert.match(spoofed.html, /only answers requests from this machine/)
      for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
        assert.equal((await get('/operator', {}, from(address))).res.status, 200, address)
      }
    })

    it('shows feed health', async () => {
      const { html } = await get('/operator', {}, LOOPBACK)
      assert.equal(titleOf(html), 'Operator · Broadsheet')
      assert.match(html, /http-5xx ×3/)
      assert.match(html, /fetch: HTTP 503 Service Unavailable/)
      assert.match(html, /7 of 10 extracted/)
      assert.match(html, /extract: no article body found/)
      assert.match(html, /<form class="add-feed-form" method="post" action="\/operator\/feeds">/)
    })

    it('refuses cross-site and header-less posts (CSRF)', async () => {
      const body = new URLSearchParams({ url: 'https://good.example/feed.xml' })
      const post = (headers: Record<string, string>, env: never = LOOPBACK) =>
        get('/operator/feeds', { method: 'POST', body, headers }, env)
      assert.equal((await post({})).res.status, 403)
      assert.equal((await post({ Origin: 'https://evil.example' })).res.status, 403)
      assert.equal((await post({ Origin: 'null' })).res.status, 403)
      assert.equal((await post({ Referer: 'https://evil.example/page' })).res.status, 403)
      assert.equal(t.addFeedCalls.length, 0)
      const notLoopback = await post({ Origin: 'http://localhost' }, from('10.0.0.9'))
      assert.equal(notLoopback.res.status, 403)
    })

    it('adds a feed from a same-origin form post and shows errors in the form', async () => {
      const ok = await get(
        '/operator/feeds',
        {
          method: 'POST',
          body: new URLSearchParams({ url: 'https://good.example/feed.xml', publisher: 'Good' }),
          headers: { Origin: 'http://localhost' },
        },
        LOOPBACK,
      )
      assert.equal(ok.res.status, 201)
      assert.match(ok.html, /Added\s*<strong>Good feed<\/strong> from Good/)
      const referer = await get(
        '/operator/feeds',
        {
          method: 'POST',
          body: new URLSearchParams({ url: 'https://bad.example/' }),
          headers: { Referer: 'http://news.test/operator' },
        },
        LOOPBACK,
      )
      assert.equal(referer.res.status, 400)
      assert.match(referer.html, /https:\/\/bad.example\/ is not a feed we can read/)
      assert.match(referer.html, /value="https:\/\/bad.example\/"/)
      const empty = await get(
        '/operator/feeds',
        {
          method: 'POST',
          body: new URLSearchParams({ url: '' }),
          headers: { Origin: 'http://localhost' },
        },
        LOOPBACK,
      )
      assert.equal(empty.res.status, 400)
      assert.match(empty.html, /Enter the URL of a feed/)
    })
  })

  describe('image proxy', () => {
    it('serves signed images with cache headers, refuses unsigned ones, replaces failures', async () => {
      const home = await get('/')
      const icon =
        /src="(\/img\?url=https%3A%2F%2Fmeridian-europe.example%2Ficon.svg&amp;s=[^"]+)"/.exec(
          home.html,
        )?.[1]
      assert.ok(icon)
      const res = await t.app.request(icon.replace(/&amp;/g, '&'))
      assert.equal(res.status, 200)
      assert.equal(res.headers.get('content-type'), 'image/svg+xml')
      assert.match(res.headers.get('cache-control') ?? '', /max-age=604800/)
      assert.match(res.headers.get('content-security-policy') ?? '', /sandbox/)
      const again = await t.app.request(icon.replace(/&amp;/g, '&'))
      assert.equal(again.status, 200)
      assert.equal(
        t.fetcher.requests.filter((u) => u === 'https://meridian-europe.example/icon.svg').length,
        1,
        'cached',
      )

      const unsigned = await t.app.request('/img?url=https%3A%2F%2Fevil.example%2Fx.png')
      assert.equal(unsigned.status, 403)
      const forged = await t.app.request(
        '/img?url=https%3A%2F%2Fevil.example%2Fx.png&s=AAAAAAAAAAAAAAAAAAAAAA',
      )
      assert.equal(forged.status, 403)
      assert.ok(!t.fetcher.requests.includes('https://evil.example/x.png'))

      const article = await get(`/articles/${t.fixture.entries.strongerLedger}`)
      const notImage =
        /src="(\/img\?url=https%3A%2F%2Fcapitol-ledger.example%2Fimages%2Foval.jpg&amp;s=[^"]+)"/.exec(
          article.html,
        )?.[1]
      assert.ok(notImage)
      const placeholder = await t.app.request(notImage.replace(/&amp;/g, '&'))
      assert.equal(placeholder.status, 200)
      assert.equal(placeholder.headers.get('content-type'), 'image/svg+xml')
      assert.equal(placeholder.headers.get('cache-control'), 'public, max-age=300')
    })
  })

  describe('app and system routes', () => {
    it('answers /healthz with JSON', async () => {
      const res = await t.app.request('/healthz')
      assert.equal(res.status, 200)
      assert.deepEqual(await res.json(), { status: 'ok', time: '2026-11-20T12:00:00.000Z' })
    })

    it('serves the manifest, the service worker and versioned assets', async () => {
      const manifest = await t.app.request('/manifest.webmanifest')
      assert.match(manifest.headers.get('content-type') ?? '', /application\/manifest\+json/)
      const body = (await manifest.json()) as {
        display: string
        icons: { sizes: string; src: string }[]
      }
      assert.equal(body.display, 'standalone')
      assert.ok(body.icons.some((i) => i.sizes === '192x192'))
      assert.ok(body.icons.some((i) => i.sizes === '512x512'))
      const png = await t.app.request(body.icons[0]!.src)
      assert.equal(png.status, 200)
      assert.equal(png.headers.get('content-type'), 'image/png')
      assert.match(png.headers.get('cache-control') ?? '', /immutable/)

      const sw = await t.app.request('/sw.js')
      const text = await sw.text()
      assert.match(sw.headers.get('content-type') ?? '', /javascript/)
      assert.doesNotMatch(text, /__VERSION__|__SHELL__/)
      assert.match(text, /"\/offline"/)
      const css = /href="(\/assets\/app.css\?v=[0-9a-f]+)"/.exec((await get('/')).html)?.[1]
      assert.ok(css)
      const cssRes = await t.app.request(css)
      assert.equal(cssRes.status, 200)
      assert.match(cssRes.headers.get('content-type') ?? '', /text\/css/)
      assert.equal((await t.app.request('/assets/secret.txt')).status, 404)
    })

    it('renders a real 404 page for unknown routes', async () => {
      const { res, html } = await get('/no/such/page')
      assert.equal(res.status, 404)
      assert.equal(titleOf(html), 'Not found · Broadsheet')
      assert.match(html, /We could not find that page/)
      assert.match(html, /<main id="main"/)
    })

    it('serves /about and /offline', async () => {
      assert.match((await get('/about')).html, /score = breadth × recency × velocity/)
      assert.equal((await get('/offline')).res.status, 200)
    })
  })
})

describe('operator page behind a reverse proxy on the same machine (real sockets)', () => {
  /** Serves the reader with `operatorPage`, and a proxy in front that appends X-Forwarded-For. */
  async function serveBehindProxy(operatorPage: OperatorPageAccess) {
    const t = await buildReaderTestApp('sqlite', { operatorPage })
    const server = await startHttpServer({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 })
    const proxy = createServer((incoming, outgoing) => {
      // what nginx's proxy_add_x_forwarded_for does
      const chain = [incoming.headers['x-forwarded-for'], incoming.socket.remoteAddress]
      const upstream = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, 'x-forwarded-for': chain.filter(Boolean).join(', ') },
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(outgoing)
        },
      )
      incoming.pipe(upstream)
    })
    proxy.listen(0, '127.0.0.1')
    await once(proxy, 'listening')
    const proxyPort = (proxy.address() as AddressInfo).port
    const get = async (port: number, path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers, redirect: 'manual' })
      return { status: res.status, html: await res.text() }
    }
    return {
      directUrl: (path: string) => `http://127.0.0.1:${server.port}${path}`,
      direct: (path: string, headers?: Record<string, string>) => get(server.port, path, headers),
      viaProxy: (path: string, headers?: Record<string, string>) => get(proxyPort, path, headers),
      async close() {
        proxy.closeAllConnections()
        proxy.close()
        await server.close()
        await t.close()
      },
    }
  }
  const hasOperatorLink = (html: string) => html.includes('href="/operator"')

  it('local (the default): a proxied visitor is not local, a direct one is', async () => {
    const s = await serveBehindProxy('local')
    try {
      assert.equal((await s.direct('/operator')).status, 200)
      assert.ok(hasOperatorLink((await s.direct('/')).html))
      const proxied = await s.viaProxy('/operator')
      assert.equal(proxied.status, 403)
      assert.match(proxied.html, /only answers requests from this machine/)
      assert.ok(!hasOperatorLink((await s.viaProxy('/')).html))
      assert.equal((await s.viaProxy('/')).status, 200)
      // any proxy header, even one saying loopback, means the request was relayed
      assert.equal((await s.direct('/operator', { 'X-Real-IP': '127.0.0.1' })).status, 403)
      assert.equal((await s.direct('/operator', { Forwarded: 'for=127.0.0.1' })).status, 403)
    } finally {
      await s.close()
    }
  })

  it('local-via-proxy: trusts the proxy to report a client on this machine', async () => {
    const s = await serveBehindProxy('local-via-proxy')
    try {
      assert.equal((await s.direct('/operator')).status, 200)
      assert.equal((await s.viaProxy('/operator')).status, 200)
      // a visitor the proxy reports from elsewhere (the proxy appends; it does not replace)
      const remote = await s.viaProxy('/operator', { 'X-Forwarded-For': '203.0.113.7' })
      assert.equal(remote.status, 403)
      assert.ok(!hasOperatorLink((await s.viaProxy('/', { 'X-Forwarded-For': '10.0.0.1' })).html))
    } finally {
      await s.close()
    }
  })

  it('off: there is no operator page, not even for this machine', async () => {
    const s = await serveBehindProxy('off')
    try {
      assert.equal((await s.direct('/operator')).status, 404)
      const body = new URLSearchParams({ url: 'https://good.example/feed.xml' })
      const post = await fetch(s.directUrl('/operator/feeds'), { method: 'POST', body })
      assert.equal(post.status, 404)
      assert.ok(!hasOperatorLink((await s.direct('/')).html))
      assert.equal((await s.viaProxy('/operator')).status, 404)
    } finally {
      await s.close()
    }
  })
})
