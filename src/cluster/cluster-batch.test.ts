import assert from 'node:assert/strict'
import { test } from 'node:test'

import { clusterBatch, processingOrder } from './cluster-batch.js'
import { clusterBatchParallel } from './cluster-batch-parallel.js'
import { clusterJsonl, parseClusterJsonl, readClusterJsonl } from './cluster-jsonl.js'
import { parsePublished } from './entry-features.js'
import { syntheticNews } from './synthetic-news.js'

test('dated entries are processed by time, undated ones keep their place', () => {
  const order = processingOrder([
    { id: 'a', title: 't', text: '', published: '2025-06-10T12:00:00Z' },
    { id: 'b', title: 't', text: '' },
    { id: 'c', title: 't', text: '', published: '2025-06-10T08:00:00Z' },
    { id: 'd', title: 't', text: '', published: Date.parse('2025-06-10T10:00:00Z') },
  ])
  assert.deepEqual(
    order.map((o) => o.index),
    [2, 3, 0, 1],
  )
})

test('an undated batch is processed in input order', () => {
  const docs = ['x', 'y', 'z'].map((id) => ({ id, title: id, text: '' }))
  assert.deepEqual(
    processingOrder(docs).map((o) => o.index),
    [0, 1, 2],
  )
})

test('duplicate ids are an error', () => {
  assert.throws(
    () =>
      clusterBatch([
        { id: '1', title: 'a', text: '' },
        { id: '1', title: 'b', text: '' },
      ]),
    /duplicate entry id "1"/,
  )
})

test('JSONL in, JSONL out, one line per entry in input order', () => {
  const input = [
    JSON.stringify({ id: 'e1', title: 'Quake hits Qeshm island', text: 'A quake hit Qeshm.' }),
    '',
    JSON.stringify({ id: 2, title: 'Parliament votes', text: 'Voting began.', published: null }),
  ].join('\n')
  const lines = clusterJsonl(input).trimEnd().split('\n')
  assert.equal(lines.length, 2)
  const parsed = lines.map((l) => JSON.parse(l) as { id: string | number; story: string })
  assert.deepEqual(
    parsed.map((p) => p.id),
    ['e1', 2],
    'each id comes back as the input gave it',
  )
  for (const p of parsed) assert.equal(typeof p.story, 'string')
  assert.equal(clusterJsonl(''), '')
})

test('a bad line is reported with its line number', () => {
  assert.throws(
    () => parseClusterJsonl('{"id":"a","title":"x","text":""}\n{oops'),
    /^AppError: line 2: invalid JSON/,
  )
  assert.throws(
    () => parseClusterJsonl('{"title":"x"}'),
    /line 1: "id" must be a string or a number/,
  )
  assert.throws(() => parseClusterJsonl('[1]'), /line 1: expected a JSON object/)
  assert.throws(
    () => parseClusterJsonl('{"id":"a","title":"","text":""}'),
    /line 1: needs a "title" or a "text"/,
  )
  assert.throws(
    () => parseClusterJsonl('{"id":"a","title":"x","published":{}}'),
    /line 1: "published"/,
  )
})

test('an id given twice is reported with both line numbers', () => {
  assert.throws(
    () =>
      parseClusterJsonl('{"id":"a","title":"x"}\n\n{"id":"b","title":"y"}\n{"id":"a","title":"z"}'),
    /^AppError: line 4: id "a" is also on line 1/,
  )
  assert.throws(
    () => parseClusterJsonl('{"id":7,"title":"x"}\n{"id":"7","title":"y"}'),
    /line 2: id "7" is also on line 1/,
  )
})

test('optional fields: a numeric source, categories and links are read; wrong types are named', () => {
  const [doc] = parseClusterJsonl(
    '{"id":"a","title":"x","source":42,"categories":["Chile"],"links":["https://e.org/a"]}',
  )
  assert.equal(doc?.source, '42')
  assert.deepEqual(doc?.categories, ['Chile'])
  assert.deepEqual(doc?.links, ['https://e.org/a'])
  assert.throws(
    () => parseClusterJsonl('{"id":"a","title":"x","categories":"Chile"}'),
    /line 1: "categories" must be an array of strings/,
  )
  assert.throws(() => parseClusterJsonl('{"id":"a","title":"x","source":{}}'), /"source"/)
})

test('epoch seconds are read as seconds, epoch milliseconds as milliseconds', () => {
  const ms = Date.parse('2024-05-03T10:00:00Z')
  assert.equal(parsePublished(ms), ms)
  assert.equal(parsePublished(ms / 1000), ms)
  assert.equal(parsePublished('2024-05-03T10:00:00Z'), ms)
  assert.equal(parsePublished('not a date'), null)
  assert.equal(parsePublished(Number.NaN), null)
  // an epoch written as a string, as some exports do; a bare year stays a year
  assert.equal(parsePublished(String(ms / 1000)), ms)
  assert.equal(parsePublished(String(ms)), ms)
  assert.equal(parsePublished('2009'), Date.parse('2009-01-01T00:00:00Z'))
})

test('a "published" that is not a date is a warning that names its lines, not an error', () => {
  const input = [
    '{"id":"a","title":"Quake hits Chile","published":"yesterday"}',
    '{"id":"b","title":"Quake hits Peru","published":"2024-05-03T10:00:00Z"}',
    '{"id":"c","title":"Quake hits Bolivia","published":"soon"}',
  ].join('\n')
  const read = readClusterJsonl(input)
  assert.equal(read.docs.length, 3)
  assert.deepEqual(read.warnings, [
    '2 entries have a "published" that is not a date, so no time signal: line 1 ("yesterday"), line 3 ("soon")',
  ])
  assert.deepEqual(readClusterJsonl(input.split('\n')[1] ?? '').warnings, [])
})

test('feature workers give exactly the output of the single-threaded batch', async () => {
  const docs = []
  for (const d of syntheticNews({ seed: 3 })) {
    docs.push(d)
    if (docs.length >= 600) break
  }
  const sequential = clusterBatch(docs)
  const parallel = await clusterBatchParallel(docs, { workers: 2 })
  assert.deepEqual(parallel, sequential)
})
