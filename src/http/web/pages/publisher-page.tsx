/**
 * @module publisher-page
 * `/publishers/:slug`: the publisher's name, country and homepage, its feeds, and its latest entries.
 */
import type { FC } from 'hono/jsx'

import type { EntrySummary, FeedRef, PublisherRef } from '../../../db/reader-store.js'
import { AppError } from '../../../domain/errors.js'
import { Layout } from '../components/layout.js'
import { EntryRow, PublisherIcon, TimeAgo } from '../components/story-card.js'
import { count, countryName } from '../format.js'
import { type PageContext, renderPage } from '../page-context.js'
import { parseSlug } from '../params.js'
import type { View } from '../view.js'

export async function publisherHandler({ c, deps, view }: PageContext): Promise<Response> {
  const slug = parseSlug(c.req.param('slug'))
  const page = await deps.reader.publisherBySlug(slug, { limit: 30 })
  if (!page) throw new AppError('not-found', `publishers: there is no publisher ${slug}`)
  return renderPage(c, <PublisherPage view={view} {...page} />)
}

export const PublisherPage: FC<{
  view: View
  publisher: PublisherRef
  feeds: FeedRef[]
  entries: EntrySummary[]
}> = ({ view, publisher, feeds, entries }) => {
  const country = countryName(publisher.country)
  return (
    <Layout
      view={view}
      meta={{
        title: publisher.name,
        description: `The latest from ${publisher.name}${country ? ` (${country})` : ''}, read from ${count(feeds.length, 'feed')}.`,
        image: publisher.iconUrl,
      }}
    >
      <header class="page-header publisher-header">
        <PublisherIcon view={view} publisher={publisher} size={56} />
        <div>
          <p class="kicker">Publisher</p>
          <h1 class="page-title">{publisher.name}</h1>
          <p class="page-subtitle">
            {[country, publisher.language ? `in ${publisher.language.toUpperCase()}` : null]
              .filter(Boolean)
              .join(' · ')}
            {publisher.homepageUrl ? (
              <>
                {country || publisher.language ? ' · ' : ''}
                <a href={publisher.homepageUrl} rel="noopener">
                  {publisher.homepageUrl.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
                </a>
              </>
            ) : null}
          </p>
        </div>
      </header>
      <div class="publisher-layout">
        <section aria-labelledby="publisher-latest">
          <h2 id="publisher-latest" class="section-title">
            Latest entries
          </h2>
          {entries.length > 0 ? (
            <ol class="entry-list">
              {entries.map((entry) => (
                <EntryRow view={view} entry={entry} showExcerpt showPublisher={false} />
              ))}
            </ol>
          ) : (
            <p class="empty-state">Nothing from {publisher.name} yet.</p>
          )}
        </section>
        <aside aria-labelledby="publisher-feeds" class="publisher-feeds">
          <h2 id="publisher-feeds" class="section-title">
            Feeds
          </h2>
          <ul class="feed-list">
            {feeds.map((feed) => (
              <li>
                <span class="feed-title">{feed.title ?? feed.url}</span>
                <span class="feed-url">{feed.url}</span>
                <span class="feed-meta">
                  {feed.format ? `${feed.format.toUpperCase()} · ` : ''}
                  {count(feed.entryCount, 'entry', 'entries')}
                  {feed.lastSuccessAt ? (
                    <>
                      {' · read '}
                      <TimeAgo view={view} at={feed.lastSuccessAt} />
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </Layout>
  )
}
