import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { canonicalUrl } from './canonical-url.js'

describe('canonicalUrl', () => {
  const cases: [string, string | null][] = [
    [
      'HTTPS://News.Example.COM:443/World/Story?id=7#comments',
      'https://news.example.com/World/Story?id=7',
    ],
    ['http://news.example:80/a', 'http://news.example/a'],
    [
      'https://news.example/a?utm_source=rss&utm_medium=feed&id=3&fbclid=xyz',
      'https://news.example/a?id=3',
    ],
    ['https://news.example/a?gclid=1&mc_cid=2&mc_eid=3', 'https://news.example/a'],
    ['https://user:pw@news.example/a', 'https://news.example/a'],
    ['javascript:alert(1)', null],
    ['mailto:desk@news.example', null],
    ['not a url', null],
    ['', null],
  ]
  for (const [input, expected] of cases) {
    it(`${input || '(empty)'} → ${expected}`, () => assert.equal(canonicalUrl(input), expected))
  }
  it('resolves relative links against a base', () => {
    assert.equal(
      canonicalUrl('/b?utm_campaign=x', 'https://news.example/a/'),
      'https://news.example/b',
    )
  })
})
