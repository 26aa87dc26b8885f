import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'

import { parseClusterJsonl } from './cluster-jsonl.js'
import { entryFeatures } from './entry-features.js'
import { FeatureDecoder, FeatureEncoder } from './feature-codec.js'
import { syntheticNews } from './synthetic-news.js'
import { termCodesOf } from './term-table.js'

const read = (name: string) =>
  parseClusterJsonl(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8'))

test('features survive encoding and decoding, batch after batch', () => {
  const docs = [
    ...read('nato-week.jsonl'),
    ...read('ecbplus-sample.jsonl').slice(0, 40),
    ...read('multilingual-news.jsonl').slice(0, 9), // German and French: their language too
  ]
  for (const d of syntheticNews({ seed: 3 })) {
    if (docs.length >= 120) break
    docs.push(d)
  }
  const features = docs.map((d) => entryFeatures(d))
  const encoder = new FeatureEncoder()
  const decoder = new FeatureDecoder()
  // batches reuse the words of earlier ones
  for (let from = 0; from < features.length; from += 25) {
    const batch = features.slice(from, from + 25)
    const encoded = structuredClone(encoder.encode(batch))
    const decoded = decoder.decode(encoded)
    assert.deepStrictEqual(decoded, batch)
    assert.equal(JSON.stringify(decoded), JSON.stringify(batch))
  }
})

test('decoded terms carry codes: one code per word, the same across batches', () => {
  const docs = [...read('nato-week.jsonl'), ...read('ecbplus-sample.jsonl').slice(0, 40)]
  const features = docs.map((d) => entryFeatures(d))
  const encoder = new FeatureEncoder()
  const decoder = new FeatureDecoder()
  const wordOf = new Map<number, string>()
  for (let from = 0; from < features.length; from += 20) {
    for (const f of decoder.decode(encoder.encode(features.slice(from, from + 20)))) {
      const coded = termCodesOf(f.terms)
      assert.ok(coded, 'decoded terms have codes')
      assert.equal(coded.space, decoder)
      assert.equal(coded.codes.length, f.terms.length)
      f.terms.forEach(([term], i) => {
        const code = coded.codes[i] as number
        assert.equal(wordOf.get(code) ?? term, term)
        wordOf.set(code, term)
      })
    }
  }
  assert.equal(new Set(wordOf.values()).size, wordOf.size, 'one code per word')
  // features computed here (not decoded) have none
  assert.equal(termCodesOf((features[0] as { terms: object }).terms), undefined)
})

test('missing dates, sources and URLs and empty texts round-trip', () => {
  const features = [
    entryFeatures({ id: 'a', title: 'Only a title', text: '' }),
    entryFeatures({
      id: 'b',
      title: '',
      text: 'Quake of magnitude 6.1 hits Chile on December 15, "a very strong shake indeed" said one.',
      url: 'https://www.example.com/2013/12/15/quake?utm_source=x',
      source: 'Example',
      published: '2013-12-15T10:00:00Z',
      links: ['https://other.example.org/report'],
    }),
  ]
  const decoded = new FeatureDecoder().decode(new FeatureEncoder().encode(features))
  assert.deepStrictEqual(decoded, features)
  assert.equal(decoded[0]?.published, null)
  assert.equal(decoded[0]?.url, null)
})
