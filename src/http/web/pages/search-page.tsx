/**
 * @module search-page
 * `/search?q=&publisher=&topic=&from=&to=&page=`: the query box with filters, then results (stories
 * first when several of their entries match, then entries) with highlighted snippets, 20 a page.
 */
import type { FC } from 'hono/jsx'

import type { PublisherRef } from '../../../db/reader-store.js'
import { RANK_POOL, type SearchHit, type SearchResult } from '../../../search/search-index.js'
import { Layout } from '../components/layout.js'
import { PublisherIcon, TimeAgo } from '../components/story-card.js'
import { count } from '../format.js'
import { type GroupedHits, groupSearchHits } from '../group-search-hits.js'
import { type PageContext, renderPage } from '../page-context.js'
import { parseDay, parseEntityKey, parsePage, parseSlug } from '../params.js'
import type { View } from '../view.js'

const PAGE_SIZE = 20
const DAY_MS = 86_400_000

export interface SearchForm {
  q: string
  publisher: string
  topic: string
  from: string
  to: string
  page: number
}

export async function searchHandler({ c, deps, view }: PageContext): Promise<Response> {
  const form: SearchForm = {
    q: (c.req.query('q') ?? '').slice(0, 500),
    publisher: c.req.query('publisher') ?? '',
    topic: c.req.query('topic') ?? '',
    from: c.req.query('from') ?? '',
    to: c.req.query('to') ?? '',
    page: parsePage(c.req.query('page')),
  }
  const publisherSlug = form.publisher ? parseSlug(form.publisher) : undefined
  const entityKey = form.topic ? parseEntityKey(form.topic) : undefined
  const from = parseDay(form.from, 'from')
  const toDay = parseDay(form.to, 'to')
  const publishers = await deps.reader.publishers()
  const publisher = publisherSlug ? publishers.find((p) => p.slug === publisherSlug) : undefined
  const topic = entityKey ? await deps.reader.entityByKey(entityKey, { limit: 0 }) : null
  let result: SearchResult | null = null
  if (form.q.trim() !== '') {
    result = await deps.search.search({
      query: form.q,
      ...(publisher ? { publisherId: publisher.id } : {}),
      ...(entityKey ? { entityKey } : {}),
      ...(from ? { from } : {}),
      ...(toDay ? { to: new Date(toDay.getTime() + DAY_MS) } : {}),
      limit: PAGE_SIZE,
      offset: (form.page - 1) * PAGE_SIZE,
    })
  }
  return renderPage(
    c,
    <SearchPage
      view={view}
      form={form}
      publishers={publishers}
      topicName={topic?.entity.name ?? null}
      result={result}
      grouped={result ? groupSearchHits(result.hits) : null}
      unknownPublisher={Boolean(publisherSlug && !publisher)}
    />,
  )
}

function pageHref(form: SearchForm, page: number): string {
  const params = new URLSearchParams()
  if (form.q) params.set('q', form.q)
  if (form.publisher) params.set('publisher', form.publisher)
  if (form.topic) params.set('topic', form.topic)
  if (form.from) params.set('from', form.from)
  if (form.to) params.set('to', form.to)
  if (page > 1) params.set('page', String(page))
  return `/search?${params.toString()}`
}

export const SearchPage: FC<{
  view: View
  form: SearchForm
  publishers: PublisherRef[]
  topicName: string | null
  result: SearchResult | null
  grouped: GroupedHits | null
  unknownPublisher: boolean
}> = ({ view, form, publishers, topicName, result, grouped, unknownPublisher }) => {
  const pages = result ? Math.ceil(Math.min(result.total, RANK_POOL) / PAGE_SIZE) : 0
  return (
    <Layout
      view={view}
      meta={{
        title: form.q ? `Search: ${form.q}` : 'Search',
        description: form.q ? `Search results for “${form.q}”.` : 'Search every entry.',
        section: 'search',
        query: form.q,
        noindex: true,
      }}
    >
      <header class="page-header">
        <h1 class="page-title">Search</h1>
      </header>
      <form class="search-form" role="search" action="/search" method="get">
        <div class="search-main">
          <label for="search-q">Words or “a phrase”</label>
          <div class="search-input-row">
            <input
              id="search-q"
              name="q"
              type="search"
              value={form.q}
              maxlength={500}
              placeholder='e.g. "fair share" nato -spain'
              aria-describedby="search-help"
            />
            <button type="submit">Search</button>
          </div>
          <p id="search-help" class="field-help">
            Put phrases in quotes, exclude a word with a minus: <code>nato -spain</code>.
          </p>
        </div>
        <fieldset class="search-filters">
          <legend>Filters</legend>
          <div class="field">
            <label for="search-publisher">Publisher</label>
            <select id="search-publisher" name="publisher">
              <option value="">Any publisher</option>
              {publishers.map((p) => (
                <option value={p.slug} selected={p.slug === form.publisher}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="search-from">From</label>
            <input id="search-from" name="from" type="date" value={form.from} />
          </div>
          <div class="field">
            <label for="search-to">To</label>
            <input id="search-to" name="to" type="date" value={form.to} />
          </div>
          {form.topic ? (
            <div class="field">
              <span class="field-label">Topic</span>
              <input type="hidden" name="topic" value={form.topic} />
              <span class="chip">
                {topicName ?? form.topic}{' '}
                <a
                  href={pageHref({ ...form, topic: '' }, 1)}
                  aria-label={`Remove the topic filter ${topicName ?? form.topic}`}
                >
                  ×
                </a>
              </span>
            </div>
          ) : null}
        </fieldset>
      </form>

      {unknownPublisher ? (
        <p class="notice">There is no publisher “{form.publisher}”; searching all publishers.</p>
      ) : null}

      {result ? (
        <section class="search-results" aria-labelledby="results-heading">
          <h2 id="results-heading" class="section-title" aria-live="polite">
            {result.parsed.include.length === 0
              ? 'Type a word to search for'
              : result.total === 0
                ? `No results for “${form.q}”`
                : result.isTotalCapped
                  ? `More than ${result.total.toLocaleString('en-GB')} results for “${form.q}”`
                  : `${count(result.total, 'result')} for “${form.q}”`}
          </h2>
          {grouped && grouped.stories.length > 0 ? (
            <div class="result-stories">
              <h3 class="result-group-title">Stories</h3>
              <ol class="result-list">
                {grouped.stories.map((group) => (
                  <li class="result-story" data-nav-item="">
                    <a class="result-story-title" href={`/stories/${group.storyId}`}>
                      {group.headline}
                    </a>
                    <p class="result-story-meta">
                      {count(group.hits.length, 'matching entry', 'matching entries')} ·{' '}
                      {count(group.publisherCount, 'publisher')}
                    </p>
                    <ul class="result-story-hits">
                      {group.hits.map((hit) => (
                        <Hit view={view} hit={hit} compact />
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
          {grouped && grouped.entries.length > 0 ? (
            <div class="result-entries">
              {grouped.stories.length > 0 ? <h3 class="result-group-title">Entries</h3> : null}
              <ol class="result-list">
                {grouped.entries.map((hit) => (
                  <Hit view={view} hit={hit} />
                ))}
              </ol>
            </div>
          ) : null}
          {pages > 1 ? (
            <nav class="pager" aria-label="Result pages">
              {form.page > 1 ? <a href={pageHref(form, form.page - 1)}>← Previous</a> : null}
              <span>
                Page {form.page} of {pages}
              </span>
              {form.page < pages ? <a href={pageHref(form, form.page + 1)}>Next →</a> : null}
            </nav>
          ) : null}
        </section>
      ) : (
        <p class="empty-state">
          Search every entry by its words, then narrow by publisher, topic or date.
        </p>
      )}
    </Layout>
  )
}

const Hit: FC<{ view: View; hit: SearchHit; compact?: boolean }> = ({ view, hit, compact }) => (
  <li class={compact ? 'hit hit-compact' : 'hit'} data-nav-item={compact ? undefined : ''}>
    <p class="entry-source">
      <PublisherIcon
        view={view}
        publisher={{ ...hit.publisher, language: null, homepageUrl: null }}
        size={16}
      />
      <span>{hit.publisher.name}</span>
      <span class="dot" aria-hidden="true">
        ·
      </span>
      <TimeAgo view={view} at={hit.sortAt} />
    </p>
    <a
      class="hit-title"
      href={`/articles/${hit.entryId}`}
      dangerouslySetInnerHTML={{ __html: hit.titleHtml }}
    />
    {hit.snippetHtml ? (
      <p class="hit-snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
    ) : null}
    {!compact && hit.storyId !== null && hit.storyPublisherCount > 1 ? (
      <a class="entry-story" href={`/stories/${hit.storyId}`}>
        Full coverage · {count(hit.storyPublisherCount, 'publisher')}
      </a>
    ) : null}
  </li>
)
