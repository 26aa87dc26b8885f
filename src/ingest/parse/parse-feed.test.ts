import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import fc from 'fast-check'
import iconv from 'iconv-lite'

import type { DocumentItem } from './feed-document.js'
import {
  isNotAFeedError,
  parseFeed,
  parseFeedDocument,
  ParseFeedError,
  type ParseFeedInput,
  toParseOutput,
} from './parse-feed.js'

const rssOf = (items: string, channel = '<title>T</title>'): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`

function firstItem(input: ParseFeedInput): DocumentItem {
  const item = parseFeedDocument(input).items[0]
  assert.ok(item, 'the feed has an item')
  return item
}

function reasonOf(input: ParseFeedInput): { code: string; reason: string; message: string } {
  try {
    parseFeedDocument(input)
  } catch (error) {
    assert.ok(error instanceof ParseFeedError)
    return { code: error.code, reason: error.reason, message: error.message }
  }
  assert.fail('expected a ParseFeedError')
}

const emptyItem: DocumentItem = {
  id: null,
  title: null,
  link: null,
  published: null,
  updated: null,
  authors: [],
  summary: null,
  content: null,
  categories: [],
  enclosures: [],
  image: null,
  summaryBaseUrl: null,
  contentBaseUrl: null,
}

describe('parseFeedDocument: format detection from content', () => {
  const bodies = {
    rss: rssOf('<item><title>a</title></item>'),
    rdf: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://example.com/"><title>T</title><link>https://example.com/</link></channel><item rdf:about="https://example.com/1"><title>a</title><link>https://example.com/1</link></item></rdf:RDF>`,
    atom: `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>a</title><id>urn:1</id></entry></feed>`,
    json: JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', title: 'a' }],
    }),
  }

  it('detects every format whatever the URL or Content-Type claims', () => {
    const misleading = {
      url: 'https://example.com/feed.xml',
      contentType: 'application/rss+xml; charset=utf-8',
    }
    const formats = Object.fromEntries(
      Object.entries(bodies).map(([name, body]) => [
        name,
        parseFeedDocument({ body: Buffer.from(body), ...misleading }).format,
      ]),
    )
    assert.deepEqual(formats, { rss: 'rss', rdf: 'rdf', atom: 'atom', json: 'json' })
  })

  it('reads RSS 0.91 with its Netscape DOCTYPE and the HTML entities that DTD defines', () => {
    const body = `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Caf&eacute;</title><link>http://example.com/</link>
<item><title>One</title><link>http://example.com/1</link></item></channel></rss>`
    const document = parseFeedDocument({ body: Buffer.from(body, 'latin1') })
    assert.deepEqual(
      { format: document.format, title: document.title, warnings: document.warnings },
      { format: 'rss', title: 'Café', warnings: [] },
    )
  })

  it('reads RSS 0.90 (RDF) documents', () => {
    const body = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
<channel><title>Old</title><link>http://example.com/</link><description>d</description></channel>
<item><title>First</title><link>http://example.com/1</link></item></rdf:RDF>`
    const document = parseFeedDocument({ body })
    assert.deepEqual(
      { format: document.format, title: document.title, items: document.items },
      {
        format: 'rdf',
        title: 'Old',
        items: [
          {
            ...emptyItem,
            title: 'First',
            link: 'http://example.com/1',
            summaryBaseUrl: 'http://example.com/',
            contentBaseUrl: 'http://example.com/',
          },
        ],
      },
    )
  })

  it('reads RSS 1.0 with Dublin Core and the syndication module', () => {
    const body = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="https://example.com/"><title>R</title><link>https://example.com/</link>
<description>About R</description><dc:language>de</dc:language>
<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency></channel>
<item rdf:about="https://example.com/1"><title>One</title><link>https://example.com/1</link>
<description>Short</description><content:encoded><![CDATA[<p>Long</p>]]></content:encoded>
<dc:date>2024-05-06T07:08:09+02:00</dc:date><dc:creator>Ann</dc:creator><dc:subject>Science</dc:subject></item>
</rdf:RDF>`
    const document = parseFeedDocument({ body })
    assert.deepEqual(
      { ...document, items: document.items.map((item) => ({ ...item })) },
      {
        format: 'rdf',
        title: 'R',
        link: 'https://example.com/',
        description: 'About R',
        language: 'de',
        warnings: [],
        hints: { ttlMinutes: null, updatePeriodMinutes: 360 },
        items: [
          {
            ...emptyItem,
            title: 'One',
            link: 'https://example.com/1',
            published: new Date('2024-05-06T05:08:09Z'),
            updated: new Date('2024-05-06T05:08:09Z'),
            authors: ['Ann'],
            summary: 'Short',
            content: '<p>Long</p>',
            categories: ['Science'],
            summaryBaseUrl: 'https://example.com/',
            contentBaseUrl: 'https://example.com/',
          },
        ],
      },
    )
  })

  it('reads Atom 0.3 (issued, modified, tagline)', () => {
    const body = `<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="en">
<title>Old Atom</title><tagline>Still around</tagline><link rel="alternate" type="text/html" href="http://example.org/"/>
<entry><title>E</title><link rel="alternate" type="text/html" href="http://example.org/e"/><id>tag:example.org,2003:e</id>
<issued>2003-12-13T08:29:29-04:00</issued><modified>2003-12-13T18:30:02Z</modified>
<author><name>Mark</name></author><summary>Sum</summary>
<content type="text/html" mode="escaped">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>`
    const document = parseFeedDocument({ body })
    assert.deepEqual(
      {
        format: document.format,
        title: document.title,
        description: document.description,
        language: document.language,
        link: document.link,
        items: document.items,
      },
      {
        format: 'atom',
        title: 'Old Atom',
        description: 'Still around',
        language: 'en',
        link: 'http://example.org/',
        items: [
          {
            ...emptyItem,
            id: 'tag:example.org,2003:e',
            title: 'E',
            link: 'http://example.org/e',
            published: new Date('2003-12-13T12:29:29Z'),
            updated: new Date('2003-12-13T18:30:02Z'),
            authors: ['Mark'],
            summary: 'Sum',
            content: '<p>Body</p>',
            summaryBaseUrl: 'http://example.org/',
            contentBaseUrl: 'http://example.org/',
          },
        ],
      },
    )
  })

  it('reads JSON Feed 1.1 authors and JSON Feed 1.0 author, inheriting the feed author', () => {
    const v11 = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      home_page_url: 'https://example.com/',
      language: 'en',
      authors: [{ name: 'Feed Author' }],
      items: [
        {
          id: 1,
          url: '/posts/1',
          title: 'One',
          summary: 'a < b',
          content_html: '<p>Hi</p>',
          date_published: '2024-01-02T03:04:05Z',
          date_modified: '2024-01-03T03:04:05Z',
          authors: [{ name: 'Ann' }, { name: 'Bob' }],
          tags: ['x', 'y'],
          image: '/img.png',
          attachments: [{ url: '/a.mp3', mime_type: 'audio/mpeg', size_in_bytes: 42 }],
        },
        { id: '2', url: 'https://example.com/2', content_text: 'plain\ntext' },
      ],
    }
    const v10 = {
      version: 'https://jsonfeed.org/version/1',
      title: 'J',
      author: { name: 'Old Style' },
      items: [
        { id: 'a', url: 'https://example.com/a', author: { name: 'Item Author' } },
        { id: 'b' },
      ],
    }
    const document = parseFeedDocument({ body: JSON.stringify(v11) })
    assert.deepEqual(document.items, [
      {
        ...emptyItem,
        id: '1',
        title: 'One',
        link: 'https://example.com/posts/1',
        published: new Date('2024-01-02T03:04:05Z'),
        updated: new Date('2024-01-03T03:04:05Z'),
        authors: ['Ann', 'Bob'],
        summary: 'a &lt; b',
        content: '<p>Hi</p>',
        categories: ['x', 'y'],
        enclosures: [{ url: 'https://example.com/a.mp3', type: 'audio/mpeg', length: 42 }],
        image: 'https://example.com/img.png',
        summaryBaseUrl: 'https://example.com/',
        contentBaseUrl: 'https://example.com/',
      },
      {
        ...emptyItem,
        id: '2',
        link: 'https://example.com/2',
        authors: ['Feed Author'],
        content: 'plain<br>text',
        summaryBaseUrl: 'https://example.com/',
        contentBaseUrl: 'https://example.com/',
      },
    ])
    assert.deepEqual(
      parseFeedDocument({ body: JSON.stringify(v10) }).items.map((item) => item.authors),
      [['Item Author'], ['Old Style']],
    )
  })
})

describe('parseFeedDocument: encodings', () => {
  const latin1Feed = (declaration: string): Buffer =>
    Buffer.concat([
      Buffer.from(`<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>`),
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x93, 0x71, 0x94]), // Café € “q” in cp1252
      Buffer.from('</title></channel></rss>'),
    ])

  it('honours a UTF-8 byte-order mark', () => {
    const body = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(rssOf('', '<title>Café</title>')),
    ])
    assert.equal(
      parseFeedDocument({ body, contentType: 'text/xml; charset=iso-8859-1' }).title,
      'Café',
    )
  })

  it('honours a UTF-16 byte-order mark', () => {
    const body = iconv.encode(rssOf('', '<title>Ünïcödé</title>'), 'utf-16le', { addBOM: true })
    assert.equal(parseFeedDocument({ body }).title, 'Ünïcödé')
  })

  it('decodes the charset of the XML declaration (ISO-8859-1 read as windows-1252)', () => {
    const document = parseFeedDocument({ body: latin1Feed(' encoding="ISO-8859-1"') })
    assert.deepEqual(
      { title: document.title, warnings: document.warnings },
      { title: 'Café € “q”', warnings: [] },
    )
  })

  it('decodes windows-1252 declared in the XML declaration', () => {
    assert.equal(
      parseFeedDocument({ body: latin1Feed(' encoding="windows-1252"') }).title,
      'Café € “q”',
    )
  })

  it('lets the HTTP charset override the XML declaration', () => {
    const body = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>'),
      iconv.encode('Привет', 'windows-1251'),
      Buffer.from('</title></channel></rss>'),
    ])
    assert.equal(
      parseFeedDocument({ body, contentType: 'application/rss+xml; charset="windows-1251"' }).title,
      'Привет',
    )
  })

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8, with a warning', () => {
    const document = parseFeedDocument({ body: latin1Feed('') })
    assert.deepEqual(
      { title: document.title, warnings: document.warnings },
      {
        title: 'Café € “q”',
        warnings: [
          'encoding: body is not valid UTF-8 and no usable charset; decoded as windows-1252',
        ],
      },
    )
  })

  it('trusts valid UTF-8 over a legacy charset declared in the prolog', () => {
    const body = Buffer.from(
      '<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>Euro €</title></channel></rss>',
    )
    assert.deepEqual(
      { title: parseFeedDocument({ body }).title, warnings: parseFeedDocument({ body }).warnings },
      {
        title: 'Euro €',
        warnings: [
          'encoding: XML declaration says windows-1252 but the body is valid UTF-8; decoded as UTF-8',
        ],
      },
    )
  })
})

describe('parseFeedDocument: text, entities and URLs', () => {
  it('decodes HTML entities XML does not define, and CDATA', () => {
    const body = rssOf(
      `<item><title>Caf&eacute;&nbsp;&amp;&#160;Bar &copy; 2024</title>
       <description><![CDATA[<p>Tom & Jerry &lt;3</p>]]></description></item>`,
      '<title>A &amp; B</title>',
    )
    const document = parseFeedDocument({ body })
    assert.deepEqual(
      {
        title: document.title,
        itemTitle: document.items[0]?.title,
        summary: document.items[0]?.summary,
        warnings: document.warnings,
      },
      {
        title: 'A & B',
        itemTitle: 'Café & Bar © 2024',
        summary: '<p>Tom & Jerry &lt;3</p>',
        warnings: ['xml: decoded HTML entities that XML does not define: &eacute;, &nbsp;, &copy;'],
      },
    )
  })

  it('makes titles plain text: tags stripped, entities decoded, whitespace collapsed', () => {
    const item = firstItem({
      body: rssOf(`<item><title>  &lt;b&gt;Big&lt;/b&gt;
        news &amp;amp; more </title></item>`),
    })
    assert.equal(item.title, 'Big news & more')
  })

  it('keeps Atom type="text" titles as written', () => {
    const body = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title type="text">Use &lt;b&gt; for bold</title></entry></feed>`
    assert.equal(firstItem({ body }).title, 'Use <b> for bold')
  })

  it('resolves relative URLs against the xml:base chain', () => {
    const body = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.com/blog/">
<link href="./"/>
<entry xml:base="posts/"><id>1</id><link href="one.html"/>
<link rel="enclosure" href="../media/a.mp3" type="audio/mpeg" length="9"/>
<content type="html" xml:base="https://cdn.example.net/x/">&lt;img src="i.png"&gt;</content></entry></feed>`
    const document = parseFeedDocument({ body, url: 'https://other.example/feed.atom' })
    const item = document.items[0]
    assert.deepEqual(
      {
        link: document.link,
        itemLink: item?.link,
        enclosures: item?.enclosures,
        contentBaseUrl: item?.contentBaseUrl,
      },
      {
        link: 'https://example.com/blog/',
        itemLink: 'https://example.com/blog/posts/one.html',
        enclosures: [
          { url: 'https://example.com/blog/media/a.mp3', type: 'audio/mpeg', length: 9 },
        ],
        contentBaseUrl: 'https://cdn.example.net/x/',
      },
    )
    assert.equal(
      parseFeed({ body, url: 'https://other.example/feed.atom' }).items[0]?.content,
      '<img src="https://cdn.example.net/x/i.png" />',
    )
  })

  it('resolves relative URLs against the feed link, then the fetch URL', () => {
    const withLink = rssOf('<item><link>news/1</link></item>', '<link>/site/</link>')
    const withoutLink = rssOf('<item><link>news/1</link></item>')
    const url = 'https://example.com/feeds/rss.xml'
    assert.deepEqual(
      [firstItem({ body: withLink, url }).link, firstItem({ body: withoutLink, url }).link],
      ['https://example.com/site/news/1', 'https://example.com/feeds/news/1'],
    )
  })

  it('drops links that are not http(s)', () => {
    const body = rssOf('<item><title>x</title><link>javascript:alert(1)</link></item>')
    assert.equal(firstItem({ body, url: 'https://example.com/' }).link, null)
  })
})

describe('parseFeedDocument: item fields', () => {
  it('reads guid, dates, authors, categories, enclosures and media images', () => {
    const body = `<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"
  xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>T</title><link>https://example.com/</link>
<item><title>A</title><link>https://example.com/a</link><guid isPermaLink="false"> urn:a </guid>
<pubDate>Tue, 02 Jan 24 10:00 EST</pubDate><author>ann@example.com (Ann)</author><dc:creator>Bob</dc:creator>
<category>World</category><dc:subject>Politics</dc:subject><atom:category term="econ" label="Economy"/>
<description>short</description><content:encoded><![CDATA[<p>long</p>]]></content:encoded>
<enclosure url="https://example.com/a.mp3" type="audio/mpeg" length="1000"/>
<media:group><media:content url="https://example.com/s.jpg" medium="image" width="100"/>
<media:content url="https://example.com/l.jpg" medium="image" width="900"/></media:group>
<media:thumbnail url="https://example.com/t.jpg"/></item>
<item><guid>https://example.com/b</guid><title>B</title><enclosure url="https://example.com/b.png" type="image/png" length="0"/></item>
</channel></rss>`
    const base = { summaryBaseUrl: 'https://example.com/', contentBaseUrl: 'https://example.com/' }
    assert.deepEqual(parseFeedDocument({ body }).items, [
      {
        id: 'urn:a',
        title: 'A',
        link: 'https://example.com/a',
        published: new Date('2024-01-02T15:00:00Z'),
        updated: null,
        authors: ['Ann', 'Bob'],
        summary: 'short',
        content: '<p>long</p>',
        categories: ['World', 'Politics', 'Economy'],
        enclosures: [{ url: 'https://example.com/a.mp3', type: 'audio/mpeg', length: 1000 }],
        image: 'https://example.com/l.jpg',
        ...base,
      },
      {
        ...emptyItem,
        id: 'https://example.com/b',
        title: 'B',
        link: 'https://example.com/b',
        enclosures: [{ url: 'https://example.com/b.png', type: 'image/png', length: 0 }],
        image: 'https://example.com/b.png',
        ...base,
      },
    ])
  })

  it('reads itunes:image as the item image', () => {
    const body = `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>P</title>
<item><title>Ep</title><itunes:image href="https://example.com/ep.jpg"/></item></channel></rss>`
    assert.equal(firstItem({ body }).image, 'https://example.com/ep.jpg')
  })

  it('reads Atom authors, categories (label over term) and inherits the feed author', () => {
    const body = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><author><name>Desk</name></author>
<entry><id>1</id><title>a</title><author><name>Ann</name></author><author><email>bob@example.com</email></author>
<category term="sci" label="Science"/><category term="tech"/></entry>
<entry><id>2</id><title>b</title></entry></feed>`
    assert.deepEqual(
      parseFeedDocument({ body }).items.map((item) => [item.authors, item.categories]),
      [
        [
          ['Ann', 'bob@example.com'],
          ['Science', 'tech'],
        ],
        [['Desk'], []],
      ],
    )
  })

  it('reads scheduling hints from ttl and the syndication module', () => {
    const body = `<rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>T</title>
<ttl>45</ttl><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency></channel></rss>`
    assert.deepEqual(parseFeedDocument({ body }).hints, { ttlMinutes: 45, updatePeriodMinutes: 15 })
  })
})

describe('parseFeedDocument: malformed and non-feed input', () => {
  it('recovers stray ampersands with a warning', () => {
    const document = parseFeedDocument({
      body: rssOf(
        '<item><title>Fish & Chips</title><link>https://example.com/?a=1&b=2</link></item>',
      ),
    })
    assert.deepEqual(
      {
        title: document.items[0]?.title,
        link: document.items[0]?.link,
        warnings: document.warnings,
      },
      {
        title: 'Fish & Chips',
        link: 'https://example.com/?a=1&b=2',
        warnings: ['xml: 2 unescaped "&" read as text'],
      },
    )
  })

  it('recovers mismatched and unclosed tags without losing items, with a warning', () => {
    const body = rssOf(
      '<item><title>A</title><foo></item><item><title>B</title></p></item><item><title>C</title></item>',
    )
    const document = parseFeedDocument({ body })
    assert.deepEqual(
      { titles: document.items.map((item) => item.title), warnings: document.warnings },
      {
        titles: ['A', 'B', 'C'],
        warnings: [
          "xml: recovered from malformed XML at line 1: Expected closing tag 'foo' (opened in line 1, col 88) instead of closing tag 'item'.",
        ],
      },
    )
  })

  it('recovers a truncated document', () => {
    const body =
      '<rss version="2.0"><channel><title>T</title><item><title>A</title></item><item><title>B</tit'
    const document = parseFeedDocument({ body })
    assert.deepEqual(
      {
        titles: document.items.map((item) => item.title),
        warningCount: document.warnings.length,
        warning: document.warnings[0]?.startsWith('xml: recovered from malformed XML'),
      },
      { titles: ['A', 'B'], warningCount: 1, warning: true },
    )
  })

  it('skips junk before the XML with a warning', () => {
    const junk = '<br />\n<b>Warning</b>: something in /var/www/feed.php on line 3<br />\n'
    const document = parseFeedDocument({ body: junk + rssOf('<item><title>A</title></item>') })
    assert.deepEqual(
      { titles: document.items.map((item) => item.title), warnings: document.warnings },
      {
        titles: ['A'],
        warnings: [`xml: skipped ${junk.length} characters of text before the document`],
      },
    )
  })

  it('says an HTML page is not a feed', () => {
    const page = '<!DOCTYPE html><html><head><title>Home</title></head><body>hi</body></html>'
    assert.deepEqual(reasonOf({ body: page, url: 'https://example.com/feed.xml' }), {
      code: 'parse-error',
      reason: 'not-a-feed',
      message: 'parse: the document is an HTML page, not a feed',
    })
    assert.equal(
      isNotAFeedError(
        (() => {
          try {
            return parseFeed({ body: '<html><body>x</body></html>' })
          } catch (error) {
            return error
          }
        })(),
      ),
      true,
    )
  })

  it('says other XML and plain JSON are not feeds', () => {
    assert.deepEqual(
      [
        reasonOf({ body: '<note><to>x</to></note>' }).reason,
        reasonOf({ body: '{"name":"not a feed"}' }).reason,
      ],
      ['not-a-feed', 'not-a-feed'],
    )
  })

  it('rejects empty, binary and non-XML bodies as parse errors', () => {
    const binary = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3,
    ])
    assert.deepEqual(
      [
        reasonOf({ body: Buffer.alloc(0) }),
        reasonOf({ body: '   \n' }),
        reasonOf({ body: binary }),
        reasonOf({ body: 'just some words' }),
        reasonOf({ body: '{"items": [' }).reason,
      ],
      [
        { code: 'parse-error', reason: 'parse-error', message: 'parse: the document is empty' },
        { code: 'parse-error', reason: 'parse-error', message: 'parse: the document is empty' },
        {
          code: 'parse-error',
          reason: 'parse-error',
          message: 'parse: the document is binary, not a feed',
        },
        {
          code: 'parse-error',
          reason: 'parse-error',
          message: 'parse: the document is neither XML nor JSON',
        },
        'parse-error',
      ],
    )
  })

  it('returns an empty feed with a warning for a feed with nothing in it', () => {
    const document = parseFeedDocument({ body: '<rss version="2.0"><channel></channel></rss>' })
    assert.deepEqual(
      { format: document.format, items: document.items, warnings: document.warnings },
      {
        format: 'rss',
        items: [],
        warnings: ['feed: the document has no title, link or items'],
      },
    )
  })
})

describe('parseFeedDocument: robustness', () => {
  const sample = `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>T &amp; t</title><link>https://example.com/</link><item><title>A</title><link>/a</link>
<pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>x</p>]]></description>
<media:content url="/i.jpg" medium="image"/></item></channel></rss>`

  it('returns a document or throws ParseFeedError, whatever the input', () => {
    const mutated = fc
      .tuple(
        fc.nat({ max: sample.length }),
        fc.nat({ max: 40 }),
        fc.constantFrom('', '<', '&', '>', '</item>', '<![CDATA[', '&nbsp;', '\u0000', '"'),
      )
      .map(([at, cut, insert]) => sample.slice(0, at) + insert + sample.slice(at + cut))
    const truncated = fc.nat({ max: sample.length }).map((length) => sample.slice(0, length))
    fc.assert(
      fc.property(fc.oneof(mutated, truncated, fc.string()), (body) => {
        try {
          const document = parseFeedDocument({ body, url: 'https://example.com/feed' })
          return Array.isArray(document.items) && Array.isArray(document.warnings)
        } catch (error) {
          return error instanceof ParseFeedError
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('parseFeed', () => {
  it('sanitises summary and content and resolves their relative URLs', () => {
    const body = rssOf(
      `<item><title>a</title><link>/a</link>
<description><![CDATA[<p onclick="x()">Hi <a href="/more">more</a><script>alert(1)</script></p>]]></description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<script>only()</script>]]></content:encoded></item>`,
      '<title>T</title><link>https://example.com/</link>',
    )
    const item = parseFeed({ body }).items[0]
    assert.deepEqual(
      { summary: item?.summary, content: item?.content, keys: Object.keys(item ?? {}).sort() },
      {
        summary:
          '<p>Hi <a href="https://example.com/more" rel="noopener noreferrer" target="_blank">more</a></p>',
        content: null,
        keys: [
          'authors',
          'categories',
          'content',
          'enclosures',
          'id',
          'image',
          'link',
          'published',
          'summary',
          'title',
          'updated',
        ],
      },
    )
  })
})

describe('toParseOutput', () => {
  it('is the CLI JSON: no hints, dates as ISO strings', () => {
    const body = rssOf(
      '<item><guid>g</guid><title>a</title><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate></item>',
      '<title>T</title><link>https://example.com/</link><language>en</language><ttl>5</ttl>',
    )
    assert.deepEqual(JSON.parse(JSON.stringify(toParseOutput(parseFeed({ body })))), {
      format: 'rss',
      title: 'T',
      link: 'https://example.com/',
      description: null,
      language: 'en',
      warnings: [],
      items: [
        {
          id: 'g',
          title: 'a',
          link: null,
          published: '2024-01-01T10:00:00.000Z',
          updated: null,
          authors: [],
          summary: null,
          content: null,
          categories: [],
          enclosures: [],
          image: null,
        },
      ],
    })
  })
})
