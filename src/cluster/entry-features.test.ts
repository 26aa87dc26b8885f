import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  canonicalLink,
  entryFeatures,
  extractQuotes,
  isEntityTerm,
  parsePublished,
  resolveWithRegistry,
} from './entry-features.js'
import type { EntityRegistry } from './extract-entities.js'

const DOC = {
  id: 'e1',
  title: 'Quake of magnitude 5.6 hits Qeshm island',
  text:
    'A magnitude 5.6 earthquake hit Qeshm island off southern Iran on November 27, injuring five ' +
    'people, Iranian media said. "Several houses in the village were damaged by the tremor," the ' +
    'governor of Qeshm told state television. The quake of magnitude 5.6 was followed by aftershocks. ' +
    'See https://www.example.org/news/quake-qeshm?utm_source=feed#top for a map.',
  url: 'https://www.outlet.example/world/qeshm-quake/?utm_medium=rss',
  published: '2008-11-27T10:00:00Z',
  source: 'outlet',
}

test('features are plain JSON and survive a round trip', () => {
  const f = entryFeatures(DOC)
  assert.deepEqual(JSON.parse(JSON.stringify(f)), f)
  assert.equal(f.published, Date.parse('2008-11-27T10:00:00Z'))
  assert.equal(f.url, 'outlet.example/world/qeshm-quake')
})

test('terms weigh title words, numbers, dates and entities', () => {
  const f = entryFeatures(DOC)
  const weight = new Map(f.terms)
  assert.ok((weight.get('5.6') ?? 0) > (weight.get('earthquak') ?? 0))
  assert.ok(weight.has('date:11-27'))
  assert.ok(weight.has('name:qeshm'))
  assert.ok(f.terms.length <= 200)
  assert.ok(f.terms.every(([, w], i) => i === 0 || w <= (f.terms[i - 1]?.[1] ?? Infinity)))
  assert.ok(
    isEntityTerm('place:qeshm') && isEntityTerm('name:qeshm') && !isEntityTerm('date:11-27'),
  )
})

test('main actors and numbers are the repeated ones', () => {
  const f = entryFeatures(DOC)
  assert.ok(f.salient.includes('name:qeshm'), f.salient.join(' '))
  assert.ok(f.salient.includes('5.6'), f.salient.join(' '))
})

test('quotes, links and copies fingerprints', () => {
  const f = entryFeatures(DOC)
  assert.deepEqual(f.quotes, ['several houses in the village were damaged by the tremor'])
  assert.deepEqual(f.links, ['example.org/news/quake-qeshm'])
  assert.equal(f.minhash.length, 64)
  assert.ok(f.phrases.length > 0)
  assert.deepEqual(extractQuotes("``We appreciate your respect to her privacy,'' the rep said."), [
    'we appreciate your respect to her privacy',
  ])
  // an apostrophe inside a `` '' quote does not end it
  assert.deepEqual(extractQuotes("``We respect her family's privacy at this time,'' he said."), [
    "we respect her family's privacy at this time",
  ])
})

test('links are canonical; home pages and non-web links are not evidence', () => {
  assert.equal(
    canonicalLink('https://WWW.Example.org/a/b/?b=2&a=1&utm_campaign=x#c'),
    'example.org/a/b?a=1&b=2',
  )
  assert.equal(canonicalLink('https://example.org/'), null)
  assert.equal(canonicalLink('mailto:news@example.org'), null)
  assert.equal(canonicalLink('not a url'), null)
})

test('dates: strings and epoch milliseconds; anything else is no date', () => {
  assert.equal(parsePublished('2025-06-10T13:05:00Z'), Date.parse('2025-06-10T13:05:00Z'))
  assert.equal(parsePublished(1_700_000_000_000), 1_700_000_000_000)
  assert.equal(parsePublished('yesterday-ish'), null)
  assert.equal(parsePublished(null), null)
})

test('a known surname resolves after the fact, once', () => {
  const f = entryFeatures({
    id: 'r',
    title: 'Rutte heads to Washington',
    text: 'Rutte arrives on Monday. Rutte will meet allies.',
  })
  const registry: EntityRegistry = {
    personBySurname: (s) =>
      s === 'rutte' ? { key: 'person:mark-rutte', name: 'Mark Rutte' } : undefined,
    organizationAlias: () => undefined,
  }
  const resolved = resolveWithRegistry(f, registry)
  assert.ok(resolved.entities.some((e) => e.key === 'person:mark-rutte' && e.mentions === 3))
  assert.ok(resolved.terms.some(([t]) => t === 'person:mark-rutte'))
  assert.ok(!resolved.terms.some(([t]) => t === 'name:rutte' || t === 'person:rutte'))
  assert.deepEqual(resolveWithRegistry(resolved, registry), resolved)
})

test('an entry is dated by the years of its title, lead and URL, not by background years', () => {
  const lead =
    'Microsoft released an emergency patch for Internet Explorer on Tuesday, September 17, 2013.'
  const filler = ' Security researchers urged companies to install the update quickly.'.repeat(10)
  const body = `${filler} The flaw resembles one it fixed in 2008.`
  const f = entryFeatures({
    id: 'ie',
    title: 'Microsoft rushes out an IE fix',
    text: lead + body,
    url: 'https://example.com/news/2013/09/18/ie-fix-4123',
  })
  assert.deepEqual(f.years, ['2013'])
  assert.ok(f.terms.some(([t]) => t === '2008'))
  assert.deepEqual(
    entryFeatures({ id: 'x', title: 'No date', text: 'Nothing dated here.' }).years,
    [],
  )
})

test('with a publication date, targets and typos after next year do not date an entry', () => {
  const f = entryFeatures({
    id: 'ferries',
    title: 'Sydney ferries to go electric by 2035, in a 2026 plan',
    text: 'The state will replace its fleet by 2035; a typo in the release said 2088.',
    published: '2026-12-07T10:00:00Z',
  })
  assert.deepEqual(f.years, ['2026'])
  assert.ok(
    f.terms.some(([t]) => t === '2035'),
    'the target is still a term',
  )
  // without a date nothing tells a target from a dateline
  const undated = entryFeatures({ id: 'u', title: 'Electric by 2035', text: 'A plan.' })
  assert.deepEqual(undated.years, ['2035'])
})
