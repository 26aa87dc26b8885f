/**
 * @module latest-page
 * `/latest?before=…`: every entry, newest first, copies folded away, 30 at a time. With `fragment=1`
 * it answers only the list items and the next "More" link, for the page script's "load more".
 */
import type { FC } from 'hono/jsx'

import type { EntrySummary } from '../../../db/reader-store.js'
import { Layout } from '../components/layout.js'
import { EntryRow } from '../components/story-card.js'
import { type PageContext, renderFragment, renderPage } from '../page-context.js'
import { encodeCursor, parseCursor } from '../params.js'
import type { View } from '../view.js'

const PAGE_SIZE = 30

export async function latestHandler({ c, deps, view }: PageContext): Promise<Response> {
  const before = parseCursor(c.req.query('before'))
  const limit = c.req.query('fragment') === '1' ? 12 : PAGE_SIZE
  const entries = await deps.reader.latestEntries({ limit, before })
  const next = entries.length === limit ? entries.at(-1) : undefined
  const nextHref = next ? `/latest?before=${encodeCursor(next)}` : null
  if (c.req.query('fragment') === '1') {
    return renderFragment(
      c,
      <>
        {entries.map((entry) => (
          <EntryRow view={view} entry={entry} />
        ))}
        {nextHref ? <template data-next={nextHref}></template> : null}
      </>,
    )
  }
  return renderPage(
    c,
    <LatestPage view={view} entries={entries} nextHref={nextHref} isFirst={!before} />,
  )
}

export const LatestPage: FC<{
  view: View
  entries: EntrySummary[]
  nextHref: string | null
  isFirst: boolean
}> = ({ view, entries, nextHref, isFirst }) => (
  <Layout
    view={view}
    meta={{
      title: isFirst ? 'Latest' : 'Latest (earlier)',
      description: 'Every entry from every publisher, newest first.',
      section: 'latest',
    }}
  >
    <header class="page-header">
      <h1 class="page-title">Latest</h1>
      <p class="page-subtitle">Every entry from every publisher, newest first.</p>
    </header>
    {entries.length > 0 ? (
      <ol class="entry-list entry-list-wide" id="latest-list">
        {entries.map((entry) => (
          <EntryRow view={view} entry={entry} showExcerpt />
        ))}
      </ol>
    ) : (
      <p class="empty-state">Nothing more.</p>
    )}
    <nav class="pager" aria-label="Pages">
      {!isFirst ? <a href="/latest">Newest</a> : null}
      {nextHref ? (
        <a class="button button-quiet" href={nextHref} data-load-more="latest-list">
          More
        </a>
      ) : null}
    </nav>
  </Layout>
)
