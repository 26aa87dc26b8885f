/**
 * How often the story index resolves a bare surname ("Bush", "Harrison") to the wrong person,
 * over labelled data with topics such as ECB+:
 *
 *   npx tsx scripts/eval-name-resolution.ts FILE.jsonl [--topics 2,5] [--exclude-topics 2,5]
 *
 * Entries go through one StoryIndex in processing order (as `broadsheet cluster` does). Every
 * time the index's registry resolves a bare name, the answer is checked against the entry's
 * topic: a person that no entry of the topic names in full is counted as doubtful. ECB+ topics
 * are about one kind of event each, so such a person is almost always someone else (a running
 * back for the "Bush" of a Bush administration rule), though now and then a right answer the
 * topic happens never to spell out ("Reagan" for Ronald Reagan). Prints the counts and the
 * doubtful resolutions, most frequent first. Not a test: an analysis tool (docs/clustering.md,
 * "Entities").
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

import { processingOrder } from '../src/cluster/cluster-batch.js'
import { type ClusterInputDoc, entryFeatures } from '../src/cluster/entry-features.js'
import { StoryIndex } from '../src/cluster/story-index.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    topics: { type: 'string' },
    'exclude-topics': { type: 'string' },
  },
})
const file = positionals[0]
if (!file) {
  console.error('usage: npx tsx scripts/eval-name-resolution.ts FILE.jsonl [--topics ...]')
  process.exit(2)
}
const list = (s: string | undefined): Set<string> | null =>
  s ? new Set(s.split(',').map((x) => x.trim())) : null
const only = list(values.topics)
const exclude = list(values['exclude-topics'])

type Doc = ClusterInputDoc & { topic: string }
const docs: Doc[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as ClusterInputDoc & { topic?: unknown })
  .map((d) => ({ ...d, topic: String(d.topic ?? '') }))
  .filter((d) => (!only || only.has(d.topic)) && (!exclude || !exclude.has(d.topic)))

const features = docs.map((d) => entryFeatures(d))
// the people each topic names in full somewhere
const namedInFull = new Map<string, Set<string>>()
docs.forEach((d, i) => {
  let people = namedInFull.get(d.topic)
  if (!people) namedInFull.set(d.topic, (people = new Set()))
  for (const e of features[i]?.entities ?? []) {
    if (e.kind === 'person' && e.name.includes(' ')) people.add(e.key)
  }
})

const index = new StoryIndex()
const lookup = index.registry.personBySurname
let topic = ''
let asked = 0
let resolved = 0
const doubtful = new Map<string, number>()
index.registry.personBySurname = (surname, context) => {
  const found = lookup(surname, context)
  asked++
  if (found) {
    resolved++
    if (!namedInFull.get(topic)?.has(found.key)) {
      const k = `${surname} -> ${found.key} (topic ${topic})`
      doubtful.set(k, (doubtful.get(k) ?? 0) + 1)
    }
  }
  return found
}

const windowMs = index.options.windowHours * 3_600_000
for (const { index: i, time } of processingOrder(docs)) {
  const now = Number.isFinite(time) ? time : 0
  index.evictOlderThan(now - windowMs)
  topic = docs[i]?.topic ?? ''
  const decision = index.assign(features[i] as NonNullable<(typeof features)[number]>, now)
  index.apply(decision)
  const split = index.review(decision.storyId, now)
  if (split) index.applySplit(split)
}

let wrong = 0
for (const n of doubtful.values()) wrong += n
console.log(
  `${docs.length} entries; the registry was asked ${asked} times and resolved ${resolved}`,
)
console.log(`  to a person the entry's topic never names in full: ${wrong}`)
for (const [k, n] of [...doubtful].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
  console.log(`  ${String(n).padStart(4)}  ${k}`)
}
