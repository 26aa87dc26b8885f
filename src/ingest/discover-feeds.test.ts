import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { HTML_WITH_FEEDS, RSS_FEED } from '../../test/support/fixture-server.js'
import { discoverFeeds, looksLikeHtml } from './discover-feeds.js'

const PAGE = 'https://news.example/section/index.html'

describe('discoverFeeds', () => {
  it('finds RSS, Atom, RDF and JSON Feed links and resolves relative hrefs', () => {
    const html = `<!doctype html><html><head>
      <link rel="alternate" type="application/rss+xml" title="All news" href="/rss.xml">
      <link rel="alternate" type="application/atom+xml" title=" Section " href="atom">
      <link rel="alternate" type="application/rdf+xml" href="../index.rdf">
      <link rel="alternate" type="application/feed+json" title="JSON" href="//cdn.news.example/feed.json">
      <link rel="alternate" type="application/json" title="JSON Feed" href="/feed.json">
      <link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/2">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="stylesheet" type="text/css" href="/style.css">
      <link rel="alternate" type="application/rss+xml" href="/rss.xml">
    </head><body></body></html>`
    assert.deepEqual(discoverFeeds(html, PAGE), [
      { url: 'https://news.example/rss.xml', title: 'All news', type: 'rss' },
      { url: 'https://news.example/section/atom', title: 'Section', type: 'atom' },
      { url: 'https://news.example/index.rdf', title: null, type: 'rdf' },
      { url: 'https://cdn.news.example/feed.json', title: 'JSON', type: 'json' },
      { url: 'https://news.example/feed.json', title: 'JSON Feed', type: 'json' },
    ])
  })

  it('honours <base href>, even when it comes after the links', () => {
    const html = `<head>
      <link rel="alternate" type="application/rss+xml" href="feed/">
      <base href="https://mirror.example/blog/">
      <base href="https://ignored.example/">
    </head>`
    assert.deepEqual(discoverFeeds(html, PAGE), [
      { url: 'https://mirror.example/blog/feed/', title: null, type: 'rss' },
    ])
  })

  it('resolves a relative <base href> against the page', () => {
    const html = `<base href="/archive/"><link rel="alternate" type="application/rss+xml" href="rss">`
    assert.deepEqual(discoverFeeds(html, PAGE), [
      { url: 'https://news.example/archive/rss', title: null, type: 'rss' },
    ])
  })

  it('is lenient about case, quoting, rel lists, type parameters and entities', () => {
    const html = `<LINK REL="Alternate Feed" TYPE="Application/RSS+XML; charset=utf-8"
      HREF=/feed?a=1&amp;b=2 TITLE='Caf&eacute; &amp; more'>
      <link rel=alternate type=application/atom+xml href="https://news.example/a.atom#top">`
    assert.deepEqual(discoverFeeds(html, PAGE), [
      { url: 'https://news.example/feed?a=1&b=2', title: 'Café & more', type: 'rss' },
      { url: 'https://news.example/a.atom', title: null, type: 'atom' },
    ])
  })

  it('unwraps feed: URIs and drops non-http schemes', () => {
    const html = `
      <link rel="alternate" type="application/rss+xml" href="feed://news.example/one">
      <link rel="alternate" type="application/rss+xml" href="feed:https://news.example/two">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="application/rss+xml" href="data:text/xml,<rss/>">
      <link rel="alternate" type="application/rss+xml" href="http://[bad">`
    assert.deepEqual(discoverFeeds(html, PAGE), [
      { url: 'http://news.example/one', title: null, type: 'rss' },
      { url: 'https://news.example/two', title: null, type: 'rss' },
    ])
  })

  it('ignores commented-out links and script contents', () => {
    const html = `<!-- <link rel="alternate" type="application/rss+xml" href="/old"> -->
      <script>document.write('<link rel="alternate" type="application/rss+xml" href="/js">')</script>
      <link rel="alternate" type="application/rss+xml" href="/real">`
    assert.deepEqual(discoverFeeds(html, PAGE), [
      { url: 'https://news.example/real', title: null, type: 'rss' },
    ])
  })

  it('reads the fixture server page', () => {
    assert.deepEqual(discoverFeeds(HTML_WITH_FEEDS, 'http://127.0.0.1:8080/html-with-feeds'), [
      { url: 'http://127.0.0.1:8080/feed', title: 'Fixture RSS', type: 'rss' },
      { url: 'http://127.0.0.1:8080/atom.xml', title: 'Fixture Atom', type: 'atom' },
    ])
  })

  it('returns nothing for pages without feeds, empty input or a bad page URL', () => {
    assert.deepEqual(
      [
        discoverFeeds('<html><head><title>x</title></head></html>', PAGE),
        discoverFeeds('', PAGE),
        discoverFeeds('<link rel="alternate" type="application/rss+xml" href="/x">', 'not a url'),
      ],
      [[], [], []],
    )
  })
})

describe('looksLikeHtml', () => {
  const cases: readonly (readonly [string, Buffer | string, string | null, boolean])[] = [
    ['doctype html', '<!DOCTYPE html><html><head>', 'text/html', true],
    ['lowercase doctype, no type', '<!doctype html>\n<title>x</title>', null, true],
    ['bare <html>', '  \n<html lang="en">', 'text/plain', true],
    ['fragment starting with <head>', '<head><meta charset="utf-8">', null, true],
    [
      'XHTML with XML prolog',
      '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">\n<html>',
      'application/xml',
      true,
    ],
    ['comment before <html>', '<!-- generated --><html>', null, true],
    ['RSS mislabelled text/html', RSS_FEED, 'text/html; charset=utf-8', false],
    [
      'Atom',
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">',
      'application/atom+xml',
      false,
    ],
    [
      'RDF',
      '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
      'text/xml',
      false,
    ],
    [
      'RSS doctype',
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"><rss>',
      null,
      false,
    ],
    ['JSON Feed', '{"version":"https://jsonfeed.org/version/1.1"}', 'text/html', false],
    ['UTF-8 BOM then html', Buffer.from('\uFEFF<!DOCTYPE html><html>'), null, true],
    [
      'UTF-16LE BOM then html',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><head>', 'utf16le')]),
      null,
      true,
    ],
    [
      'UTF-16LE BOM then rss',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss version="2.0">', 'utf16le')]),
      'text/html',
      false,
    ],
    ['plain text labelled html', 'Service temporarily unavailable', 'text/html', true],
    ['plain text', 'Service temporarily unavailable', 'text/plain', false],
    ['empty labelled xhtml', '', 'application/xhtml+xml', true],
    ['empty, no type', Buffer.alloc(0), null, false],
  ]

  it('sniffs the first markup, then falls back to Content-Type', () => {
    assert.deepEqual(
      cases.map(([name, body, type]) => [name, looksLikeHtml(body, type)]),
      cases.map(([name, , , expected]) => [name, expected]),
    )
  })
})
