/**
 * @module home-page
 * `/`: the masthead, Top stories (a lead story, three runners-up beside it, then a grid of cards),
 * Latest (a compact list with "More"), then one section per major topic.
 */
import type { FC } from 'hono/jsx'

import type { EntrySummary, Section, StoryCard } from '../../../db/reader-store.js'
import { DEFAULT_PICK_SECTIONS, pickSections } from '../../../rank/pick-sections.js'
import { rankStories } from '../../../rank/score-story.js'
import { Layout, SectionHeading } from '../components/layout.js'
import { CompactStory, EntryRow, LeadStory, StoryCardView } from '../components/story-card.js'
import { entityKindLabel } from '../format.js'
import { type PageContext, renderPage } from '../page-context.js'
import { encodeCursor } from '../params.js'
import type { View } from '../view.js'

export const TOP_STORIES = 15
const LATEST_COUNT = 12

export interface HomeData {
  top: StoryCard[]
  latest: EntrySummary[]
  sections: Section[]
}

export async function loadHome({ deps }: PageContext, now: Date): Promise<HomeData> {
  const [candidates, latest] = await Promise.all([
    deps.reader.topStoryCandidates({ now }),
    deps.reader.latestEntries({ limit: LATEST_COUNT }),
  ])
  const top = leadWithImage(
    rankStories(candidates, now)
      .slice(0, TOP_STORIES)
      .map(({ rank: _rank, entryTimes: _times, ...card }) => card),
  )
  const inputs = await deps.reader.sectionInputs({ now })
  const picks = pickSections(inputs.rows, {
    ...DEFAULT_PICK_SECTIONS,
    kindOf: (id) => inputs.entities.get(id)?.kind,
    excludeStoryIds: top.map((s) => s.id),
  })
  const cards = new Map(
    (await deps.reader.storyCards(picks.flatMap((p) => p.storyIds))).map((c) => [
      c.id as number,
      c,
    ]),
  )
  const sections: Section[] = picks.flatMap((pick) => {
    const entity = inputs.entities.get(pick.entityId)
    if (!entity) return []
    const stories = pick.storyIds.flatMap((id) => cards.get(id) ?? [])
    return [{ entity, storyCount: pick.storyCount, stories }]
  })
  return { top, latest, sections }
}

/**
 * The lead slot wants a picture: the best-ranked of the first three stories that has an image moves
 * to the front (ranking order is otherwise kept).
 */
export function leadWithImage<T extends { imageUrl: string | null }>(stories: T[]): T[] {
  const index = stories.slice(0, 3).findIndex((s) => s.imageUrl !== null)
  if (index <= 0) return stories
  return [stories[index]!, ...stories.slice(0, index), ...stories.slice(index + 1)]
}

export const HomePage: FC<{ view: View; data: HomeData }> = ({ view, data }) => {
  const [lead, ...rest] = data.top
  const side = rest.slice(0, 5)
  const grid = rest.slice(5)
  const last = data.latest.at(-1)
  return (
    <Layout
      view={view}
      meta={{
        title: view.instanceName,
        description: lead
          ? `Top stories: ${data.top
              .slice(0, 3)
              .map((s) => s.headline)
              .join(' · ')}`
          : 'The news from many publishers, grouped into stories.',
        image: lead?.imageUrl ?? null,
        section: 'top',
      }}
    >
      <h1 class="visually-hidden">{view.instanceName}: Top stories</h1>
      <section class="top-stories" aria-labelledby="top-heading">
        <SectionHeading
          id="top-heading"
          title="Top stories"
          href="/about"
          linkLabel="How this works"
        />
        {lead ? (
          <div class="top-grid">
            <LeadStory view={view} story={lead} />
            {side.length > 0 ? (
              <div class="top-side">
                {side.map((story) => (
                  <CompactStory view={view} story={story} />
                ))}
              </div>
            ) : null}
          </div>
        ) : (
          <div class="empty-state">
            <p>No stories yet.</p>
            <p>
              Stories appear once feeds have been read and their entries grouped.
              {view.isOperator ? (
                <>
                  {' '}
                  Add feeds on the <a href="/operator">operator page</a>.
                </>
              ) : null}
            </p>
          </div>
        )}
        {grid.length > 0 ? (
          <div class="card-grid">
            {grid.map((story) => (
              <StoryCardView view={view} story={story} />
            ))}
          </div>
        ) : null}
      </section>

      <div class="home-lower">
        <section class="latest" aria-labelledby="latest-heading">
          <SectionHeading
            id="latest-heading"
            title="Latest"
            href="/latest"
            linkLabel="All the latest"
          />
          {data.latest.length > 0 ? (
            <>
              <ol class="entry-list" id="latest-list">
                {data.latest.map((entry) => (
                  <EntryRow view={view} entry={entry} />
                ))}
              </ol>
              {last ? (
                <p class="load-more-row">
                  <a
                    class="button button-quiet"
                    href={`/latest?before=${encodeCursor(last)}`}
                    data-load-more="latest-list"
                  >
                    More
                  </a>
                </p>
              ) : null}
            </>
          ) : (
            <p class="empty-state">Nothing has been read from the feeds yet.</p>
          )}
        </section>

        {data.sections.length > 0 ? (
          <div class="topic-sections">
            {data.sections.map((section, index) => (
              <section class="topic-section" aria-labelledby={`topic-${index}`}>
                <SectionHeading
                  id={`topic-${index}`}
                  title={section.entity.name}
                  href={`/topics/${section.entity.key}`}
                  linkLabel={`More on ${section.entity.name}`}
                />
                <p class="topic-kind">
                  {entityKindLabel(section.entity.kind)} · in {section.storyCount} stories
                </p>
                <div class="card-grid card-grid-compact">
                  {section.stories.map((story) => (
                    <StoryCardView view={view} story={story} showImage={false} />
                  ))}
                </div>
              </section>
            ))}
          </div>
        ) : null}
      </div>
    </Layout>
  )
}

/**
 * Top stories change by the minute, not by the request: the home page's data is kept 30 s, unless
 * it has no stories yet (a new instance forming its first ones), when every visit looks again.
 */
const HOME_TTL_MS = 30_000

export async function homeHandler(ctx: PageContext): Promise<Response> {
  const data = await ctx.web.memo(
    'home',
    ctx.view.now,
    HOME_TTL_MS,
    () => loadHome(ctx, ctx.view.now),
    (home) => home.top.length > 0,
  )
  return renderPage(ctx.c, <HomePage view={ctx.view} data={data} />)
}
