/**
 * @module error-page
 * The page shown for 4xx and 5xx answers (a real page with the right status), and the offline page
 * the service worker falls back to.
 */
import type { Context } from 'hono'
import type { FC } from 'hono/jsx'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

import { Layout } from '../components/layout.js'
import { readerMessage } from '../format.js'
import { type PageContext, renderPage } from '../page-context.js'
import type { View, WebEnv } from '../view.js'

const HEADINGS: Record<number, string> = {
  400: 'That request did not make sense to us',
  403: 'This page is not open to you',
  404: 'We could not find that page',
  409: 'That conflicts with something already here',
  502: 'A publisher’s site did not answer',
}

export const ErrorPage: FC<{ view: View; status: number; message: string }> = ({
  view,
  status,
  message,
}) => {
  const heading =
    HEADINGS[status] ?? (status >= 500 ? 'Something went wrong on our side' : 'That did not work')
  return (
    <Layout
      view={view}
      meta={{
        title: status === 404 ? 'Not found' : `Error ${status}`,
        description: heading,
        noindex: true,
      }}
    >
      <section class="error-page" aria-labelledby="error-heading">
        <p class="kicker">Error {status}</p>
        <h1 id="error-heading" class="page-title">
          {heading}
        </h1>
        <p class="error-message">{readerMessage(message)}</p>
        <p>
          Try the <a href="/">front page</a>, the <a href="/latest">latest entries</a>, or search:
        </p>
        <form class="search-inline" role="search" action="/search" method="get">
          <label class="visually-hidden" for="error-q">
            Search the news
          </label>
          <input id="error-q" name="q" type="search" placeholder="Search the news" />
          <button type="submit">Search</button>
        </form>
      </section>
    </Layout>
  )
}

export function offlineHandler({ c, view }: PageContext): Promise<Response> {
  return renderPage(
    c,
    <Layout view={view} meta={{ title: 'Offline', description: 'You are offline.', noindex: true }}>
      <section class="error-page" aria-labelledby="offline-heading">
        <p class="kicker">Offline</p>
        <h1 id="offline-heading" class="page-title">
          You are offline
        </h1>
        <p>
          This page has not been saved for reading offline. Stories and articles you opened recently
          are:
        </p>
        <ul class="offline-list" id="offline-pages">
          <li>
            <a href="/">Top stories</a>
          </li>
        </ul>
      </section>
    </Layout>,
  )
}

export function renderErrorPage(
  c: Context<WebEnv>,
  view: View,
  status: ContentfulStatusCode,
  message: string,
): Promise<Response> {
  return renderPage(c, <ErrorPage view={view} status={status} message={message} />, status)
}
