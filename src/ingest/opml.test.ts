import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { parseOpmlFeeds, renderOpml } from './opml.js'

const opml = `<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="World">
    <outline type="rss" text="Herald" title="The Herald" xmlUrl="https://herald.example/feed" htmlUrl="https://herald.example/"/>
    <outline text="Europe"><outline text="Courier" xmlUrl="https://courier.example/rss"/></outline>
  </outline>
  <outline text="Loose" xmlUrl=" https://loose.example/atom.xml "/>
</body></opml>`

describe('OPML', () => {
  it('reads feeds with their folders', () => {
    assert.deepEqual(parseOpmlFeeds(opml), [
      {
        url: 'https://herald.example/feed',
        title: 'The Herald',
        siteUrl: 'https://herald.example/',
        folder: 'World',
      },
      {
        url: 'https://courier.example/rss',
        title: 'Courier',
        siteUrl: null,
        folder: 'World / Europe',
      },
      { url: 'https://loose.example/atom.xml', title: 'Loose', siteUrl: null, folder: null },
    ])
  })

  it('round-trips through export', () => {
    const feeds = parseOpmlFeeds(opml)
    assert.deepEqual(
      parseOpmlFeeds(renderOpml(feeds, 'Broadsheet', new Date('2026-11-23T00:00:00Z'))),
      feeds,
    )
  })

  it('rejects a document that is not OPML', () => {
    assert.throws(
      () => parseOpmlFeeds('<html><body>hi</body></html>'),
      /opml: not an OPML document/,
    )
  })
})
