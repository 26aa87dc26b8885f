import assert from 'node:assert/strict'
import { test } from 'node:test'

import { languageOfWords, stopWordsOf } from './language-of-words.js'
import { rawTokens } from './tokenize.js'

const detect = (title: string, text = ''): string =>
  languageOfWords(rawTokens(title), rawTokens(text))

test('tells the seven languages apart from a sentence or two', () => {
  assert.equal(
    detect('The cabinet approved the budget, and the minister said it was the largest.'),
    'en',
  )
  assert.equal(
    detect(
      'Kabinett beschließt Rekordetat',
      'Das Kabinett hat den Haushalt für die Bundeswehr beschlossen, der größte seit der Einheit.',
    ),
    'de',
  )
  assert.equal(
    detect('Le gouvernement cherche une majorité pour le budget, selon les députés.'),
    'fr',
  )
  assert.equal(
    detect(
      'El gobierno aprobó el presupuesto para las fuerzas armadas, el más alto de su historia.',
    ),
    'es',
  )
  assert.equal(
    detect('Il governo ha approvato il bilancio della difesa, il più alto nella storia del paese.'),
    'it',
  )
  assert.equal(
    detect(
      'O governo aprovou o orçamento das forças armadas, que não foi o maior da sua história, mas é muito alto.',
    ),
    'pt',
  )
  assert.equal(
    detect(
      'Het kabinet heeft de begroting voor defensie goedgekeurd, de hoogste ooit in de geschiedenis.',
    ),
    'nl',
  )
})

test('a text of names, numbers or too few function words is English', () => {
  assert.equal(detect('Mark Rutte, Donald Trump'), 'en')
  assert.equal(detect('Berlin 2026: 108,2 Mrd.'), 'en')
  assert.equal(detect(''), 'en')
  // one German article in an English sentence does not make it German
  assert.equal(
    detect('The word der in German is an article, and the word was borrowed by the press.'),
    'en',
  )
})

test('only the first few hundred words vote', () => {
  const english = 'the report said that the plan was ready for the vote '.repeat(40)
  const german =
    'der Bericht sagt, dass der Plan für die Abstimmung bereit ist und nicht mehr '.repeat(40)
  assert.equal(detect('', english + german), 'en')
  assert.equal(detect('', german + english), 'de')
})

test("a language's stop words come from the stopword lists, English has the tokenizer's own", () => {
  assert.equal(stopWordsOf('en'), null)
  const de = stopWordsOf('de')
  assert.ok(de?.has('und') && de.has('war') && de.has('die'))
  assert.ok(stopWordsOf('fr')?.has('les'))
  assert.ok(stopWordsOf('es')?.has('los'))
})
