/**
 * @module layout
 * The page frame: head (title, description, Open Graph, manifest, one stylesheet, one deferred
 * script), skip link, masthead with search, section navigation, main, footer.
 */
import type { Child, FC } from 'hono/jsx'

import { longDate } from '../format.js'
import type { View } from '../view.js'

export interface PageMeta {
  /** the page's own title; the instance name is appended */
  title: string
  description: string
  /** 'website' for lists, 'article' for stories and articles */
  ogType?: 'website' | 'article'
  /** remote image URL (proxied and made absolute here) */
  image?: string | null
  /** which navigation item is current */
  section?: 'top' | 'latest' | 'search' | 'operator' | 'about'
  /** the search box's current text */
  query?: string
  /** keep out of search engines (search results, operator) */
  noindex?: boolean
}

const NAV: { key: NonNullable<PageMeta['section']>; href: string; label: string }[] = [
  { key: 'top', href: '/', label: 'Top stories' },
  { key: 'latest', href: '/latest', label: 'Latest' },
  { key: 'search', href: '/search', label: 'Search' },
  { key: 'about', href: '/about', label: 'How it works' },
]

export const Layout: FC<{ view: View; meta: PageMeta; children?: Child }> = ({
  view,
  meta,
  children,
}) => {
  const fullTitle =
    meta.title === view.instanceName ? meta.title : `${meta.title} · ${view.instanceName}`
  const url = `${view.baseUrl}${view.path}`
  const proxied = view.img(meta.image)
  const image = proxied
    ? `${view.baseUrl}${proxied}`
    : `${view.baseUrl}${view.asset('icon-512.png')}`
  const nav = view.isOperator
    ? [...NAV, { key: 'operator' as const, href: '/operator', label: 'Operator' }]
    : NAV
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={url} />
        <meta property="og:site_name" content={view.instanceName} />
        <meta property="og:type" content={meta.ogType ?? 'website'} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={url} />
        <meta property="og:image" content={image} />
        <meta name="twitter:card" content={proxied ? 'summary_large_image' : 'summary'} />
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" content="#f7f5f0" media="(prefers-color-scheme: light)" />
        <meta name="theme-color" content="#141416" media="(prefers-color-scheme: dark)" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <link rel="icon" href={view.asset('icon.svg')} type="image/svg+xml" />
        <link rel="apple-touch-icon" href={view.asset('icon-192.png')} />
        <link rel="stylesheet" href={view.asset('app.css')} />
        <script src={view.asset('app.js')} defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="masthead">
          <div class="wrap masthead-row">
            <div class="brand-block">
              <a class="brand" href="/">
                {view.instanceName}
              </a>
              <p class="dateline">
                <time datetime={view.now.toISOString()}>{longDate(view.now)}</time>
              </p>
            </div>
            <form class="masthead-search" role="search" action="/search" method="get">
              <label class="visually-hidden" for="masthead-q">
                Search the news
              </label>
              <input
                id="masthead-q"
                name="q"
                type="search"
                placeholder="Search the news"
                value={meta.query ?? ''}
                autocomplete="off"
                maxlength={500}
              />
              <button type="submit">Search</button>
            </form>
          </div>
          <nav class="wrap site-nav" aria-label="Main">
            <ul>
              {nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={meta.section === item.key ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
            <button class="install-button" type="button" id="install-app" hidden>
              Download the app
            </button>
          </nav>
        </header>
        <p class="offline-banner" id="offline-banner" role="status" hidden>
          You are offline. Pages you opened recently are still here.
        </p>
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap footer-row">
            <p>
              <strong>{view.instanceName}</strong> gathers reporting from many publishers and groups
              it into stories. Every entry links to its original.
            </p>
            <ul class="footer-links">
              <li>
                <a href="/about">How Top stories work</a>
              </li>
              <li>
                <a href="/latest">All the latest</a>
              </li>
              <li>
                <a href="/search">Search</a>
              </li>
            </ul>
            <p class="keyboard-hint">
              Tip: press <kbd>j</kbd> and <kbd>k</kbd> to move between stories, <kbd>/</kbd> to
              search.
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}

/** A heading with an optional "see all" link, used by page sections. */
export const SectionHeading: FC<{
  id: string
  title: string
  href?: string
  linkLabel?: string
  level?: 2 | 3
}> = ({ id, title, href, linkLabel, level = 2 }) => (
  <div class="section-heading">
    {level === 2 ? <h2 id={id}>{title}</h2> : <h3 id={id}>{title}</h3>}
    {href ? (
      <a class="section-more" href={href}>
        {linkLabel ?? 'See all'}
        <span aria-hidden="true"> →</span>
      </a>
    ) : null}
  </div>
)
