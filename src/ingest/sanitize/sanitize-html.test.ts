import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import fc from 'fast-check'
import { parseHTML } from 'linkedom'

import { IFRAME_EMBEDS } from './allowlist.js'
import { sanitizeHtml } from './sanitize-html.js'

const noBase = { baseUrl: null }
const page = { baseUrl: 'https://news.example/world/2024/story.html' }

/** Classic XSS vectors → exact sanitised output (with no base URL). */
const XSS_VECTORS: readonly (readonly [string, string])[] = [
  ['<script>alert(1)</script>ok', 'ok'],
  ['<img src=x onerror=alert(1)>', '<img src="x" />'],
  ['<a href="jAvAsCrIpT:alert(1)">x</a>', 'x'],
  ['<a href="java&#x09;script:alert(1)">x</a>', 'x'],
  ['<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>', 'x'],
  ['<a href=" &#14; javascript:alert(1)">x</a>', 'x'],
  ['<a href="javascript&colon;alert(1)">x</a>', 'x'],
  ['<a href="vbscript:msgbox(1)">x</a>', 'x'],
  ['<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', 'x'],
  ['<img src="jav&#x0A;ascript:alert(1)">', ''],
  [
    '<img srcset="javascript:alert(1) 1x, https://ok.example/img.png 2x">',
    '<img srcset="https://ok.example/img.png 2x" src="https://ok.example/img.png" />',
  ],
  ['<img srcset="javascript:alert(1) 1x, data:image/png;base64,AAAA 2x">', ''],
  ['<svg onload=alert(1)>', ''],
  ['<svg><script>alert(1)</script></svg>ok', 'ok'],
  ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
  ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>ok', 'ok'],
  ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', ''],
  ['<iframe src="https://evil.example/">fallback</iframe>ok', 'ok'],
  ['<iframe src="javascript:alert(1)"></iframe>', ''],
  ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
  [
    '<form action="https://evil.example"><input name=q><button formaction="javascript:alert(1)">go</button>text</form>',
    '<div>text</div>',
  ],
  ['<style>body{background:url(javascript:alert(1))}</style>ok', 'ok'],
  ['<p style="background:url(javascript:alert(1))">x</p>', '<p>x</p>'],
  ['<base href="https://evil.example/">', ''],
  ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', ''],
  ['<link rel=stylesheet href=//evil.example/x.css>', ''],
  ['<object data="javascript:alert(1)">fallback</object>', ''],
  ['<embed src="javascript:alert(1)">', ''],
  ['<body onload=alert(1)>ok</body>', 'ok'],
  ['<div onmouseover="alert(1)">x</div>', '<div>x</div>'],
  [
    '<video><source onerror="alert(1)" src=x></video>',
    '<video controls><source src="x" /></video>',
  ],
  ['<!--<img src="--><img src=x onerror=alert(1)//">', '<img src="x" />'],
  [
    '<table><tr><td background="javascript:alert(1)">x</td></tr></table>',
    '<table><tr><td>x</td></tr></table>',
  ],
  ['<textarea><script>alert(1)</script></textarea>', ''],
  ['<xmp><img src=x onerror=alert(1)></xmp>', ''],
  ['<template><script>alert(1)</script></template>', ''],
  [
    '<img src="x" alt="&quot; onerror=&quot;alert(1)">',
    '<img src="x" alt="&quot; onerror=&quot;alert(1)" />',
  ],
  ['<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
  ['<<script>alert(1)//<</script>', '&lt;'],
]

const DANGEROUS_ELEMENTS = new Set([
  'script',
  'style',
  'object',
  'embed',
  'form',
  'input',
  'base',
  'meta',
  'link',
])
const URL_ATTRIBUTE_NAMES = new Set([
  'href',
  'src',
  'poster',
  'cite',
  'action',
  'formaction',
  'data',
  'xlink:href',
])

/** Parses `html` with a real HTML parser (linkedom) and lists every safety violation found. */
function violations(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`)
  const found: string[] = []
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    if (DANGEROUS_ELEMENTS.has(tag)) found.push(`<${tag}>`)
    if (tag === 'iframe' && !isEmbed(element.getAttribute('src'))) {
      found.push('<iframe> from another host')
    }
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on')) found.push(`${tag}[${name}]`)
      if (name === 'style') found.push(`${tag}[style]`)
      if (URL_ATTRIBUTE_NAMES.has(name) && hasBadScheme(value)) {
        found.push(`${tag}[${name}=${value}]`)
      }
      if (name === 'srcset' && value.split(',').some((part) => hasBadScheme(part))) {
        found.push(`${tag}[srcset]`)
      }
    }
  }
  return found
}

function hasBadScheme(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020]/g, '').toLowerCase()
  return /^(javascript|vbscript|data):/.test(cleaned)
}

function isEmbed(src: string | null): boolean {
  if (src === null) return false
  const url = new URL(src)
  return url.protocol === 'https:' && IFRAME_EMBEDS[url.hostname] !== undefined
}

void describe('sanitizeHtml', () => {
  void it('neutralises classic XSS vectors', () => {
    for (const [input, expected] of XSS_VECTORS) {
      const output = sanitizeHtml(input, noBase)
      assert.equal(output, expected, input)
      assert.deepEqual(violations(output), [], input)
    }
  })

  void it('keeps article markup and resolves relative URLs against the base', () => {
    const input = [
      '<h2 class="x" id="y">Title</h2>',
      '<p>Text with <a href="../other.html">a link</a>, <em>stress</em> and <q cite="/q">a quote</q>.</p>',
      '<figure><picture><source srcset="img.webp 1x, /img@2x.webp 2x" type="image/webp">',
      '<img src="img.jpg" alt="A cat" width="640" height="480" loading="lazy"></picture>',
      '<figcaption>Photo: <cite>Agency</cite></figcaption></figure>',
      '<ul><li>one</li></ul><blockquote>said</blockquote><time datetime="2024-05-01">May 1</time>',
    ].join('')
    assert.equal(
      sanitizeHtml(input, page),
      [
        '<h2>Title</h2>',
        '<p>Text with <a href="https://news.example/world/other.html" rel="noopener noreferrer" target="_blank">a link</a>,',
        ' <em>stress</em> and <q cite="https://news.example/q">a quote</q>.</p>',
        '<figure><picture><source srcset="https://news.example/world/2024/img.webp 1x, https://news.example/img@2x.webp 2x" type="image/webp" />',
        '<img src="https://news.example/world/2024/img.jpg" alt="A cat" width="640" height="480" /></picture>',
        '<figcaption>Photo: <cite>Agency</cite></figcaption></figure>',
        '<ul><li>one</li></ul><blockquote>said</blockquote><time datetime="2024-05-01">May 1</time>',
      ].join(''),
    )
  })

  void it('makes protocol-relative URLs https and leaves relative URLs alone without a base', () => {
    assert.equal(
      sanitizeHtml('<img src="//cdn.example/a.png"><a href="/about">about</a>', noBase),
      '<img src="https://cdn.example/a.png" /><a href="/about" rel="noopener noreferrer" target="_blank">about</a>',
    )
  })

  void it('keeps known video players in a sandbox and drops other iframes', () => {
    const input =
      '<iframe src="http://www.youtube.com/embed/abc?rel=0" width="560" onload="x()"></iframe>' +
      '<iframe src="https://www.youtube.com/watch?v=abc"></iframe><iframe src="https://ads.example/"></iframe>'
    assert.equal(
      sanitizeHtml(input, noBase),
      '<iframe src="https://www.youtube.com/embed/abc?rel=0" width="560"' +
        ' sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation"' +
        ' allow="fullscreen; picture-in-picture; encrypted-media" allowfullscreen' +
        ' referrerpolicy="strict-origin-when-cross-origin" loading="lazy"></iframe>',
    )
  })

  void it('promotes lazy-loaded images and drops tracking pixels and images without a source', () => {
    const input =
      '<img src="data:image/gif;base64,R0lGOD" data-src="/photo.jpg" alt="">' +
      '<img src="https://t.example/p.gif" width="1" height="1"><img alt="nothing">'
    assert.equal(sanitizeHtml(input, page), '<img src="https://news.example/photo.jpg" alt="" />')
    assert.equal(
      sanitizeHtml(
        '<img srcset="a.jpg 1x, b.jpg 2x"><iframe data-src="https://player.vimeo.com/video/1"></iframe>',
        page,
      ),
      '<img srcset="https://news.example/world/2024/a.jpg 1x, https://news.example/world/2024/b.jpg 2x"' +
        ' src="https://news.example/world/2024/a.jpg" />' +
        '<iframe src="https://player.vimeo.com/video/1" sandbox="allow-scripts allow-same-origin allow-popups' +
        ' allow-popups-to-escape-sandbox allow-presentation" allow="fullscreen; picture-in-picture; encrypted-media"' +
        ' allowfullscreen referrerpolicy="strict-origin-when-cross-origin" loading="lazy"></iframe>',
    )
  })

  void it('keeps mailto and tel links, drops other schemes', () => {
    assert.equal(
      sanitizeHtml(
        '<a href="mailto:desk@news.example">mail</a> <a href="ftp://x/y">ftp</a>',
        noBase,
      ),
      '<a href="mailto:desk@news.example" rel="noopener noreferrer" target="_blank">mail</a> ftp',
    )
  })

  void it('is stable on its own output', () => {
    for (const [input] of XSS_VECTORS) {
      const once = sanitizeHtml(input, page)
      assert.equal(sanitizeHtml(once, page), once, input)
    }
  })
})

void describe('sanitizeHtml properties', () => {
  const tags = [
    ...[
      'p',
      'div',
      'span',
      'a',
      'img',
      'iframe',
      'video',
      'source',
      'picture',
      'table',
      'td',
      'li',
    ],
    ...[
      'script',
      'style',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'svg',
    ],
    ...[
      'math',
      'mglyph',
      'mtext',
      'noscript',
      'template',
      'title',
      'base',
      'meta',
      'link',
      'xmp',
      'body',
    ],
  ]
  const attributes = [
    ...[
      'href',
      'src',
      'srcset',
      'poster',
      'cite',
      'action',
      'formaction',
      'data',
      'xlink:href',
      'style',
    ],
    ...[
      'onclick',
      'onerror',
      'onload',
      'ONMOUSEOVER',
      'class',
      'id',
      'width',
      'height',
      'alt',
      'title',
    ],
  ]
  const urls = [
    ...[
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
    ],
    ...[
      'java&#x09;script:x',
      '&#106;avascript:x',
      'javascript&colon;x',
      '\u0001javascript:x',
      'vbscript:x',
    ],
    ...[
      'data:text/html,<script>x</script>',
      'DATA:image/png;base64,AA',
      'https://ok.example/a b',
      '/rel',
    ],
    ...[
      'rel/path?x=1&y=2',
      '//cdn.example/x',
      '\\\\evil.example',
      'https://www.youtube.com/embed/x',
    ],
    ...['https://evil.example/embed/x', 'mailto:a@b.example', 'x.png 1x, javascript:y 2x', ''],
  ]
  const text = fc.constantFrom(
    'hello',
    '<',
    '>',
    '&',
    '&amp;',
    '"',
    "'",
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    ' ',
    '\n',
  )
  const attribute = fc
    .tuple(fc.constantFrom(...attributes), fc.constantFrom(...urls), fc.constantFrom('"', "'", ''))
    .map(([name, value, quote]) =>
      quote === '' ? `${name}=${value.replace(/\s/g, '')}` : `${name}=${quote}${value}${quote}`,
    )
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc
        .tuple(
          fc.constantFrom(...tags),
          fc.array(attribute, { maxLength: 3 }),
          fc.array(tie('node'), { maxLength: 3 }),
          fc.boolean(),
        )
        .map(
          ([tag, attrs, children, close]) =>
            `<${[tag, ...attrs].join(' ')}>${children.join('')}${close ? `</${tag}>` : ''}`,
        ),
    ),
  }))
  const html = fc.array(node, { maxLength: 5 }).map((parts) => parts.join(''))
  const params = { seed: 20240501, numRuns: 300 }

  void it('never lets dangerous elements, handlers, styles or schemes through', () => {
    fc.assert(
      fc.property(html, (input) => {
        assert.deepEqual(violations(sanitizeHtml(input, noBase)), [])
        assert.deepEqual(violations(sanitizeHtml(input, page)), [])
      }),
      params,
    )
  })

  void it('is idempotent', () => {
    fc.assert(
      fc.property(html, (input) => {
        const once = sanitizeHtml(input, page)
        assert.equal(sanitizeHtml(once, page), once)
      }),
      params,
    )
  })
})
