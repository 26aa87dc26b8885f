/**
 * @module story-page
 * `/stories/:id`, "Full coverage": headline, lead, who reported first; the coverage timeline; topic
 * chips; the coverage list (a row per publisher, copies folded); why these entries are together;
 * related stories. A story merged into another answers 301 to it.
 */
import type { FC } from 'hono/jsx'

import type {
  CoverageMember,
  PublisherRef,
  StoryCard,
  StoryDetail,
  StoryEntity,
} from '../../../db/reader-store.js'
import { AppError } from '../../../domain/errors.js'
import { relateStories } from '../../../rank/relate-stories.js'
import { Layout } from '../components/layout.js'
import { PublisherIcon, StoryCardView, TimeAgo } from '../components/story-card.js'
import { TimelineChart } from '../components/timeline-chart.js'
import { coverageTimeline } from '../coverage-timeline.js'
import { clockTime, count, countryName, dateTime, shortDate, truncate } from '../format.js'
import { type CoverageRow, groupCoverage } from '../group-coverage.js'
import { type PageContext, renderPage } from '../page-context.js'
import { parseId } from '../params.js'
import type { View } from '../view.js'

export async function relatedStories(
  { deps }: Pick<PageContext, 'deps'>,
  storyId: number,
  now: Date,
  limit = 4,
): Promise<StoryCard[]> {
  const inputs = await deps.reader.relatedStoryInputs(storyId, { now })
  const related = relateStories(inputs, { limit })
  return deps.reader.storyCards(related.map((r) => r.storyId))
}

export async function storyHandler(ctx: PageContext): Promise<Response> {
  const { c, deps, view } = ctx
  const id = parseId(c.req.param('id'), 'stories')
  const story = await deps.reader.storyById(id)
  if (!story) throw new AppError('not-found', `stories: there is no story ${id}`)
  if (story.id !== id) return c.redirect(`/stories/${story.id}`, 301)
  const [coverage, entities, related] = await Promise.all([
    deps.reader.storyCoverage(story.id),
    deps.reader.storyEntities(story.id, 10),
    relatedStories(ctx, story.id, view.now),
  ])
  return renderPage(
    c,
    <StoryPage
      view={view}
      story={story}
      coverage={coverage}
      entities={entities}
      related={related}
    />,
  )
}

export const StoryPage: FC<{
  view: View
  story: StoryDetail
  coverage: CoverageMember[]
  entities: StoryEntity[]
  related: StoryCard[]
}> = ({ view, story, coverage, entities, related }) => {
  const rows = groupCoverage(coverage)
  const publishers = new Map<number, PublisherRef>(
    coverage.map((m) => [m.entry.publisher.id, m.entry.publisher]),
  )
  const timeline = coverageTimeline(
    coverage.map((m) => ({ at: m.entry.sortAt, publisherId: m.entry.publisher.id })),
  )
  const copies = coverage.filter((m) => m.copyOfEntryId !== null).length
  const hero = view.img(story.imageUrl)
  return (
    <Layout
      view={view}
      meta={{
        title: story.headline,
        description: truncate(
          story.lead ??
            `Full coverage from ${count(story.publisherCount, 'publisher')}: ${story.headline}`,
          240,
        ),
        ogType: 'article',
        image: story.imageUrl,
      }}
    >
      <article class="story" aria-labelledby="story-headline">
        <header class="story-header">
          <p class="kicker">Full coverage</p>
          <h1 id="story-headline" class="story-headline">
            {story.headline}
          </h1>
          {story.lead ? <p class="story-lead">{story.lead}</p> : null}
          <p class="story-byline">
            {story.firstEntry && story.firstReportedAt ? (
              <>
                First reported by{' '}
                <a href={`/publishers/${story.firstEntry.publisher.slug}`}>
                  {story.firstEntry.publisher.name}
                </a>
                ,{' '}
                <time
                  datetime={story.firstReportedAt.toISOString()}
                  title={dateTime(story.firstReportedAt)}
                  data-clock=""
                >
                  {clockTime(story.firstReportedAt)}
                </time>
                <span class="tz"> UTC</span>
                {shortDate(story.firstReportedAt) !== shortDate(view.now)
                  ? `, ${shortDate(story.firstReportedAt)}`
                  : ''}
                <span class="dot" aria-hidden="true">
                  ·
                </span>
              </>
            ) : null}
            {count(story.entryCount, 'entry', 'entries')} from{' '}
            {count(story.publisherCount, 'publisher')}
            <span class="dot" aria-hidden="true">
              ·
            </span>
            updated <TimeAgo view={view} at={story.lastEntryAt} />
          </p>
        </header>

        <div class="story-layout">
          <div class="story-main">
            {hero ? (
              <figure class="story-hero media">
                <img src={hero} width={1200} height={675} alt={story.headline} decoding="async" />
              </figure>
            ) : null}

            <section aria-labelledby="timeline-heading" class="story-section">
              <h2 id="timeline-heading" class="section-title">
                How the story unfolded
              </h2>
              <TimelineChart timeline={timeline} publishers={publishers} id="coverage-timeline" />
            </section>

            <section aria-labelledby="coverage-heading" class="story-section">
              <h2 id="coverage-heading" class="section-title">
                Coverage{' '}
                <span class="count">
                  {count(rows.length, 'publisher')}
                  {copies > 0 ? ` · ${count(copies, 'copy', 'copies')}` : ''}
                </span>
              </h2>
              <ol class="coverage-list">
                {rows.map((row) => (
                  <CoverageRowView view={view} row={row} />
                ))}
              </ol>
            </section>

            <section class="story-section">
              <details class="why">
                <summary>
                  <h2 class="summary-title">Why these are together</h2>
                </summary>
                <WhyTogether coverage={coverage} copies={copies} />
              </details>
            </section>
          </div>

          <aside class="story-aside" aria-label="Topics and related stories">
            {entities.length > 0 ? (
              <section aria-labelledby="topics-heading" class="story-section">
                <h2 id="topics-heading" class="section-title">
                  Topics
                </h2>
                <TopicChips entities={entities} />
              </section>
            ) : null}
            {related.length > 0 ? (
              <section aria-labelledby="related-heading" class="story-section">
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
          </aside>
        </div>
      </article>
    </Layout>
  )
}

export const TopicChips: FC<{ entities: Pick<StoryEntity, 'key' | 'name' | 'kind'>[] }> = ({
  entities,
}) => (
  <ul class="chips">
    {entities.map((e) => (
      <li>
        <a class={`chip chip-${e.kind}`} href={`/topics/${e.key}`}>
          {e.name}
        </a>
      </li>
    ))}
  </ul>
)

const CoverageRowView: FC<{ view: View; row: CoverageRow }> = ({ view, row }) => {
  const country = countryName(row.publisher.country)
  return (
    <li class="coverage-row" data-nav-item="">
      <div class="coverage-publisher">
        <PublisherIcon view={view} publisher={row.publisher} size={32} />
        <div>
          <a class="coverage-name" href={`/publishers/${row.publisher.slug}`}>
            {row.publisher.name}
          </a>
          {country ? <span class="coverage-country">{country}</span> : null}
        </div>
      </div>
      <ul class="coverage-entries">
        {row.items.map((item) => (
          <li>
            <a class="coverage-title" href={`/articles/${item.member.entry.id}`}>
              {item.member.entry.title}
            </a>
            <span class="coverage-time">
              <TimeAgo view={view} at={item.member.entry.sortAt} />
              {item.member.entry.authors.length > 0
                ? ` · ${item.member.entry.authors.join(', ')}`
                : ''}
            </span>
            {item.copies.length > 0 ? (
              <details class="copies">
                <summary>+{count(item.copies.length, 'copy', 'copies')}</summary>
                <ul>
                  {item.copies.map((copy) => (
                    <li>
                      <PublisherIcon view={view} publisher={copy.entry.publisher} size={16} />
                      <a href={`/articles/${copy.entry.id}`}>{copy.entry.publisher.name}</a>
                      {': '}
                      {copy.entry.title}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </li>
  )
}

const WhyTogether: FC<{ coverage: CoverageMember[]; copies: number }> = ({ coverage, copies }) => (
  <div class="why-body">
    <p>
      Entries join a story when they name the same people, organisations and places and use the same
      words, within a few hours of each other. Near-identical texts, such as agency copy, are folded
      as copies{copies > 0 ? ` (${count(copies, 'copy', 'copies')} here)` : ''}.
    </p>
    <ul class="why-list">
      {coverage.map((m) => (
        <li>
          <span class="why-entry">
            {m.entry.publisher.name}: “{truncate(m.entry.title, 90)}”
          </span>
          <span class="why-reason">
            {m.explanation || (m.copyOfEntryId !== null ? 'copy of another entry' : 'first entry')}
          </span>
        </li>
      ))}
    </ul>
  </div>
)
