/**
 * @module article-page
 * `/articles/:id`, the reader view: publisher line, headline, hero image, the body in a reading
 * column, "Read at the original", more coverage of the same story by other publishers, and related
 * stories.
 */
import type { FC } from 'hono/jsx'

import type { Article, EntrySummary, StoryCard } from '../../../db/reader-store.js'
import { AppError } from '../../../domain/errors.js'
import { Layout } from '../components/layout.js'
import { PublisherIcon, StoryCardView, TimeAgo } from '../components/story-card.js'
import { count, dateTime, shortDate, truncate } from '../format.js'
import { otherCoverage } from '../group-coverage.js'
import { type PageContext, renderPage } from '../page-context.js'
import { parseId } from '../params.js'
import { plainTextToHtml, rewriteArticleHtml } from '../rewrite-article-html.js'
import type { View } from '../view.js'
import { relatedStories } from './story-page.js'

export async function articleHandler(ctx: PageContext): Promise<Response> {
  const { c, deps, view } = ctx
  const id = parseId(c.req.param('id'), 'articles')
  const article = await deps.reader.entryById(id)
  if (!article) throw new AppError('not-found', `articles: there is no article ${id}`)
  const [coverage, related] = article.story
    ? await Promise.all([
        deps.reader.storyCoverage(article.story.id),
        relatedStories(ctx, article.story.id, view.now, 3),
      ])
    : [[], []]
  return renderPage(
    c,
    <ArticlePage
      view={view}
      article={article}
      more={otherCoverage(coverage, article.publisher.id)}
      related={related}
    />,
  )
}

function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return null
  }
}

export const ArticlePage: FC<{
  view: View
  article: Article
  more: EntrySummary[]
  related: StoryCard[]
}> = ({ view, article, more, related }) => {
  const hero = view.img(article.imageUrl)
  const bodyHtml = article.contentHtml ?? article.summaryHtml
  const body = bodyHtml
    ? rewriteArticleHtml(bodyHtml, { img: view.img, heroUrl: article.imageUrl })
    : plainTextToHtml(article.plainText)
  const published = article.publishedAt ?? article.sortAt
  const host = hostOf(article.url)
  return (
    <Layout
      view={view}
      meta={{
        title: article.title,
        description: truncate(article.plainText, 220) || article.title,
        ogType: 'article',
        image: article.imageUrl,
      }}
    >
      <article class="reader" lang={article.language ?? undefined} aria-labelledby="article-title">
        <header class="reader-header">
          <p class="reader-publisher">
            <PublisherIcon view={view} publisher={article.publisher} size={24} />
            <a href={`/publishers/${article.publisher.slug}`}>{article.publisher.name}</a>
            <span class="dot" aria-hidden="true">
              ·
            </span>
            <time datetime={published.toISOString()} title={dateTime(published)}>
              {shortDate(published)}
            </time>
            {article.authors.length > 0 ? (
              <>
                <span class="dot" aria-hidden="true">
                  ·
                </span>
                <span class="reader-author">By {article.authors.join(', ')}</span>
              </>
            ) : null}
          </p>
          <h1 id="article-title" class="reader-title">
            {article.title}
          </h1>
          {article.story && article.story.publisherCount > 1 ? (
            <p class="reader-story">
              <a href={`/stories/${article.story.id}`}>
                Full coverage: {count(article.story.publisherCount, 'publisher')} on this story
                <span aria-hidden="true"> →</span>
              </a>
            </p>
          ) : null}
        </header>
        {hero ? (
          <figure class="reader-hero media">
            <img src={hero} width={1200} height={675} alt={article.title} decoding="async" />
          </figure>
        ) : null}
        <div class="reader-body" dangerouslySetInnerHTML={{ __html: body }} />
        {!article.hasFullText && !article.contentHtml ? (
          <p class="reader-note">
            {article.publisher.name} publishes a summary in its feed. The full article is on its
            website.
          </p>
        ) : null}
        {article.url ? (
          <p class="reader-original">
            <a class="button" href={article.url} rel="noopener">
              Read at the original{host ? ` on ${host}` : ''}
              <span aria-hidden="true"> ↗</span>
            </a>
          </p>
        ) : null}
      </article>

      {more.length > 0 && article.story ? (
        <section class="reader-more" aria-labelledby="more-heading">
          <h2 id="more-heading" class="section-title">
            More coverage of this story
          </h2>
          <ul class="more-list">
            {more.map((entry) => (
              <li data-nav-item="">
                <PublisherIcon view={view} publisher={entry.publisher} size={20} />
                <div>
                  <span class="more-publisher">{entry.publisher.name}</span>
                  <a class="more-title" href={`/articles/${entry.id}`}>
                    {entry.title}
                  </a>
                  <span class="more-time">
                    <TimeAgo view={view} at={entry.sortAt} />
                  </span>
                </div>
              </li>
            ))}
          </ul>
          <p>
            <a href={`/stories/${article.story.id}`}>
              See the full coverage<span aria-hidden="true"> →</span>
            </a>
          </p>
        </section>
      ) : null}

      {related.length > 0 ? (
        <section class="reader-more" aria-labelledby="related-heading">
          <h2 id="related-heading" class="section-title">
            Related stories
          </h2>
          <div class="related-list">
            {related.map((s) => (
              <StoryCardView view={view} story={s} showImage={false} />
            ))}
          </div>
        </section>
      ) : null}
    </Layout>
  )
}
