/**
 * @module render-article-page
 * The publisher's HTML page for one entry, as a news site would serve it: navigation, a cookie
 * notice, the article in `<article>` with JSON-LD NewsArticle metadata and Open Graph tags, an ad
 * slot, a newsletter box, a "Related" box and a footer. This is what the product's full-text
 * extraction fetches for teaser-only feeds.
 */
import type { DemoEntry, DemoFeed } from './demo-corpus.js'
import { publishedAt, updatedAt } from './demo-corpus.js'
import { escapeXml } from './escape-markup.js'

export interface ArticlePageContext {
  /** The feed the entry came from (its publisher is `feed.publisher`). */
  readonly feed: DemoFeed
  /** Other entries of the publisher to list in the "Related" box. */
  readonly related: readonly DemoEntry[]
  readonly now: Date
  /** Server origin, e.g. `http://127.0.0.1:8123`. */
  readonly baseUrl: string
}

const STYLE = `body{margin:0;font:17px/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fbfaf7}
header.site{border-bottom:1px solid #ddd;padding:12px 24px;display:flex;gap:24px;align-items:center}
header.site a.brand{font:700 24px Georgia,serif;color:inherit;text-decoration:none}
nav ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}nav a{color:#444;text-decoration:none}
.cookie{background:#222;color:#eee;padding:8px 24px;font-size:14px}
main{display:grid;grid-template-columns:minmax(0,68ch) 280px;gap:48px;max-width:1100px;margin:32px auto;padding:0 24px}
article h1{font:700 40px/1.15 Georgia,serif;margin:0 0 12px}.standfirst{font-size:20px;color:#444}
.byline{font-size:14px;color:#666}figure{margin:24px 0}figure img{width:100%;height:auto}
figcaption{font-size:13px;color:#666}.ad{background:#eee;color:#999;text-align:center;padding:24px;font-size:12px}
aside.related h2{font:700 18px Georgia,serif}footer{border-top:1px solid #ddd;padding:24px;font-size:13px;color:#666}`

function jsonLdScript(value: unknown): string {
  // `<` is escaped so that no string in the data can close the script element.
  return `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`
}

/** Splits the body after its second paragraph, where news sites put an inline box. */
function splitBody(bodyHtml: string): [string, string] {
  const parts = bodyHtml.split('\n')
  const cut = Math.min(2, parts.length)
  return [parts.slice(0, cut).join('\n'), parts.slice(cut).join('\n')]
}

/** Renders the full HTML page of `entry`. */
export function renderArticlePage(entry: DemoEntry, context: ArticlePageContext): string {
  const { feed, related, now } = context
  const publisher = feed.publisher
  const base = context.baseUrl.replace(/\/+$/, '')
  const url = `${base}${entry.linkPath}`
  const home = `${base}/${publisher.slug}/`
  const published = publishedAt(entry, now)
  const modified = updatedAt(entry, now)
  const imageUrl = entry.image ? `${base}${entry.image.path}` : undefined
  const lang = entry.language
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: entry.title,
    description: entry.summary,
    datePublished: published.toISOString(),
    dateModified: modified.toISOString(),
    inLanguage: lang,
    articleSection: feed.section,
    keywords: entry.categories.join(', '),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    ...(imageUrl ? { image: [imageUrl] } : {}),
    author: entry.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: publisher.name,
      url: publisher.homepage,
      logo: { '@type': 'ImageObject', url: `${base}${publisher.iconPath}` },
    },
    isAccessibleForFree: true,
  }
  const feedLinks = [
    `<link rel="alternate" type="${feed.format === 'json' ? 'application/feed+json' : feed.format === 'atom' || feed.format === 'atom03' ? 'application/atom+xml' : feed.format === 'rdf' ? 'application/rdf+xml' : 'application/rss+xml'}" title="${escapeXml(feed.title)}" href="${escapeXml(base + feed.path)}">`,
  ]
  const byline =
    entry.authors.length > 0
      ? `By ${entry.authors.map((a) => `<a rel="author" href="${escapeXml(home)}authors/${encodeURIComponent(a.toLowerCase().replace(/\s+/g, '-'))}">${escapeXml(a)}</a>`).join(' and ')}`
      : escapeXml(publisher.name)
  const [bodyStart, bodyRest] = splitBody(entry.bodyHtml)
  const relatedItems = related
    .map((r) => `<li><a href="${escapeXml(base + r.linkPath)}">${escapeXml(r.title)}</a></li>`)
    .join('\n')
  const updatedLine =
    entry.updatedHoursAgo !== undefined
      ? ` · Updated <time datetime="${modified.toISOString()}">${modified.toUTCString()}</time>`
      : ''
  return `<!doctype html>
<html lang="${escapeXml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(entry.title)} | ${escapeXml(publisher.name)}</title>
<meta name="description" content="${escapeXml(entry.summary)}">
<meta name="author" content="${escapeXml(entry.authors.join(', '))}">
<link rel="canonical" href="${escapeXml(url)}">
${feedLinks.join('\n')}
<link rel="icon" href="${escapeXml(base + publisher.iconPath)}" type="image/svg+xml">
<meta property="og:site_name" content="${escapeXml(publisher.name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${escapeXml(entry.title)}">
<meta property="og:description" content="${escapeXml(entry.summary)}">
<meta property="og:url" content="${escapeXml(url)}">
<meta property="og:locale" content="${escapeXml(lang)}">
${imageUrl && entry.image ? `<meta property="og:image" content="${escapeXml(imageUrl)}">\n<meta property="og:image:width" content="${entry.image.width}">\n<meta property="og:image:height" content="${entry.image.height}">\n<meta property="og:image:alt" content="${escapeXml(entry.image.alt)}">\n` : ''}<meta property="article:published_time" content="${published.toISOString()}">
<meta property="article:modified_time" content="${modified.toISOString()}">
<meta property="article:section" content="${escapeXml(feed.section)}">
${entry.categories.map((c) => `<meta property="article:tag" content="${escapeXml(c)}">`).join('\n')}
<meta name="twitter:card" content="${imageUrl ? 'summary_large_image' : 'summary'}">
${jsonLdScript(jsonLd)}
<style>${STYLE}</style>
</head>
<body>
<div class="cookie" role="region" aria-label="Cookie notice">We use cookies to improve your experience and to measure our audience. <button type="button">Accept</button> <button type="button">Manage choices</button></div>
<header class="site">
<a class="brand" href="${escapeXml(home)}">${escapeXml(publisher.name)}</a>
<nav aria-label="Sections"><ul>${publisher.sections.map((s) => `<li><a href="${escapeXml(home)}section/${encodeURIComponent(s.toLowerCase())}">${escapeXml(s)}</a></li>`).join('')}</ul></nav>
<a href="${escapeXml(home)}subscribe">Subscribe</a>
</header>
<main>
<article>
<p class="kicker"><a href="${escapeXml(home)}section/${encodeURIComponent(feed.section.toLowerCase())}">${escapeXml(feed.section)}</a></p>
<h1>${escapeXml(entry.title)}</h1>
<p class="standfirst">${escapeXml(entry.summary)}</p>
<p class="byline">${byline} · <time datetime="${published.toISOString()}">${published.toUTCString()}</time>${updatedLine}</p>
${entry.image ? `<figure><img src="${escapeXml(base + entry.image.path)}" width="${entry.image.width}" height="${entry.image.height}" alt="${escapeXml(entry.image.alt)}"><figcaption>${escapeXml(entry.image.alt)}</figcaption></figure>` : ''}
<div class="article-body">
${bodyStart}
<aside class="newsletter"><p><strong>The Morning Briefing</strong> — the day's essential stories in your inbox. <a href="${escapeXml(home)}newsletters">Sign up</a></p></aside>
${bodyRest}
</div>
${entry.copyOf ? `<p class="credit">Additional reporting by Continental Press Agency.</p>` : ''}
<p class="share"><a href="${escapeXml(home)}share?u=${encodeURIComponent(url)}">Share this article</a></p>
</article>
<div class="sidebar">
<div class="ad" role="complementary" aria-label="Advertisement">Advertisement</div>
<aside class="related" aria-labelledby="related-heading">
<h2 id="related-heading">Related</h2>
<ul>
${relatedItems}
</ul>
</aside>
</div>
</main>
<footer>
<p>© ${now.getUTCFullYear()} ${escapeXml(publisher.name)}. ${escapeXml(publisher.description)}</p>
<p><a href="${escapeXml(home)}about">About us</a> · <a href="${escapeXml(home)}privacy">Privacy</a> · <a href="${escapeXml(home)}terms">Terms</a> · <a href="${escapeXml(base + feed.path)}">RSS</a></p>
</footer>
</body>
</html>
`
}
