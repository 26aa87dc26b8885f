/**
 * @module demo-opml
 * An OPML 2.0 subscription list of every demo feed, in folders by topic or by country, so the
 * demo can be seeded through the product's ordinary OPML import.
 *
 * @example
 * const opml = renderDemoOpml(server.origin)
 */
import type { DemoFeed, FeedTopic } from './demo-corpus.js'
import { demoCorpus } from './demo-corpus.js'
import { escapeXml } from './escape-markup.js'

export interface DemoOpmlOptions {
  /** Folder per topic (default) or per publisher country. */
  readonly groupBy?: 'topic' | 'country'
  /** Feeds to list; every demo feed by default. */
  readonly feeds?: readonly DemoFeed[]
}

const TOPIC_FOLDERS: Readonly<Record<FeedTopic, string>> = {
  world: 'World & Europe',
  politics: 'US politics',
  business: 'Business & markets',
  'tech-science': 'Technology & science',
  sport: 'Sport',
  wire: 'Wire services',
}

const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  AU: 'Australia',
  BE: 'Belgium',
  CA: 'Canada',
  CH: 'Switzerland',
  DE: 'Germany',
  FR: 'France',
  GB: 'United Kingdom',
  IE: 'Ireland',
  IN: 'India',
  JP: 'Japan',
  NL: 'Netherlands',
  PL: 'Poland',
  US: 'United States',
}

function outline(feed: DemoFeed, base: string): string {
  return `<outline type="rss" text="${escapeXml(feed.title)}" title="${escapeXml(feed.title)}" xmlUrl="${escapeXml(base + feed.path)}" htmlUrl="${escapeXml(`${base}/${feed.publisherSlug}/`)}" language="${escapeXml(feed.language)}" category="${escapeXml(`/${feed.topic},/${feed.publisher.country}`)}" description="${escapeXml(feed.description)}"/>`
}

/** Renders the OPML document with feed URLs under `origin`. */
export function renderDemoOpml(origin: string, options: DemoOpmlOptions = {}): string {
  const base = origin.replace(/\/+$/, '')
  const feeds = options.feeds ?? demoCorpus.feeds
  const folderOf = (f: DemoFeed): string =>
    options.groupBy === 'country'
      ? (COUNTRY_NAMES[f.publisher.country] ?? f.publisher.country)
      : TOPIC_FOLDERS[f.topic]
  const folders = new Map<string, DemoFeed[]>()
  for (const feed of feeds) {
    const name = folderOf(feed)
    folders.set(name, [...(folders.get(name) ?? []), feed])
  }
  const body = [...folders.entries()]
    .map(
      ([name, members]) =>
        `<outline text="${escapeXml(name)}" title="${escapeXml(name)}">\n${members.map((f) => `  ${outline(f, base)}`).join('\n')}\n</outline>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
<head>
<title>Broadsheet demo feeds</title>
<ownerName>Broadsheet</ownerName>
<docs>http://opml.org/spec2.opml</docs>
</head>
<body>
${body}
</body>
</opml>
`
}
