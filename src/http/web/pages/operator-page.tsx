/**
 * @module operator-page
 * `/operator`: every feed with its health (last and next check, last error, extraction health), and
 * a form to add a feed by URL. Answers loopback requests only (see middleware/loopback-only.ts); the
 * form post is CSRF-checked (middleware/same-origin.ts).
 */
import type { FC } from 'hono/jsx'

import type { FeedHealth } from '../../../db/reader-store.js'
import { AppError, isAppError } from '../../../domain/errors.js'
import { statusOf } from '../../errors.js'
import type { AddedFeed } from '../../http-deps.js'
import { Layout } from '../components/layout.js'
import { TimeAgo } from '../components/story-card.js'
import { count, readerMessage, relativeTime } from '../format.js'
import { type PageContext, renderPage } from '../page-context.js'
import type { View } from '../view.js'

type AddOutcome =
  | { kind: 'added'; result: AddedFeed }
  | { kind: 'failed'; message: string; url: string; publisherName: string }

export async function operatorHandler({ c, deps, view }: PageContext): Promise<Response> {
  const feeds = await deps.reader.feedsHealth()
  return renderPage(c, <OperatorPage view={view} feeds={feeds} outcome={null} />)
}

export async function addFeedHandler({ c, deps, view }: PageContext): Promise<Response> {
  let url = ''
  let publisherName = ''
  let outcome: AddOutcome
  let status: ReturnType<typeof statusOf>
  try {
    const form = await c.req.parseBody().catch((error: unknown) => {
      throw new AppError('invalid-input', 'operator: the form could not be read', { cause: error })
    })
    url = typeof form.url === 'string' ? form.url.trim() : ''
    publisherName = typeof form.publisher === 'string' ? form.publisher.trim() : ''
    if (url === '') {
      throw new AppError('invalid-input', 'operator: enter the URL of a feed or a site')
    }
    if (url.length > 2048) throw new AppError('invalid-input', 'operator: that URL is too long')
    const result = await deps.addFeed({ url, publisherName: publisherName || null })
    outcome = { kind: 'added', result }
    status = result.created ? 201 : 200
  } catch (error) {
    // the reader's mistakes and unreachable feeds (502) are shown in the form; our own failures are not
    if (!isAppError(error) || statusOf(error.code) === 500) {
      throw error
    }
    outcome = { kind: 'failed', message: error.message, url, publisherName }
    status = statusOf(error.code)
  }
  const feeds = await deps.reader.feedsHealth()
  return renderPage(c, <OperatorPage view={view} feeds={feeds} outcome={outcome} />, status)
}

/** "13 of 15 extracted", or a dash before the first attempt. */
function extraction(failures: number, attempts: number): string {
  return attempts === 0 ? '–' : `${attempts - failures} of ${attempts} extracted`
}

export const OperatorPage: FC<{ view: View; feeds: FeedHealth[]; outcome: AddOutcome | null }> = ({
  view,
  feeds,
  outcome,
}) => {
  const failing = feeds.filter((f) => f.consecutiveErrors > 0).length
  return (
    <Layout
      view={view}
      meta={{
        title: 'Operator',
        description: 'Feed health and subscriptions of this instance.',
        section: 'operator',
        noindex: true,
      }}
    >
      <header class="page-header">
        <p class="kicker">Operator</p>
        <h1 class="page-title">Feeds</h1>
        <p class="page-subtitle">
          {count(feeds.length, 'feed')}
          {failing > 0 ? ` · ${failing} failing` : ' · all healthy'}
        </p>
      </header>

      <section class="operator-add" aria-labelledby="add-heading">
        <h2 id="add-heading" class="section-title">
          Add a feed
        </h2>
        {outcome?.kind === 'added' ? (
          <p class="notice notice-ok" role="status">
            {outcome.result.created ? 'Added' : 'Already subscribed:'}{' '}
            <strong>{outcome.result.feed.title ?? outcome.result.feed.url}</strong> from{' '}
            {outcome.result.publisher.name}.
            {outcome.result.discoveredFrom ? ` Found on ${outcome.result.discoveredFrom}.` : ''} It
            will be read shortly.
          </p>
        ) : null}
        {outcome?.kind === 'failed' ? (
          <p class="notice notice-error" role="alert" id="add-error">
            {readerMessage(outcome.message)}
          </p>
        ) : null}
        <form class="add-feed-form" method="post" action="/operator/feeds">
          <div class="field field-wide">
            <label for="feed-url">Feed or site URL</label>
            <input
              id="feed-url"
              name="url"
              type="url"
              required
              inputmode="url"
              placeholder="https://example.com/feed.xml"
              value={outcome?.kind === 'failed' ? outcome.url : ''}
              aria-describedby={outcome?.kind === 'failed' ? 'add-error' : undefined}
            />
          </div>
          <div class="field">
            <label for="feed-publisher">Publisher name (optional)</label>
            <input
              id="feed-publisher"
              name="publisher"
              type="text"
              maxlength={200}
              value={outcome?.kind === 'failed' ? outcome.publisherName : ''}
            />
          </div>
          <button type="submit">Add feed</button>
        </form>
      </section>

      <section aria-labelledby="health-heading">
        <h2 id="health-heading" class="section-title">
          Health
        </h2>
        <div class="table-scroll" tabindex={0} role="region" aria-labelledby="health-heading">
          <table class="health-table">
            <thead>
              <tr>
                <th scope="col">Feed</th>
                <th scope="col">Last check</th>
                <th scope="col">Next check</th>
                <th scope="col">Status</th>
                <th scope="col">Extraction</th>
              </tr>
            </thead>
            <tbody>
              {feeds.map((feed) => (
                <tr class={feed.consecutiveErrors > 0 ? 'is-failing' : undefined}>
                  <th scope="row">
                    <span class="feed-title">{feed.title ?? feed.url}</span>
                    <a class="feed-publisher" href={`/publishers/${feed.publisher.slug}`}>
                      {feed.publisher.name}
                    </a>
                    <span class="feed-url">{feed.url}</span>
                  </th>
                  <td>
                    {feed.lastCheckedAt ? <TimeAgo view={view} at={feed.lastCheckedAt} /> : 'never'}
                  </td>
                  <td>
                    <time datetime={feed.nextCheckAt.toISOString()}>
                      {feed.nextCheckAt.getTime() <= view.now.getTime()
                        ? 'due now'
                        : `in ${relativeTime(view.now, feed.nextCheckAt).replace(' ago', '')}`}
                    </time>
                  </td>
                  <td>
                    {feed.consecutiveErrors > 0 ? (
                      <>
                        <span class="status status-failing">
                          {feed.lastErrorReason ?? 'error'} ×{feed.consecutiveErrors}
                        </span>
                        {feed.lastErrorMessage ? (
                          <span class="status-detail">{feed.lastErrorMessage}</span>
                        ) : null}
                      </>
                    ) : feed.lastCheckedAt ? (
                      <span class="status status-ok">
                        OK · {count(feed.entryCount, 'entry', 'entries')}
                      </span>
                    ) : (
                      <span class="status">new</span>
                    )}
                    {feed.warnings.length > 0 ? (
                      <span class="status-detail">{feed.warnings.join('; ')}</span>
                    ) : null}
                  </td>
                  <td>
                    <span
                      class={`status${feed.fullTextFailures > 0 ? ' status-warn' : ''}`}
                      title={`${feed.fullTextFailures} of ${feed.fullTextAttempts} extractions failed`}
                    >
                      {extraction(feed.fullTextFailures, feed.fullTextAttempts)}
                    </span>
                    {feed.lastFullTextError ? (
                      <span class="status-detail">{feed.lastFullTextError}</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Layout>
  )
}
