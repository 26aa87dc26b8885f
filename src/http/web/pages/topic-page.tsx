/**
 * @module topic-page
 * `/topics/:key`: an entity (person, organisation or place), what kind it is, and its latest stories.
 */
import type { FC } from 'hono/jsx'

import type { EntityRef, StoryCard } from '../../../db/reader-store.js'
import { AppError } from '../../../domain/errors.js'
import { Layout } from '../components/layout.js'
import { StoryCardView } from '../components/story-card.js'
import { count, entityKindLabel } from '../format.js'
import { type PageContext, renderPage } from '../page-context.js'
import { parseEntityKey } from '../params.js'
import type { View } from '../view.js'

export async function topicHandler({ c, deps, view }: PageContext): Promise<Response> {
  const key = parseEntityKey(c.req.param('key'))
  const topic = await deps.reader.entityByKey(key, { limit: 24 })
  if (!topic) throw new AppError('not-found', `topics: there is no topic ${key}`)
  return renderPage(c, <TopicPage view={view} {...topic} />)
}

export const TopicPage: FC<{
  view: View
  entity: EntityRef
  stories: StoryCard[]
  entryCount: number
}> = ({ view, entity, stories, entryCount }) => (
  <Layout
    view={view}
    meta={{
      title: entity.name,
      description: `${entity.name} (${entityKindLabel(entity.kind).toLowerCase()}): the latest stories, from ${count(entryCount, 'entry', 'entries')}.`,
      image: stories[0]?.imageUrl ?? null,
    }}
  >
    <header class="page-header">
      <p class="kicker">{entityKindLabel(entity.kind)}</p>
      <h1 class="page-title">{entity.name}</h1>
      <p class="page-subtitle">
        Mentioned in {count(entryCount, 'entry', 'entries')} ·{' '}
        <a
          href={`/search?topic=${encodeURIComponent(entity.key)}&q=${encodeURIComponent(entity.name)}`}
        >
          Search within this topic
        </a>
      </p>
    </header>
    <section aria-labelledby="topic-stories">
      <h2 id="topic-stories" class="section-title">
        Latest stories
      </h2>
      {stories.length > 0 ? (
        <div class="card-grid">
          {stories.map((story) => (
            <StoryCardView view={view} story={story} />
          ))}
        </div>
      ) : (
        <p class="empty-state">No stories mention {entity.name} yet.</p>
      )}
    </section>
  </Layout>
)
