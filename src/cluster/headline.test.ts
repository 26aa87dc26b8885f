import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'

import { type ClusterInputDoc, entryFeatures } from './entry-features.js'
import { chooseHeadline, headlineShape } from './headline.js'
import { tokenize } from './tokenize.js'

function member(id: string, title: string, text: string, published: number | null = null) {
  const counts = new Map<string, number>()
  for (const t of tokenize(`${title} ${text}`)) counts.set(t, (counts.get(t) ?? 0) + 1)
  return { id, title, terms: [...counts], published }
}

test('the most representative title wins, not the first', () => {
  const story = [
    member('1', 'DECEMBER 16, 2008', 'Red Sox offer Teixeira eight years, sources say.', 1),
    member(
      '2',
      'Red Sox make eight-year offer to Mark Teixeira',
      'The Red Sox offered Teixeira eight years.',
      2,
    ),
    member(
      '3',
      'Teixeira: Sox offer is huge',
      'Boston offered Teixeira a huge eight-year deal.',
      3,
    ),
    member('4', 'Baseball notes', 'Also: the Red Sox offer to Teixeira, and more.', 4),
  ]
  assert.equal(chooseHeadline(story)?.id, '2')
})

test('ties go to the earlier entry, and an empty story has no headline', () => {
  const a = member('a', 'Quake hits island off southern Iran', 'quake island Iran', 20)
  const b = member('b', 'Quake hits island off southern Iran', 'quake island Iran', 10)
  assert.equal(chooseHeadline([a, b])?.id, 'b')
  assert.equal(chooseHeadline([]), null)
})

test('titles that are not headlines are marked down', () => {
  assert.ok(headlineShape('DECEMBER 16, 2008') < 0.5)
  assert.ok(headlineShape('BREAKING NEWS - 3 DEAD DUE TO MOLOTOV COCKTAIL AT BANK') < 1)
  assert.equal(headlineShape('Trump to demand NATO allies pay their fair share'), 1)
})

test("titles are read in their entries' language", () => {
  // three French reports of one forest fire (testdata/multilingual-news.jsonl): read as English,
  // "1 500" is two numbers and "en", "de", "la" are words, so a vaguer title won
  const fire = readFileSync(new URL('testdata/multilingual-news.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.includes('"fr-fire"'))
    .map((line) => entryFeatures(JSON.parse(line) as ClusterInputDoc))
  assert.equal(fire.length, 3)
  assert.ok(fire.every((f) => f.language === 'fr'))
  assert.equal(chooseHeadline(fire)?.title, 'Incendie en Gironde : 1 500 hectares déjà brûlés')
  const asEnglish = chooseHeadline(fire.map((f) => ({ ...f, language: undefined })))
  assert.notEqual(asEnglish?.title, 'Incendie en Gironde : 1 500 hectares déjà brûlés')
})

test("a story in several languages is headlined in the reader's language when it can be", () => {
  const fr = entryFeatures({
    id: 'fr',
    title: 'Paris : 500 nouvelles rues aux écoles fermées à la circulation',
    text: 'La Ville de Paris ferme à la circulation 500 nouvelles rues autour des écoles, a annoncé la mairie. Les voitures ne pourront plus y passer aux heures d’entrée et de sortie des classes.',
    published: 1,
  })
  const en = entryFeatures({
    id: 'en',
    title: 'Paris bans cars from 500 more streets around schools',
    text: 'Paris will close 500 more streets around schools to cars, City Hall said. Drivers will no longer be able to use them when classes start and end.',
    published: 2,
  })
  assert.deepEqual([fr.language, en.language], ['fr', 'en'])
  assert.equal(chooseHeadline([fr, en])?.id, 'en')
  assert.equal(chooseHeadline([fr, en], 'fr')?.id, 'fr')
  assert.equal(
    chooseHeadline([fr])?.id,
    'fr',
    'a story with no member in that language keeps its own',
  )
})
