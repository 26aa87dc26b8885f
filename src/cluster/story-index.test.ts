import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'

import { clusterBatch } from './cluster-batch.js'
import { parseClusterJsonl } from './cluster-jsonl.js'
import { type ClusterInputDoc, entryFeatures, resolveWithRegistry } from './entry-features.js'
import { type Decision, StoryIndex } from './story-index.js'

/**
 * A NATO week, written for this test: a Euronews preview and a Washington Examiner preview of
 * the same White House meeting, an AP report of it and a copy of that report; a defence
 * ministers' meeting on Ukraine's air defence and a German chancellor's White House visit the
 * same week, which must stay apart.
 */
const NATO_WEEK = parseClusterJsonl(
  readFileSync(new URL('./testdata/nato-week.jsonl', import.meta.url), 'utf8'),
)

function byId(id: string): ClusterInputDoc {
  const doc = NATO_WEEK.find((d) => d.id === id)
  if (!doc) throw new Error(`no fixture ${id}`)
  return doc
}

function run(docs: ClusterInputDoc[]): { stories: Map<string, string>; decisions: Decision[] } {
  const decisions: Decision[] = []
  const out = clusterBatch(docs, { onDecision: (d) => decisions.push(d) })
  return { stories: new Map(out.map((r) => [r.id, r.story])), decisions }
}

test('two previews of the same White House meeting land in one story', () => {
  const { stories, decisions } = run(NATO_WEEK)
  assert.equal(stories.get('examiner-trump'), stories.get('euronews-rutte'))
  assert.equal(stories.get('ap-oval-office'), stories.get('euronews-rutte'))
  const examiner = decisions.find((d) => d.entryId === 'examiner-trump')
  assert.equal(examiner?.action, 'join')
  const shared = examiner?.evidence?.sharedEntities ?? []
  for (const name of ['NATO', 'Mark Rutte', 'Donald Trump']) {
    assert.ok(shared.includes(name), shared.join(', '))
  }
  assert.ok((examiner?.evidence?.hoursApart ?? -1) > 0)
  assert.match(examiner?.explanation ?? '', /^shares .*NATO.*; similarity 0\.\d\d.*; \d+ h apart$/)
})

test('a different NATO meeting and a different White House visit the same week stay apart', () => {
  const { stories } = run(NATO_WEEK)
  const meeting = stories.get('euronews-rutte')
  assert.notEqual(stories.get('ministers-brussels'), meeting)
  assert.notEqual(stories.get('merz-white-house'), meeting)
  assert.notEqual(stories.get('ministers-brussels'), stories.get('merz-white-house'))
})

test('wire copy is marked as a copy of the original inside the story', () => {
  const { stories, decisions } = run(NATO_WEEK)
  const copy = decisions.find((d) => d.entryId === 'ap-oval-office-copy')
  assert.equal(copy?.copyOf, 'ap-oval-office')
  assert.ok((copy?.evidence?.copySimilarity ?? 0) >= 0.5)
  assert.equal(stories.get('ap-oval-office-copy'), stories.get('ap-oval-office'))
})

test('the same input gives the same output, whatever the input order of dated entries', () => {
  const a = clusterBatch(NATO_WEEK)
  const b = clusterBatch(NATO_WEEK)
  assert.deepEqual(a, b)
  const reversed = clusterBatch([...NATO_WEEK].reverse())
  const together = (out: { id: string; story: string }[], x: string, y: string): boolean =>
    out.find((r) => r.id === x)?.story === out.find((r) => r.id === y)?.story
  assert.equal(together(reversed, 'euronews-rutte', 'examiner-trump'), true)
  assert.equal(together(reversed, 'euronews-rutte', 'ministers-brussels'), false)
})

test('a cannot-link constraint keeps an entry out of a story', () => {
  const index = new StoryIndex()
  const euronews = byId('euronews-rutte')
  const first = index.ingest(entryFeatures(euronews), Date.parse(String(euronews.published)))
  const examiner = byId('examiner-trump')
  index.forbid('examiner-trump', first.storyId)
  const d = index.ingest(entryFeatures(examiner), Date.parse(String(examiner.published)))
  assert.notEqual(d.storyId, first.storyId)
  assert.equal(d.action, 'new')
})

test('stories holding pinned entries on both sides never merge automatically', () => {
  const index = new StoryIndex()
  const at = Date.parse('2025-06-10T21:00:00Z')
  index.restore(entryFeatures(byId('euronews-rutte')), 'a', at, { pinned: true })
  index.restore(entryFeatures(byId('examiner-trump')), 'b', at, { pinned: true })
  const d = index.ingest(entryFeatures(byId('ap-oval-office')), at)
  assert.equal(d.action, 'join')
  assert.deepEqual(d.merges, [])
  assert.equal(index.snapshot().length, 2)
})

test('an entry that bridges two unpinned stories of one event merges them', () => {
  const index = new StoryIndex()
  const at = Date.parse('2025-06-10T21:00:00Z')
  index.restore(entryFeatures(byId('euronews-rutte')), 'a', at)
  index.restore(entryFeatures(byId('examiner-trump')), 'b', at)
  const d = index.ingest(entryFeatures(byId('ap-oval-office')), at)
  assert.equal(d.merges.length, 1)
  assert.deepEqual(
    index.snapshot().map((s) => s.members.length),
    [3],
  )
})

test('an entry never reaches a forbidden story through a merge', () => {
  const index = new StoryIndex()
  const at = Date.parse('2025-06-10T21:00:00Z')
  index.restore(entryFeatures(byId('euronews-rutte')), 'a', at)
  index.restore(entryFeatures(byId('examiner-trump')), 'b', at)
  index.forbid('ap-oval-office', 'b')
  const d = index.ingest(entryFeatures(byId('ap-oval-office')), at)
  assert.equal(d.storyId, 'a')
  assert.deepEqual(d.merges, [])
  assert.equal(index.storyOf('ap-oval-office'), 'a')
})

test('a story with a pinned entry survives a merge', () => {
  const index = new StoryIndex()
  const at = Date.parse('2025-06-10T21:00:00Z')
  index.restore(entryFeatures(byId('euronews-rutte')), 'a', at)
  index.restore(entryFeatures(byId('examiner-trump')), 'b', at, { pinned: true })
  const d = index.ingest(entryFeatures(byId('ap-oval-office')), at)
  for (const m of d.merges) assert.equal(m.into, 'b')
})

test('rebuilding from stored memberships gives the same next decision', () => {
  const live = new StoryIndex()
  const docs = NATO_WEEK.slice(0, 4)
  const decisions = docs.map((d) => live.ingest(entryFeatures(d), Date.parse(String(d.published))))
  const rebuilt = new StoryIndex()
  docs.forEach((d, i) =>
    rebuilt.restore(entryFeatures(d), decisions[i]?.storyId ?? '', Date.parse(String(d.published))),
  )
  const next = byId('ap-oval-office')
  const at = Date.parse(String(next.published))
  const a = live.assign(entryFeatures(next), at)
  const b = rebuilt.assign(entryFeatures(next), at)
  assert.equal(a.storyId, b.storyId)
  assert.equal(a.action, b.action)
})

/** A short dated report naming `who` in full, then by surname. */
function report(id: string, who: string, hours: number): ClusterInputDoc {
  const surname = who.split(' ').at(-1) ?? who
  return {
    id,
    title: `${who} speaks on the budget in Washington (${id})`,
    text: `${who} told reporters on Capitol Hill that the spending bill ${id} would pass. ${surname} said the vote was close.`,
    published: Date.UTC(2024, 0, 1) + hours * 3_600_000,
  }
}

test('a bare surname resolves through the full names decided within the window', () => {
  const index = new StoryIndex({ windowHours: 72 })
  const doc = report('a', 'Boris Johnson', 0)
  index.ingest(entryFeatures(doc), Number(doc.published))
  assert.equal(index.registry.personBySurname('johnson')?.key, 'person:boris-johnson')
  // four days of other news later, the name has left the window
  const later = { ...NATO_WEEK[0]!, id: 'later', published: Number(doc.published) + 96 * 3_600_000 }
  index.ingest(entryFeatures(later), Number(later.published))
  assert.equal(index.registry.personBySurname('johnson'), undefined)
})

test('what an index evicts, and when, does not change how it resolves names', () => {
  const docs = [report('b1', 'Boris Johnson', 0), report('m1', 'Mike Johnson', 70)]
  const evicting = new StoryIndex({ windowHours: 72 })
  const keeping = new StoryIndex({ windowHours: 72 })
  for (const d of docs) {
    const t = Number(d.published)
    evicting.evictOlderThan(t + 1)
    evicting.ingest(entryFeatures(d), t)
    keeping.ingest(entryFeatures(d), t)
  }
  assert.ok(evicting.size.entries < keeping.size.entries)
  // both still count Boris Johnson's report (decided 70 h before the latest): no one holds two
  // thirds of the uses of "johnson"
  assert.equal(keeping.registry.personBySurname('johnson'), undefined)
  assert.equal(evicting.registry.personBySurname('johnson'), undefined)
})

test('a long-running index and one rebuilt from its held entries resolve names alike', () => {
  const early = ['b1', 'b2', 'b3'].map((id, i) => report(id, 'Boris Johnson', i))
  const late = ['m1', 'm2'].map((id, i) => report(id, 'Mike Johnson', 200 + i))
  const live = new StoryIndex({ windowHours: 72 })
  const held: [ClusterInputDoc, string][] = []
  for (const d of [...early, ...late]) {
    const t = Number(d.published)
    live.evictOlderThan(t - 72 * 3_600_000)
    const decision = live.ingest(entryFeatures(d), t)
    if (late.includes(d)) held.push([d, decision.storyId])
  }
  const rebuilt = new StoryIndex({ windowHours: 72 })
  for (const [d, story] of held) rebuilt.restore(entryFeatures(d), story, Number(d.published))
  assert.equal(live.size.entries, rebuilt.size.entries)
  // the Boris Johnson reports left with their stories: both know only Mike Johnson
  assert.equal(rebuilt.registry.personBySurname('johnson')?.key, 'person:mike-johnson')
  assert.deepEqual(
    live.registry.personBySurname('johnson'),
    rebuilt.registry.personBySurname('johnson'),
  )
})

/** A dated entry with a title and text, `hours` after 1 January 2024. */
function dated(id: string, title: string, text: string, hours: number): ClusterInputDoc {
  return { id, title, text, published: Date.UTC(2024, 0, 1) + hours * 3_600_000 }
}

test("a name the window uses as a first name is nobody's bare surname", () => {
  const index = new StoryIndex({ windowHours: 72 })
  const docs = [
    dated('a', 'Storm damage', 'Mary John, 43, watched the storm from her porch.', 0),
    dated('b', 'Watergate aide', 'John Mitchell was attorney general. John Dean testified.', 1),
  ]
  for (const d of docs) index.ingest(entryFeatures(d), Number(d.published))
  // one Mary John against two Johns named first: "John" alone is no one
  assert.equal(index.registry.personBySurname('john'), undefined)
  assert.equal(index.registry.personBySurname('mitchell')?.key, 'person:john-mitchell')
})

test("a bare surname resolves only to a person its entry's other names fit", () => {
  const index = new StoryIndex({ windowHours: 72 })
  const sports = dated(
    'nfl',
    'Saints lose running back',
    'The New Orleans Saints put Reggie Bush on injured reserve. Sean Payton said the Saints ' +
      'would miss him. Reggie Bush hurt his knee against the Detroit Lions.',
    0,
  )
  index.ingest(entryFeatures(sports), Number(sports.published))
  // what the index makes of an entry's names, as assign() resolves them
  const bush = (d: ClusterInputDoc): string[] =>
    resolveWithRegistry(entryFeatures(d), index.registry)
      .entities.map((x) => x.key)
      .filter((k) => k.includes('bush'))
  // an entry on other people and places: "Bush" is not the running back
  const policy = dated(
    'esa',
    'Species rule changes',
    'The Bush administration changed the Endangered Species Act. Interior Secretary Dirk ' +
      'Kempthorne announced it, and the Natural Resources Defense Council objected.',
    2,
  )
  assert.deepEqual(bush(policy), [])
  index.ingest(entryFeatures(policy), Number(policy.published))
  // an entry that names one of his companions: it is him
  const team = dated(
    'nfl2',
    'Bush out for season',
    'Bush will miss the rest of the season, the New Orleans Saints and Sean Payton said.',
    3,
  )
  assert.deepEqual(bush(team), ['person:reggie-bush'])
  // too little context to contradict the window: the dominant person
  assert.equal(index.registry.personBySurname('bush', [])?.key, 'person:reggie-bush')
})

test('a resolved bare surname does not teach the registry', () => {
  const index = new StoryIndex({ windowHours: 72 })
  const docs = [
    dated('full', 'Merkel visits', 'Angela Merkel met Emmanuel Macron in Paris.', 0),
    ...['b1', 'b2', 'b3'].map((id, i) =>
      dated(id, `Merkel speaks (${id})`, 'Merkel spoke.', i + 1),
    ),
    dated('other', 'Tennis', 'Julia Merkel won in Berlin. Julia Merkel smiled.', 5),
  ]
  for (const d of docs) index.ingest(entryFeatures(d), Number(d.published))
  // one full mention each: the three bare ones do not make Angela Merkel dominant
  assert.equal(index.registry.personBySurname('merkel'), undefined)
})

test('two established stories merge from a lower score than a story and a lone entry', () => {
  const at = (d: ClusterInputDoc): number => Date.parse(String(d.published))
  const examiner = byId('examiner-trump')
  // the same preview, filed again under another headline
  const again = { ...examiner, id: 'examiner-again', title: 'Trump wants allies to pay up' }
  const copy = byId('ap-oval-office-copy')
  const merged = (otherSize: number): string[] => {
    const index = new StoryIndex({ mergeThreshold: 0.7, storyMergeThreshold: 0.3 })
    for (const id of ['euronews-rutte', 'ap-oval-office']) {
      index.restore(entryFeatures(byId(id)), 'a', at(byId(id)))
    }
    index.restore(entryFeatures(examiner), 'b', at(examiner))
    if (otherSize === 2) index.restore(entryFeatures(again), 'b', at(examiner))
    return index.assign(entryFeatures(copy), at(copy)).merges.map((m) => `${m.from}->${m.into}`)
  }
  // a lone entry in the other story: the stricter threshold (the check scores about 0.67)
  assert.deepEqual(merged(1), [])
  // two entries: the lower one
  assert.deepEqual(merged(2), ['b->a'])
})

test('a split review counts a copy as one report, and the copy leaves with its original', () => {
  const quake = [
    'A magnitude 6.4 earthquake struck northern Chile near Antofagasta, shaking buildings and cutting power to thousands of homes.',
    'Rescue teams in Antofagasta searched damaged buildings after the Chile earthquake; officials reported cracked roads and landslides near the port.',
    'The Chilean emergency office said the earthquake of magnitude 6.4 damaged the port of Antofagasta and closed copper mines in the region.',
  ]
  const strike = [
    'French rail workers began a national strike over pensions, cancelling most high-speed trains between Paris, Lyon and Marseille.',
    'Commuters in Paris crowded buses as the SNCF rail strike over pension reform halted regional trains for a second day.',
    'Unions said the pension strike on French railways would continue into the weekend, with SNCF running one train in five.',
  ]
  // one story holding the quake reports, then strike reports and a wire copy of the first
  const review = (strikes: string[]): ReturnType<StoryIndex['review']> => {
    const index = new StoryIndex()
    const texts: [string, string][] = [
      ...quake.map((t, i): [string, string] => [`q${i}`, t]),
      ...strikes.map((t, i): [string, string] => [`r${i}`, t]),
      ['r0-copy', `${strikes[0]} Reporting by wire staff.`],
    ]
    texts.forEach(([id, text], k) => {
      const at = Date.UTC(2025, 0, 1) + k * 3_600_000
      const title = text.split(' ').slice(0, 8).join(' ')
      index.restore(entryFeatures({ id, title, text, published: at }), 's', at)
    })
    return index.review('s', Date.UTC(2025, 0, 2))
  }
  // two strike reports and a copy are two reports: too few to found a story
  assert.equal(review(strike.slice(0, 2)), null)
  // three are enough, and the copy goes with its original
  assert.deepEqual(review(strike)?.entryIds, ['r0', 'r1', 'r2', 'r0-copy'])
})

test('an explanation gives an amount that disagrees in words', () => {
  const index = new StoryIndex()
  const t0 = Date.UTC(2024, 0, 1)
  const heist = (id: string, sum: string, hours: number): ClusterInputDoc => ({
    id,
    title: `Robbers steal ${sum} of jewels from Paris store`,
    text:
      `Armed robbers stole jewels worth ${sum} from a jewellery store in Paris on Thursday. ` +
      `Police said the ${sum} haul was one of the biggest. Witnesses (${id}) saw four men.`,
    published: t0 + hours * 3_600_000,
  })
  for (const [i, id] of ['a', 'b', 'c'].entries()) {
    const d = heist(id, '85 million euros', i)
    index.ingest(entryFeatures(d), Number(d.published))
  }
  const small = heist('d', '2 million euros', 3)
  const decision = index.assign(entryFeatures(small), Number(small.published))
  assert.deepEqual(decision.evidence?.newNumbers, ['millions'])
  assert.match(decision.explanation, /says millions, not 85/)
})

test('stories close after the window and are evicted', () => {
  const index = new StoryIndex({ windowHours: 72 })
  const euronews = byId('euronews-rutte')
  const t = Date.parse(String(euronews.published))
  index.ingest(entryFeatures(euronews), t)
  const late = { ...byId('examiner-trump'), published: t + 100 * 3_600_000 }
  const d = index.assign(entryFeatures(late), t + 100 * 3_600_000)
  assert.equal(d.action, 'new')
  assert.equal(index.evictOlderThan(t + 1), 1)
  assert.equal(index.size.entries, 0)
})

test('a missing date means no time signal, not the same time', () => {
  const undated = NATO_WEEK.map((d) => ({ ...d, published: null }))
  const decisions: Decision[] = []
  clusterBatch(undated, { onDecision: (d) => decisions.push(d) })
  for (const d of decisions) assert.equal(d.evidence?.hoursApart ?? null, null)
})

test('assign proposes and changes nothing until apply', () => {
  const index = new StoryIndex()
  const f = entryFeatures(byId('euronews-rutte'))
  const d = index.assign(f, 0)
  assert.equal(index.size.entries, 0)
  index.apply(d)
  assert.equal(index.storyOf('euronews-rutte'), d.storyId)
  assert.throws(() => index.assign(f, 0), /already in the story index/)
})

test('an entry dated years after everything a story mentions is marked down and says why', () => {
  const text = (year: number): string =>
    `${year}: Microsoft released an emergency patch for Internet Explorer after hackers exploited ` +
    `a zero-day flaw in the browser. Security experts urged users to install the update at once.`
  const index = new StoryIndex()
  const first = entryFeatures({ id: 'a', title: 'Microsoft patches IE flaw', text: text(2008) })
  index.apply(index.assign(first, 0))
  const same = index.assign(
    entryFeatures({ id: 'b', title: 'Emergency IE patch', text: text(2008) }),
    0,
  )
  assert.equal(same.evidence?.yearConflict, null)
  const later = index.assign(
    entryFeatures({ id: 'c', title: 'Emergency IE patch', text: text(2013) }),
    0,
  )
  assert.equal(later.evidence?.yearConflict, 'dated 2013, the story mentions nothing after 2008')
  assert.match(later.explanation, /dated 2013/)
  assert.ok(later.score < same.score)
})

test('a name only one of a big story’s members mentions counts little towards entity overlap', () => {
  // 30 reports of one event, each quoting a different delegate
  const first = ['Anna', 'Piotr', 'Marta', 'Jonas', 'Elena', 'Marco']
  const last = ['Kowalczyk', 'Lindqvist', 'Bianchi', 'Alves', 'Novak']
  const delegates = first.flatMap((f) => last.map((l) => `${f} ${l}`))
  const t0 = Date.parse('2026-11-20T08:00:00Z')
  const overlap = (entitySupport: number): number | undefined => {
    const index = new StoryIndex({ entitySupport, background: null })
    delegates.forEach((name, i) => {
      const at = t0 + i * 60_000
      const f = entryFeatures({
        id: `b${i}`,
        title: `Grain talks in Lumbria continue with ${name}`,
        text: `Officials in Lumbria met the trade delegate ${name} on Tuesday to discuss grain exports through the port of Varna, the ministry said. ${name} said the talks on grain quotas would continue.`,
        published: new Date(at).toISOString(),
      })
      index.restore(f, 'talks', at)
    })
    // an unrelated entry about one of those names
    const probe = entryFeatures({
      id: 'p',
      title: 'Anna Kowalczyk opens an art exhibition',
      text: 'The painter Anna Kowalczyk opened an exhibition of landscapes in the city gallery on Wednesday.',
      published: new Date(t0 + 3_600_000).toISOString(),
    })
    const d = index.assign(probe, t0 + 3_600_000)
    const talks = d.storyId === 'talks' ? d.evidence : d.alternatives[0]?.evidence
    return talks?.entityOverlap
  }
  assert.equal(overlap(0), 1, 'counted in full, the one mention looks like full agreement')
  assert.equal(overlap(0.1), 0.333, 'one member of 30 against the 3 (10%) that count in full')
})
