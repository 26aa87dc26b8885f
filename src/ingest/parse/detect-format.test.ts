import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { detectFormat } from './detect-format.js'

describe('detectFormat', () => {
  it('reads the root element past the prolog, comments and DOCTYPE', () => {
    const cases: Record<string, ReturnType<typeof detectFormat>> = {
      '<?xml version="1.0"?>\n<!-- c --><!DOCTYPE rss [<!ENTITY x "y">]><rss version="2.0"/>': {
        kind: 'feed',
        format: 'rss',
        start: 0,
      },
      '  <feed xmlns="http://www.w3.org/2005/Atom"/>': { kind: 'feed', format: 'atom', start: 2 },
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>': {
        kind: 'feed',
        format: 'rdf',
        start: 0,
      },
      '\n{"version":"https://jsonfeed.org/version/1.1"}': {
        kind: 'feed',
        format: 'json',
        start: 1,
      },
      '<!doctype html><html></html>': { kind: 'html' },
      '<html><body></body></html>': { kind: 'html' },
      '<?xml version="1.0"?><opml version="2.0"/>': { kind: 'other-xml', root: 'opml' },
      ' \n\t': { kind: 'empty' },
      hello: { kind: 'unknown' },
      'Notice: x <b>y</b>\n<?xml version="1.0"?><rss/>': { kind: 'feed', format: 'rss', start: 19 },
    }
    assert.deepEqual(
      Object.fromEntries(Object.keys(cases).map((text) => [text, detectFormat(text)])),
      cases,
    )
  })
})
