import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { htmlToText } from './html-to-text.js'

void describe('htmlToText', () => {
  void it('separates paragraphs with a blank line and collapses whitespace', () => {
    assert.equal(
      htmlToText(
        '  <h1>Title</h1>\n\n<p>  </p><p>Hello <b>world</b>&nbsp;&amp; more</p><p>Second   para\n with  spaces</p> ',
      ),
      'Title\n\nHello world & more\n\nSecond para with spaces',
    )
  })

  void it('turns <br> into line breaks and two of them into a paragraph break', () => {
    assert.equal(
      htmlToText('Line one<br>Line two<br><br>New para<br></p>'),
      'Line one\nLine two\n\nNew para',
    )
  })

  void it('puts list items and table rows on their own lines and separates cells', () => {
    assert.equal(
      htmlToText(
        '<ul><li>one</li><li>two</li></ul>after<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>',
      ),
      'one\ntwo\n\nafter\n\na b\nc d',
    )
  })

  void it('keeps whitespace inside <pre>', () => {
    assert.equal(
      htmlToText('<pre>  code\n    indented\n</pre><p>x</p>'),
      '  code\n    indented\n\nx',
    )
  })

  void it('skips scripts, styles, noscript, forms controls and embeds', () => {
    assert.equal(
      htmlToText(
        '<div><script>var a = "<p>"</script><style>p{}</style>Visible<noscript><img src=x>ns</noscript>' +
          '<button>Share</button><iframe src="x">frame</iframe><svg><text>chart</text></svg> text</div>',
      ),
      'Visible text',
    )
  })

  void it('decodes entities and drops invisible characters', () => {
    assert.equal(
      htmlToText('a<span> b </span> c &lt;tag&gt; &#8220;q&#8221; &hellip; soft\u00adhy\u200bphen'),
      'a b c <tag> “q” … softhyphen',
    )
  })

  void it('returns an empty string for markup without text', () => {
    assert.equal(htmlToText('<p> </p><img src="x"><br>'), '')
  })

  void it('moves image captions after the text, so the text starts with the article', () => {
    assert.equal(
      htmlToText(
        '<figure><img src="a.jpg" alt=""><figcaption>Mark Rutte arrives.<br><span>Photo: AP</span></figcaption></figure>' +
          '<p>The NATO chief met the president.</p><figure><figcaption>A second   caption</figcaption></figure><p>More.</p>',
      ),
      'The NATO chief met the president.\n\nMore.\n\nMark Rutte arrives. Photo: AP\nA second caption',
    )
    assert.equal(
      htmlToText('<figure><figcaption>Only a caption</figcaption></figure>'),
      'Only a caption',
    )
  })
})
