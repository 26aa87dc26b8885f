/**
 * Deterministic benchmark corpus: N feeds × 50 items, two thirds RSS 2.0 and one third Atom, 180–420
 * words an item (about 130 KB a feed), with groups of items from different feeds reporting the same
 * events (shared names, places and vocabulary), so clustering has real work to do.
 */

/** mulberry32: a small seeded PRNG, so every run generates the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES =
  'ka lo mi ter an sel por vin da re cor ul mes bra ti nor gal fen ost ur plim dras ve cho lin sa tor mu rel qua ben'.split(
    ' ',
  )
const FUNCTION_WORDS =
  'the of and to in a that for on with as was by at from is it has said will after over about more than new its their his her which who also'.split(
    ' ',
  )

function makeWord(random: () => number, minSyllables = 1, maxSyllables = 3): string {
  const count = minSyllables + Math.floor(random() * (maxSyllables - minSyllables + 1))
  let word = ''
  for (let i = 0; i < count; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
  return word
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

export interface BenchItem {
  guid: string
  title: string
  link: string
  published: Date
  author: string
  html: string
  event: number | null
}

export interface BenchFeed {
  index: number
  format: 'rss' | 'atom'
  host: string
  path: string
  title: string
  items: BenchItem[]
}

export interface BenchEvent {
  names: string[]
  place: string
  keywords: string[]
  at: number
}

export interface CorpusOptions {
  feeds: number
  itemsPerFeed?: number
  now: Date
  seed?: number
}

export function generateCorpus(options: CorpusOptions): {
  feeds: BenchFeed[]
  events: BenchEvent[]
} {
  const random = prng(options.seed ?? 42)
  const itemsPerFeed = options.itemsPerFeed ?? 50
  const vocabulary = Array.from({ length: 4000 }, () => makeWord(random))
  const eventCount = Math.max(10, Math.round((options.feeds * itemsPerFeed) / 12))
  const events: BenchEvent[] = Array.from({ length: eventCount }, () => ({
    names: Array.from(
      { length: 3 },
      () => `${capital(makeWord(random, 2, 2))} ${capital(makeWord(random, 2, 3))}`,
    ),
    place: capital(makeWord(random, 2, 3)),
    keywords: Array.from(
      { length: 12 },
      () => vocabulary[Math.floor(random() * vocabulary.length)]!,
    ),
    at: options.now.getTime() - random() * 72 * 3600_000,
  }))
  const feeds: BenchFeed[] = []
  for (let f = 0; f < options.feeds; f++) {
    const host = `outlet-${f}.bench.test`
    const items: BenchItem[] = []
    for (let i = 0; i < itemsPerFeed; i++) {
      const event = random() < 0.3 ? Math.floor(random() * events.length) : null
      items.push(
        makeItem(
          random,
          vocabulary,
          event === null ? null : events[event]!,
          event,
          host,
          f,
          i,
          options.now,
        ),
      )
    }
    feeds.push({
      index: f,
      format: f % 3 === 2 ? 'atom' : 'rss',
      host,
      path: f % 3 === 2 ? '/atom.xml' : '/rss.xml',
      title: `${capital(makeWord(random, 2, 3))} ${['Herald', 'Times', 'Courier', 'Post', 'Gazette'][f % 5]}`,
      items,
    })
  }
  return { feeds, events }
}

function makeItem(
  random: () => number,
  vocabulary: string[],
  event: BenchEvent | null,
  eventIndex: number | null,
  host: string,
  feed: number,
  item: number,
  now: Date,
): BenchItem {
  const words = 180 + Math.floor(random() * 241)
  const pick = () => {
    if (event && random() < 0.18) {
      const r = random()
      if (r < 0.25) return event.names[Math.floor(random() * event.names.length)]!
      if (r < 0.35) return event.place
      return event.keywords[Math.floor(random() * event.keywords.length)]!
    }
    return random() < 0.45
      ? FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)]!
      : vocabulary[Math.floor(random() * vocabulary.length)]!
  }
  const paragraphs: string[] = []
  let written = 0
  while (written < words) {
    const length = Math.min(words - written, 40 + Math.floor(random() * 40))
    const sentence = Array.from({ length }, pick)
    sentence[0] = capital(sentence[0]!)
    paragraphs.push(`<p>${sentence.join(' ')}.</p>`)
    written += length
  }
  const titleWords = event
    ? [event.names[0]!.split(' ')[1]!, pick(), event.keywords[0]!, 'in', event.place, pick()]
    : Array.from({ length: 7 }, pick)
  const published = event
    ? event.at + random() * 6 * 3600_000
    : now.getTime() - random() * 72 * 3600_000
  return {
    guid: `https://${host}/news/${feed}-${item}`,
    title: capital(titleWords.join(' ')),
    link: `https://${host}/news/${feed}-${item}?utm_source=rss`,
    published: new Date(Math.min(published, now.getTime())),
    author: `${capital(makeWord(random, 2, 2))} ${capital(makeWord(random, 2, 3))}`,
    html: paragraphs.join(''),
    event: eventIndex,
  }
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** The feed document; `version` > 0 adds that many rounds of new items at the top (a changed feed). */
export function renderBenchFeed(feed: BenchFeed, version = 0): string {
  const items =
    version > 0
      ? [...extraItems(feed, version), ...feed.items.slice(0, feed.items.length - 5 * version)]
      : feed.items
  if (feed.format === 'atom') {
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(feed.title)}</title><id>https://${feed.host}/</id>
<link href="https://${feed.host}/"/><updated>${items[0]!.published.toISOString()}</updated>
${items
  .map(
    (i) =>
      `<entry><title>${escapeXml(i.title)}</title><id>${i.guid}</id><link href="${escapeXml(i.link)}"/><published>${i.published.toISOString()}</published><updated>${i.published.toISOString()}</updated><author><name>${i.author}</name></author><content type="html">${escapeXml(i.html)}</content></entry>`,
  )
  .join('\n')}
</feed>`
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>${escapeXml(feed.title)}</title><link>https://${feed.host}/</link><description>Bench feed ${feed.index}</description><language>en</language>
${items
  .map(
    (i) =>
      `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(i.link)}</link><guid isPermaLink="true">${i.guid}</guid><pubDate>${i.published.toUTCString()}</pubDate><dc:creator>${i.author}</dc:creator><description>${escapeXml(i.html.slice(0, 300))}</description><content:encoded><![CDATA[${i.html}]]></content:encoded></item>`,
  )
  .join('\n')}
</channel></rss>`
}

function extraItems(feed: BenchFeed, version: number): BenchItem[] {
  const out: BenchItem[] = []
  for (let v = 1; v <= version; v++) {
    for (let k = 0; k < 5; k++) {
      const base = feed.items[(k * 7 + v) % feed.items.length]!
      out.push({
        ...base,
        guid: `${base.guid}-v${v}-${k}`,
        link: `${base.link}&v=${v}-${k}`,
        title: `${base.title} (update ${v}.${k})`,
      })
    }
  }
  return out
}
