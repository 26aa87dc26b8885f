import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import type { DocumentItem } from '../parse/feed-document.js'
import { detectLanguage } from './detect-language.js'
import { identifyItem, normalizeItem } from './normalize-entries.js'

const base: DocumentItem = {
  summaryBaseUrl: null,
  contentBaseUrl: null,
  id: null,
  title: 'Allies agree air-defence deliveries',
  link: 'https://news.example/world/air-defence?utm_source=rss',
  published: new Date('2026-11-20T09:00:00Z'),
  updated: null,
  authors: ['Ana Ruiz'],
  summary:
    '<p>Defence ministers meeting in Brussels agreed on Thursday to speed up deliveries.</p>',
  content: null,
  categories: ['World'],
  enclosures: [{ url: 'https://news.example/i.jpg', type: 'image/jpeg', length: null }],
  image: null,
}

describe('normalizeItem', () => {
  it('keys an entry without guid by its canonical link', () => {
    const entry = normalizeItem(base, 'en-GB')!
    assert.equal(entry.identityKey, 'url:https://news.example/world/air-defence')
    assert.equal(entry.canonicalUrl, 'https://news.example/world/air-defence')
    assert.equal(entry.language, 'en')
    assert.equal(entry.imageUrl, 'https://news.example/i.jpg')
    assert.equal(
      entry.plainText,
      'Defence ministers meeting in Brussels agreed on Thursday to speed up deliveries.',
    )
    assert.equal(entry.hasFullText, false)
  })

  it('keeps the same identity when only a tracking parameter or the title changes', () => {
    const a = normalizeItem({ ...base, id: 'https://news.example/p/1?utm_medium=feed' }, null)!
    const b = normalizeItem(
      {
        ...base,
        id: 'https://news.example/p/1',
        title: 'Allies agree faster air-defence deliveries',
      },
      null,
    )!
    assert.equal(a.identityKey, b.identityKey)
    assert.notEqual(a.contentFingerprint, b.contentFingerprint)
    assert.deepEqual(
      identifyItem({ ...base, id: 'https://news.example/p/1?utm_medium=feed' }).identityKey,
      a.identityKey,
    )
  })

  it('falls back to a content hash, and to the first words for a missing title', () => {
    const entry = normalizeItem({ ...base, link: null, title: null }, null)!
    assert.match(entry.identityKey, /^hash:[0-9a-f]{32}$/)
    assert.equal(
      entry.title,
      'Defence ministers meeting in Brussels agreed on Thursday to speed up deliveries.',
    )
  })

  it('marks long content as full text', () => {
    const long = `<p>${'The ministers discussed the plan at length. '.repeat(40)}</p>`
    assert.equal(normalizeItem({ ...base, content: long }, 'en')!.hasFullText, true)
  })

  it('drops items with neither title nor link', () => {
    assert.equal(normalizeItem({ ...base, title: null, link: null, summary: null }, null), null)
  })
})

describe('detectLanguage', () => {
  it('prefers the declared language and guesses otherwise', () => {
    assert.equal(detectLanguage('anything', 'fr-FR'), 'fr')
    assert.equal(
      detectLanguage(
        "Le secrétaire général de l'OTAN a rencontré le président à la Maison Blanche mardi pour discuter des dépenses.",
      ),
      'fr',
    )
    assert.equal(detectLanguage('short'), null)
  })
})
