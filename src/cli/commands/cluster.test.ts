import assert from 'node:assert/strict'
import { test } from 'node:test'

import { clusterBatch } from '../../cluster/cluster-batch.js'
import { syntheticNews } from '../../cluster/synthetic-news.js'
import { asPlainText, clusterDocs } from './cluster.js'

test('a title or text given as HTML is read as the text it shows', () => {
  const doc = asPlainText({
    id: 'a',
    title: 'Quake hits Chile &amp; Peru',
    text: '<p>A strong <b>earthquake</b> struck northern Chile.</p><script>track()</script><p>No damage.</p>',
  })
  assert.equal(doc.title, 'Quake hits Chile & Peru')
  assert.match(doc.text, /^A strong earthquake struck northern Chile\.\s+No damage\.$/)
  assert.doesNotMatch(doc.text, /track|<|>/)
})

test('plain text is left alone, comparisons and all', () => {
  const plain = { id: 'b', title: 'Rates: 3 < 4', text: 'Inflation rose as x > y, analysts said.' }
  assert.equal(asPlainText(plain), plain)
})

test('HTML and plain copies of the same reports cluster alike', () => {
  const reports = [
    [
      'Quake of magnitude 6.1 strikes off Chile',
      'A strong earthquake of magnitude 6.1 struck off the coast of northern Chile near Iquique on Monday, officials said.',
    ],
    [
      'Magnitude 6.1 quake hits northern Chile near Iquique',
      'An earthquake measuring 6.1 shook northern Chile close to Iquique on Monday; no damage was reported.',
    ],
    [
      'Parliament passes budget',
      'The parliament in Oslo passed the national budget for next year after a late-night vote.',
    ],
  ]
  const plain = reports.map(([title, text], i) => ({ id: String(i), title: title!, text: text! }))
  const html = plain.map((d) =>
    asPlainText({ ...d, text: `<div class="body"><p>${d.text}</p></div>` }),
  )
  assert.deepEqual(clusterBatch(html), clusterBatch(plain))
})

test('a large batch goes through the feature workers with the same output', async () => {
  const docs = []
  for (const d of syntheticNews({ seed: 5 })) {
    docs.push(d)
    if (docs.length >= 300) break
  }
  assert.deepEqual(await clusterDocs(docs, 100), clusterBatch(docs))
})
