import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { tokenF1, tokenize } from './token-f1.js'

void describe('tokenF1', () => {
  void it('tokenises on letters and digits in any script, lowercased', () => {
    const tokens = tokenize('Übermäßig — 3,5 % l’été, 東京!')
    assert.deepEqual(tokens, ['übermäßig', '3', '5', 'l', 'été', '東京'])
  })

  void it('scores token multisets', () => {
    // got: the ×2, cat, hat; want: the, cat, sat → 2 shared tokens.
    const { precision, recall, f1 } = tokenF1('the cat the hat', 'the cat sat')
    assert.deepEqual([precision, recall, f1.toFixed(6)], [2 / 4, 2 / 3, (4 / 7).toFixed(6)])
    assert.deepEqual(tokenF1('', ''), { precision: 1, recall: 1, f1: 1 })
    assert.deepEqual(tokenF1('', 'words'), { precision: 0, recall: 0, f1: 0 })
  })
})
