import assert from 'node:assert/strict'
import { test } from 'node:test'

import type { Entity } from './extract-entities.js'
import { relatedStories, storySummary } from './related-stories.js'

const nato: Entity = { kind: 'organization', key: 'organization:nato', name: 'NATO', mentions: 3 }
const rutte: Entity = { kind: 'person', key: 'person:mark-rutte', name: 'Mark Rutte', mentions: 2 }
const ukraine: Entity = { kind: 'place', key: 'place:ukraine', name: 'Ukraine', mentions: 2 }
const merz: Entity = {
  kind: 'person',
  key: 'person:friedrich-merz',
  name: 'Friedrich Merz',
  mentions: 2,
}

test('stories sharing entities and vocabulary are related, best first; a story is not its own relative', () => {
  const summit = storySummary('summit', [
    {
      terms: [
        ['spend', 2],
        ['alliance', 1],
        ['summit', 1],
        ['organization:nato', 2],
      ],
      entities: [nato, rutte],
    },
  ])
  const airDefence = storySummary('air-defence', [
    {
      terms: [
        ['alliance', 1],
        ['ukraine', 2],
        ['patriot', 2],
        ['organization:nato', 2],
      ],
      entities: [nato, ukraine],
    },
  ])
  const rutteInterview = storySummary('interview', [
    {
      terms: [
        ['spend', 2],
        ['summit', 1],
        ['person:mark-rutte', 2],
        ['organization:nato', 1],
      ],
      entities: [nato, rutte],
    },
  ])
  const tariffs = storySummary('tariffs', [
    {
      terms: [
        ['tariff', 3],
        ['car', 2],
        ['person:friedrich-merz', 2],
      ],
      entities: [merz],
    },
  ])
  const related = relatedStories(summit, [summit, airDefence, rutteInterview, tariffs])
  assert.deepEqual(
    related.map((r) => r.id),
    ['interview', 'air-defence'],
  )
  assert.deepEqual(related[0]?.sharedEntities.sort(), ['Mark Rutte', 'NATO'])
})
