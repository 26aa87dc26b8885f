import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { parseFeed, parseOpml } from 'feedsmith'

import type { DemoEntry } from './demo-corpus.js'
import {
  DEMO_CENTREPIECE_EVENT,
  DEMO_CONFUSABLE_EVENTS,
  DEMO_EVENTS,
  demoCorpus,
  publishedAt,
} from './demo-corpus.js'
import { renderDemoOpml } from './demo-opml.js'
import { renderArticlePage } from './render-article-page.js'
import { renderFeed } from './render-feed.js'

const { publishers, feeds, entries } = demoCorpus
const NOW = new Date('2025-03-04T07:15:00Z')
const BASE = 'http://127.0.0.1:8123'
const EUROPE = new Set(['GB', 'IE', 'FR', 'DE', 'BE', 'NL', 'PL', 'CH'])

/**
 * A strict-enough XML well-formedness check: every tag closes in order, attributes are quoted,
 * entity references are the five predefined ones or numeric, and nothing trails the root.
 */
function assertWellFormedXml(xml: string, label: string): void {
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g
  const stack: string[] = []
  let roots = 0
  for (const match of xml.matchAll(token)) {
    const [whole, closing, opening, , selfClosing] = match
    if (whole === '<' || whole.startsWith('&')) {
      assert.fail(
        `${label}: stray "${whole}" at ${match.index}: ${xml.slice(match.index, match.index + 60)}`,
      )
    }
    if (closing) {
      assert.equal(stack.pop(), closing, `${label}: </${closing}> closes the wrong element`)
    } else if (opening) {
      if (stack.length === 0) roots++
      if (!selfClosing) stack.push(opening)
    }
  }
  assert.deepEqual(stack, [], `${label}: unclosed elements`)
  assert.equal(roots, 1, `${label}: one root element`)
}

function textOf(entry: DemoEntry): string {
  return entry.bodyHtml.replace(/<[^>]+>/g, ' ')
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [])
}

describe('demo corpus', () => {
  it('has at least 12 publishers in at least 5 countries, with unique slugs and .example homepages', () => {
    assert.ok(publishers.length >= 12)
    assert.ok(new Set(publishers.map((p) => p.country)).size >= 5)
    assert.equal(new Set(publishers.map((p) => p.slug)).size, publishers.length)
    for (const p of publishers) assert.match(new URL(p.homepage).hostname, /\.example$/)
  })

  it('uses every feed format, in 16-20 feeds', () => {
    assert.ok(feeds.length >= 16 && feeds.length <= 20)
    assert.deepEqual([...new Set(feeds.map((f) => f.format))].sort(), [
      'atom',
      'atom03',
      'json',
      'rdf',
      'rss2',
    ])
    assert.ok(feeds.some((f) => f.isFullText) && feeds.some((f) => !f.isFullText))
  })

  it('has 270-330 entries spread over the last 72 hours', () => {
    assert.ok(entries.length >= 270 && entries.length <= 330, `${entries.length} entries`)
    for (const e of entries) assert.ok(e.hoursAgo >= 0 && e.hoursAgo <= 72, e.id)
    const hours = entries.map((e) => e.hoursAgo)
    assert.ok(Math.min(...hours) <= 1 && Math.max(...hours) >= 70)
    for (const day of [0, 1, 2]) {
      const count = hours.filter((h) => h >= day * 24 && h < (day + 1) * 24).length
      assert.ok(count >= 60, `day ${day} has ${count} entries`)
    }
  })

  it('gives every feed at least five entries and unique guids', () => {
    for (const feed of feeds) {
      const own = entries.filter((e) => e.feedKey === feed.key)
      assert.ok(own.length >= 5, `${feed.key}: ${own.length}`)
      assert.equal(new Set(own.map((e) => e.guid)).size, own.length, `${feed.key} guids`)
    }
  })

  it('gives each article one link path per publisher, shared only by a republished entry', () => {
    const byPath = new Map<string, DemoEntry[]>()
    for (const e of entries) byPath.set(e.linkPath, [...(byPath.get(e.linkPath) ?? []), e])
    const shared = [...byPath.values()].filter((list) => list.length > 1)
    assert.equal(shared.length, 1)
    const [original, republished] = shared[0] ?? []
    assert.ok(original && republished && republished.republishOf === original.linkPath)
    assert.equal(republished.guid, original.guid)
    assert.notEqual(republished.title, original.title)
    assert.notEqual(republished.feedKey, original.feedKey)
  })

  it('carries full text in full-text feeds and teasers elsewhere', () => {
    const feedByKey = new Map(feeds.map((f) => [f.key, f]))
    for (const e of entries) {
      const feed = feedByKey.get(e.feedKey)
      assert.ok(feed, e.id)
      if (feed.isFullText) {
        assert.ok(e.contentHtml && e.teaser === undefined, e.id)
      } else {
        assert.ok(e.teaser && e.contentHtml === undefined, e.id)
        assert.ok(e.teaser.length <= 420, `${e.id}: teaser of ${e.teaser.length} chars`)
      }
      assert.ok(e.wordCount >= 55 && e.wordCount <= 600, `${e.id}: ${e.wordCount} words`)
    }
  })

  it('writes event reports at 150-600 words, with authors on almost every entry', () => {
    for (const e of entries) {
      if (e.eventKey && !e.copyOf && !e.republishOf) {
        assert.ok(e.wordCount >= 150 && e.wordCount <= 600, `${e.id}: ${e.wordCount} words`)
      }
    }
    assert.ok(entries.filter((e) => e.authors.length > 0).length >= entries.length * 0.9)
    assert.ok(entries.filter((e) => e.categories.length > 0).length >= entries.length * 0.7)
    assert.ok(entries.filter((e) => e.image).length >= 60)
    assert.ok(entries.some((e) => e.linkQuery?.includes('utm_source')))
  })

  it('never names a weekday, because dates are relative to the start-up instant', () => {
    const weekday =
      /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i
    for (const e of entries) {
      assert.doesNotMatch(`${e.title} ${e.summary} ${textOf(e)}`, weekday, e.id)
    }
  })
})

describe('DEMO_EVENTS', () => {
  it('lists at least 15 events, each covered by 2-5 publishers', () => {
    const events = Object.values(DEMO_EVENTS).filter((e) => e.kind === 'event')
    assert.ok(events.length >= 15, `${events.length} events`)
    for (const event of Object.values(DEMO_EVENTS)) {
      assert.ok(
        event.publisherSlugs.length >= 2 && event.publisherSlugs.length <= 5,
        `${event.key}: ${event.publisherSlugs.length} publishers`,
      )
      for (const guid of event.guids) {
        assert.ok(
          entries.some((e) => e.guid === guid),
          guid,
        )
      }
    }
  })

  it('has the NATO centrepiece, reported by a European and a US publisher under different headlines', () => {
    const event = DEMO_EVENTS[DEMO_CENTREPIECE_EVENT]
    assert.ok(event)
    const members = entries.filter((e) => e.eventKey === DEMO_CENTREPIECE_EVENT)
    const countryOf = (e: DemoEntry): string =>
      publishers.find((p) => p.slug === e.publisherSlug)?.country ?? ''
    const european = members.filter((e) => EUROPE.has(countryOf(e)))
    const american = members.filter((e) => countryOf(e) === 'US')
    assert.ok(european.length >= 1 && american.length >= 1)
    const europeanTitles = new Set(european.map((e) => e.title))
    assert.ok(american.every((e) => !europeanTitles.has(e.title)))
    assert.ok(european.some((e) => /Rutte/.test(e.title) && /Trump/.test(e.title)))
    assert.ok(american.some((e) => /Trump/.test(e.title) && /fair share/.test(e.title)))
    for (const e of members) assert.match(textOf(e), /5%/, e.id)
  })

  it('keeps the three confusable events apart from the centrepiece', () => {
    const centrepiece = new Set(DEMO_EVENTS[DEMO_CENTREPIECE_EVENT]?.guids)
    assert.equal(DEMO_CONFUSABLE_EVENTS.length, 3)
    for (const key of DEMO_CONFUSABLE_EVENTS) {
      const event = DEMO_EVENTS[key]
      assert.ok(event, key)
      assert.ok(event.guids.every((g) => !centrepiece.has(g)))
      const members = entries.filter((e) => e.eventKey === key)
      // They share vocabulary with the centrepiece but not its chief protagonist.
      for (const e of members) assert.doesNotMatch(`${e.title} ${textOf(e)}`, /\bRutte\b/, e.id)
    }
  })

  it('records wire copies that are nearly verbatim and fold into their event', () => {
    const groups = Object.values(DEMO_EVENTS).flatMap((e) => e.copyGroups)
    assert.ok(groups.length >= 8)
    const copies = entries.filter((e) => e.copyOf)
    assert.ok(copies.length >= 15, `${copies.length} copies`)
    for (const copy of copies) {
      const original = entries.find((e) => e.linkPath === copy.copyOf)
      assert.ok(original, copy.id)
      assert.equal(copy.eventKey, original.eventKey)
      assert.notEqual(copy.publisherSlug, original.publisherSlug)
      const a = words(textOf(copy))
      const b = words(textOf(original))
      const shared = [...a].filter((w) => b.has(w)).length
      assert.ok(shared / a.size >= 0.9, `${copy.id} shares ${shared}/${a.size} words`)
    }
  })
})

describe('rendered feeds', () => {
  const expectedFormat = { rss2: 'rss', rdf: 'rdf', atom: 'atom', atom03: 'atom', json: 'json' }

  for (const feed of feeds) {
    it(`${feed.key} (${feed.format}) is well-formed and parses with every entry`, () => {
      const { body, contentType } = renderFeed(feed, entries, NOW, BASE)
      const count = entries.filter((e) => e.feedKey === feed.key).length
      assert.match(contentType, /charset=utf-8/)
      let input: unknown = body
      if (feed.format === 'json') {
        input = JSON.parse(body)
      } else {
        assert.ok(body.startsWith('<?xml'))
        assertWellFormedXml(body, feed.key)
      }
      const parsed = parseFeed(input)
      assert.equal(parsed.format, expectedFormat[feed.format])
      const items = parsed.format === 'atom' ? parsed.feed.entries : parsed.feed.items
      assert.equal(items?.length, count)
    })
  }

  it('places dates relative to now, newest first', () => {
    const feed = feeds.find((f) => f.format === 'json')
    assert.ok(feed)
    const document = JSON.parse(renderFeed(feed, entries, NOW, BASE).body) as {
      items: { date_published: string }[]
    }
    const dates = document.items.map((i) => Date.parse(i.date_published))
    assert.deepEqual(
      dates,
      [...dates].sort((a, b) => b - a),
    )
    for (const d of dates) assert.ok(d <= NOW.getTime() && d >= NOW.getTime() - 73 * 3_600_000)
  })

  it('uses xml:base and relative links in Atom 1.0', () => {
    const atom = feeds.find((f) => f.format === 'atom')
    assert.ok(atom)
    const { body } = renderFeed(atom, entries, NOW, BASE)
    assert.match(body, new RegExp(`xml:base="${BASE}/${atom.publisherSlug}/"`))
    assert.match(body, /<link rel="alternate" type="text\/html" href="articles\//)
  })

  it('escapes CDATA terminators and markup in RSS', () => {
    const feed = feeds.find((f) => f.format === 'rss2' && f.isFullText)
    const entry = entries.find((e) => e.feedKey === feed?.key)
    assert.ok(feed && entry)
    const tricky: DemoEntry = {
      ...entry,
      title: 'Fish & chips <b>"quoted"</b>',
      contentHtml: '<p>Ends with ]]> inside</p>',
    }
    const { body } = renderFeed(feed, [tricky], NOW, BASE)
    assertWellFormedXml(body, 'tricky')
    assert.match(body, /<title>Fish &amp; chips &lt;b&gt;&quot;quoted&quot;&lt;\/b&gt;<\/title>/)
    assert.match(body, /\]\]\]\]><!\[CDATA\[>/)
  })
})

describe('article pages and OPML', () => {
  it('renders an article page with JSON-LD NewsArticle and Open Graph tags', () => {
    const entry = entries.find((e) => e.eventKey === DEMO_CENTREPIECE_EVENT && e.teaser)
    const feed = feeds.find((f) => f.key === entry?.feedKey)
    assert.ok(entry && feed)
    const html = renderArticlePage(entry, {
      feed,
      related: entries.slice(0, 3),
      now: NOW,
      baseUrl: BASE,
    })
    assert.match(html, /<article>[\s\S]*<\/article>/)
    assert.match(html, /<meta property="og:title" content="[^"]+">/)
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1]
    assert.ok(ld)
    const data = JSON.parse(ld) as { '@type': string; headline: string; datePublished: string }
    assert.equal(data['@type'], 'NewsArticle')
    assert.equal(data.headline, entry.title)
    assert.equal(data.datePublished, publishedAt(entry, NOW).toISOString())
    assert.ok(html.includes(entry.bodyHtml.split('\n')[0] ?? '<missing>'))
  })

  it('lists every feed once in the OPML, in topic folders', () => {
    const opml = renderDemoOpml(BASE)
    assertWellFormedXml(opml, 'opml')
    const parsed = parseOpml(opml)
    const folders = parsed.body?.outlines ?? []
    assert.ok(folders.length >= 4)
    const urls = folders.flatMap((f) => (f.outlines ?? []).map((o) => o.xmlUrl))
    assert.deepEqual(urls.sort(), feeds.map((f) => BASE + f.path).sort())
    const byCountry = parseOpml(renderDemoOpml(BASE, { groupBy: 'country' }))
    assert.ok((byCountry.body?.outlines ?? []).length >= 5)
  })
})
