import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import iconv from 'iconv-lite'

import { charsetFromContentType, decodeBody } from './decode-body.js'

describe('decodeBody', () => {
  it('reads the charset parameter of a Content-Type value', () => {
    assert.deepEqual(
      [
        charsetFromContentType('application/rss+xml; charset=UTF-8'),
        charsetFromContentType('text/xml;Charset="ISO-8859-1"'),
        charsetFromContentType('text/xml'),
        charsetFromContentType(null),
      ],
      ['utf-8', 'iso-8859-1', null, null],
    )
  })

  it('decodes UTF-16 without a BOM from the shape of "<?"', () => {
    const body = iconv.encode('<?xml version="1.0" encoding="UTF-16"?><rss/>', 'utf-16be')
    assert.deepEqual(decodeBody(body), {
      text: '<?xml version="1.0" encoding="UTF-16"?><rss/>',
      encoding: 'utf-16be',
      warnings: [],
    })
  })

  it('uses a multi-byte legacy charset from the declaration', () => {
    const body = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?><t>'),
      iconv.encode('日本語', 'shift_jis'),
      Buffer.from('</t>'),
    ])
    assert.deepEqual(decodeBody(body), {
      text: '<?xml version="1.0" encoding="Shift_JIS"?><t>日本語</t>',
      encoding: 'shift_jis',
      warnings: [],
    })
  })

  it('falls through a wrong UTF-8 HTTP charset to the declared legacy one', () => {
    const body = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1251"?><t>'),
      iconv.encode('Привет', 'windows-1251'),
      Buffer.from('</t>'),
    ])
    assert.deepEqual(decodeBody(body, 'text/xml; charset=utf-8'), {
      text: '<?xml version="1.0" encoding="windows-1251"?><t>Привет</t>',
      encoding: 'windows-1251',
      warnings: ['encoding: HTTP charset says UTF-8 but the body is not valid UTF-8'],
    })
  })

  it('reads the charset of an HTML page from its <meta>', () => {
    const page = (meta: string): Buffer =>
      Buffer.concat([
        Buffer.from(`<!DOCTYPE html>\n<!-- x -->\n<html><head>${meta}<title>`),
        iconv.encode('Новости', 'windows-1251'),
        Buffer.from('</title></head></html>'),
      ])
    assert.deepEqual(
      [
        decodeBody(page('<meta charset="windows-1251">')).text.includes('Новости'),
        decodeBody(
          page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'),
        ).text.includes('Новости'),
      ],
      [true, true],
    )
  })

  it('passes strings through, minus a BOM', () => {
    assert.deepEqual(decodeBody('\ufeff<rss/>'), {
      text: '<rss/>',
      encoding: 'utf-16',
      warnings: [],
    })
  })
})
