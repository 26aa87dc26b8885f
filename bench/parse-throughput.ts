/**
 * Parse throughput beside the floor: the same bytes tokenised by htmlparser2 in XML mode with no-op
 * callbacks (a streaming tokeniser, no tree, no feed model). Medians of several runs.
 */
import { Parser } from 'htmlparser2'

import { parseFeed } from '../src/ingest/parse/parse-feed.js'
import { generateCorpus, renderBenchFeed } from './generate-corpus.js'

export function measureParseThroughput(feedCount = 100, runs = 5) {
  const { feeds } = generateCorpus({ feeds: feedCount, now: new Date('2026-11-20T12:00:00Z') })
  const docs = feeds.map((f) => Buffer.from(renderBenchFeed(f)))
  const megabytes = docs.reduce((sum, d) => sum + d.length, 0) / 1e6
  const tokenise = () => {
    for (const doc of docs) {
      const parser = new Parser({}, { xmlMode: true })
      parser.end(doc.toString('utf8'))
    }
  }
  const parse = () => {
    for (const doc of docs) parseFeed({ body: doc, url: 'https://bench.test/feed' })
  }
  const time = (fn: () => void) => {
    const samples: number[] = []
    fn()
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      fn()
      samples.push((performance.now() - started) / 1000)
    }
    samples.sort((a, b) => a - b)
    return samples[Math.floor(samples.length / 2)]!
  }
  const floorSeconds = time(tokenise)
  const parseSeconds = time(parse)
  return {
    megabytes,
    floorMbPerSecond: megabytes / floorSeconds,
    parseMbPerSecond: megabytes / parseSeconds,
    ratio: parseSeconds / floorSeconds,
  }
}
