import assert from 'node:assert/strict'
import { test } from 'node:test'

import nlp from 'compromise'

import {
  type Entity,
  type EntityRegistry,
  extractEntities,
  extractEntitiesNlp,
  extractEntityDetails,
  slugify,
} from './extract-entities.js'

const keys = (es: Entity[]): string[] => es.map((e) => e.key).sort()
const find = (es: Entity[], key: string): Entity | undefined => es.find((e) => e.key === key)

test('titles and roles are stripped and surnames resolve to the full name', () => {
  const es = extractEntities(
    'Rutte to convince Trump to stay in NATO',
    'NATO Secretary General Mark Rutte met US President Donald Trump on Tuesday. ' +
      'Rutte said allies would spend more. Trump welcomed the pledge.',
  )
  const rutte = find(es, 'person:mark-rutte')
  assert.ok(rutte, keys(es).join(' '))
  assert.equal(rutte.name, 'Mark Rutte')
  assert.equal(rutte.mentions, 3)
  assert.equal(find(es, 'person:donald-trump')?.mentions, 3)
  assert.ok(find(es, 'organization:nato'))
  assert.ok(find(es, 'place:united-states'))
  assert.ok(!es.some((e) => /secretary|president/i.test(e.name)), keys(es).join(' '))
})

test('acronyms and expansions are one organisation, aliases one place', () => {
  const es = extractEntities(
    'Allies meet',
    'The North Atlantic Treaty Organization met in Brussels. NATO officials and the U.N. spoke, ' +
      'as did the United Nations refugee agency. Britain and the UK delegation, America and the ' +
      'United States agreed.',
  )
  assert.equal(find(es, 'organization:nato')?.mentions, 2)
  assert.equal(find(es, 'organization:united-nations')?.mentions, 2)
  assert.equal(find(es, 'place:united-kingdom')?.mentions, 2)
  assert.equal(find(es, 'place:united-states')?.mentions, 2)
  assert.ok(find(es, 'place:brussels'))
})

test('an expansion followed by its acronym in brackets takes the acronym key', () => {
  const d = extractEntityDetails(
    'Agency warns',
    'The European Medicines Agency (EMA) issued a warning. EMA said it would review the drug.',
  )
  assert.ok(find(d.entities, 'organization:ema'), keys(d.entities).join(' '))
  assert.deepEqual(d.aliases, [['organization:european-medicines-agency', 'organization:ema']])
})

test('the registry resolves a bare surname the text never spells out', () => {
  const registry: EntityRegistry = {
    personBySurname: (s) =>
      s === 'rutte' ? { key: 'person:mark-rutte', name: 'Mark Rutte' } : undefined,
    organizationAlias: () => undefined,
  }
  const es = extractEntities('Rutte heads to Washington', 'Rutte will arrive on Monday.', {
    registry,
  })
  assert.equal(find(es, 'person:mark-rutte')?.mentions, 2)
})

test('sentence-initial and headline capitals are not names', () => {
  const es = extractEntities(
    'Quake Hits Island Off Southern Iran',
    'Officials said the quake hit at dawn. Residents fled their homes in Qeshm.',
  )
  assert.deepEqual(keys(es), ['place:iran', 'place:qeshm'])
})

test('organisation and place suffixes classify unknown names', () => {
  const es = extractEntities(
    'Lohan checks into Betty Ford Center',
    'Lindsay Lohan checked into the Betty Ford Center after a crash on Pacific Coast Highway.',
  )
  assert.ok(find(es, 'organization:betty-ford-center'), keys(es).join(' '))
  assert.ok(find(es, 'place:pacific-coast-highway'))
  assert.equal(find(es, 'person:lindsay-lohan')?.mentions, 2)
})

test('feed categories count as mentions', () => {
  const es = extractEntities('Summit ends', 'The leaders left.', {
    categories: ['NATO', 'Politics'],
  })
  assert.deepEqual(keys(es), ['organization:nato'])
})

test('slugs are lower-case, accent-free and dash-separated', () => {
  assert.equal(slugify('José Manuel Barroso'), 'jose-manuel-barroso')
  assert.equal(slugify("O'Neil & Sons"), 'oneil-sons')
})

test('the compromise-based extractor shares the same normalisation', () => {
  const d = extractEntitiesNlp(
    nlp,
    'Rutte to convince Trump to stay in NATO',
    'NATO Secretary General Mark Rutte met US President Donald Trump in Washington.',
  )
  assert.ok(find(d.entities, 'person:mark-rutte'))
  assert.ok(find(d.entities, 'person:donald-trump'))
  assert.ok(find(d.entities, 'organization:nato'))
})
