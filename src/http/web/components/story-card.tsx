/**
 * @module story-card
 * How stories, entries and publishers appear in lists: publisher icons with a count (the product's
 * signature: breadth at a glance), relative times, the lead story, story cards, compact rows.
 */
import type { FC } from 'hono/jsx'

import type { EntrySummary, PublisherRef, StoryCard } from '../../../db/reader-store.js'
import { count, dateTime, hueIndex, initialsOf, relativeTime, truncate } from '../format.js'
import type { View } from '../view.js'

const PUBLISHER_COLOURS = 8

export const PublisherIcon: FC<{ view: View; publisher: PublisherRef; size?: number }> = ({
  view,
  publisher,
  size = 20,
}) => {
  const src = view.img(publisher.iconUrl)
  return src ? (
    <img
      class="pub-icon"
      src={src}
      width={size}
      height={size}
      alt=""
      title={publisher.name}
      loading="lazy"
      decoding="async"
    />
  ) : (
    <span
      class={`pub-icon pub-initials pub-c${hueIndex(publisher.slug, PUBLISHER_COLOURS)}`}
      title={publisher.name}
      aria-hidden="true"
    >
      {initialsOf(publisher.name)}
    </span>
  )
}

/** Overlapping icons of the first publishers, then "5 publishers". */
export const PublisherStack: FC<{
  view: View
  publishers: PublisherRef[]
  total: number
  max?: number
}> = ({ view, publishers, total, max = 4 }) => (
  <span class="pub-stack">
    <span class="pub-stack-icons" aria-hidden="true">
      {publishers.slice(0, max).map((p) => (
        <PublisherIcon view={view} publisher={p} />
      ))}
    </span>
    <span class="pub-count">
      {total === 1 && publishers[0] ? publishers[0].name : count(total, 'publisher')}
    </span>
  </span>
)

export const TimeAgo: FC<{ view: View; at: Date | null }> = ({ view, at }) =>
  at ? (
    <time datetime={at.toISOString()} title={dateTime(at)} data-relative="">
      {relativeTime(at, view.now)}
    </time>
  ) : null

/**
 * The story's image in a 16:9 box; without one, a coverage tile (the publishers' icons), so every
 * card in a grid keeps the same shape and still says who covers the story.
 */
const StoryImage: FC<{ view: View; story: StoryCard; eager?: boolean; tile?: boolean }> = ({
  view,
  story,
  eager,
  tile,
}) => {
  const src = view.img(story.imageUrl)
  if (!src) {
    if (!tile) return null
    return (
      <div class="media media-tile" aria-hidden="true">
        <span class="tile-icons">
          {story.publishers.slice(0, 5).map((p) => (
            <PublisherIcon view={view} publisher={p} size={40} />
          ))}
        </span>
        <span class="tile-label">
          {story.publisherCount > 1
            ? `Reported by ${count(story.publisherCount, 'publisher')}`
            : (story.publishers[0]?.name ?? '')}
        </span>
      </div>
    )
  }
  return (
    <div class="media">
      <img
        src={src}
        width={640}
        height={360}
        alt={story.headline}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
      />
    </div>
  )
}

const CardMeta: FC<{ view: View; story: StoryCard }> = ({ view, story }) => (
  <p class="card-meta">
    <PublisherStack view={view} publishers={story.publishers} total={story.publisherCount} />
    <span class="dot" aria-hidden="true">
      ·
    </span>
    <TimeAgo view={view} at={story.lastEntryAt} />
  </p>
)

/** The biggest story of the page: large image, large serif headline, lead. */
export const LeadStory: FC<{ view: View; story: StoryCard }> = ({ view, story }) => (
  <article class="lead-story" data-nav-item="">
    <a class="lead-link" href={`/stories/${story.id}`}>
      <StoryImage view={view} story={story} eager />
      <h3 class="lead-headline">{story.headline}</h3>
    </a>
    {story.lead ? <p class="lead-text">{truncate(story.lead, 260)}</p> : null}
    <CardMeta view={view} story={story} />
  </article>
)

export const StoryCardView: FC<{
  view: View
  story: StoryCard
  headingLevel?: 3 | 4
  showImage?: boolean
}> = ({ view, story, headingLevel = 3, showImage = true }) => {
  const heading =
    headingLevel === 3 ? (
      <h3 class="card-headline">{story.headline}</h3>
    ) : (
      <h4 class="card-headline">{story.headline}</h4>
    )
  return (
    <article class={`story-card${showImage ? '' : ' no-media'}`} data-nav-item="">
      <a class="card-link" href={`/stories/${story.id}`}>
        {showImage ? <StoryImage view={view} story={story} tile /> : null}
        {heading}
      </a>
      {story.lead ? <p class="card-lead">{truncate(story.lead, 140)}</p> : null}
      <CardMeta view={view} story={story} />
    </article>
  )
}

/** A story as a text row with a small thumbnail (the lead's side column, related lists). */
export const CompactStory: FC<{ view: View; story: StoryCard }> = ({ view, story }) => {
  const src = view.img(story.imageUrl)
  return (
    <article class="compact-story" data-nav-item="">
      <a class="compact-link" href={`/stories/${story.id}`}>
        <h3 class="compact-headline">{story.headline}</h3>
        {src ? (
          <span class="thumb">
            <img src={src} width={112} height={63} alt="" loading="lazy" decoding="async" />
          </span>
        ) : null}
      </a>
      <CardMeta view={view} story={story} />
    </article>
  )
}

/** One entry in a compact list: publisher, headline (to the reader view), time, story link. */
export const EntryRow: FC<{
  view: View
  entry: EntrySummary
  showExcerpt?: boolean
  showPublisher?: boolean
}> = ({ view, entry, showExcerpt, showPublisher = true }) => (
  <li class="entry-row" data-nav-item="">
    <p class="entry-source">
      {showPublisher ? (
        <>
          <PublisherIcon view={view} publisher={entry.publisher} size={16} />
          <a class="entry-publisher" href={`/publishers/${entry.publisher.slug}`}>
            {entry.publisher.name}
          </a>
          <span class="dot" aria-hidden="true">
            ·
          </span>
        </>
      ) : null}
      <TimeAgo view={view} at={entry.sortAt} />
    </p>
    <a class="entry-title" href={`/articles/${entry.id}`}>
      {entry.title}
    </a>
    {showExcerpt && entry.excerpt ? (
      <p class="entry-excerpt">{truncate(entry.excerpt, 200)}</p>
    ) : null}
    {entry.storyId !== null && entry.storyPublisherCount > 1 ? (
      <a class="entry-story" href={`/stories/${entry.storyId}`}>
        Full coverage · {count(entry.storyPublisherCount, 'publisher')}
      </a>
    ) : null}
  </li>
)
