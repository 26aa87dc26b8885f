/**
 * @module about-page
 * `/about`: how Top stories are ranked and how entries become stories, in plain words (every
 * ranking has a "how this works" page).
 */
import type { FC } from 'hono/jsx'

import { DEFAULT_STORY_RANK_OPTIONS } from '../../../rank/score-story.js'
import { Layout } from '../components/layout.js'
import { type PageContext, renderPage } from '../page-context.js'
import type { View } from '../view.js'

export function aboutHandler({ c, view }: PageContext): Promise<Response> {
  return renderPage(c, <AboutPage view={view} />)
}

export const AboutPage: FC<{ view: View }> = ({ view }) => {
  const o = DEFAULT_STORY_RANK_OPTIONS
  return (
    <Layout
      view={view}
      meta={{
        title: 'How it works',
        description: 'How Top stories are ranked and how entries are grouped into stories.',
        section: 'about',
      }}
    >
      <article class="prose">
        <h1 class="page-title">How it works</h1>
        <h2>Stories</h2>
        <p>
          {view.instanceName} reads the feeds of many publishers. Entries that report the same event
          are grouped into a story: they name the same people, organisations and places, use the
          same words, and appear within hours of each other. Near-identical texts, such as agency
          copy republished by several outlets, are folded as copies. Every story page says why its
          entries are together, and every entry links to its original.
        </p>
        <h2>Top stories</h2>
        <p>Top stories are the same for every reader. Each story of the last three days scores</p>
        <p class="formula">score = breadth × recency × velocity</p>
        <ul>
          <li>
            <strong>Breadth</strong>: how many publishers cover the story. A publisher with several
            feeds counts once.
          </li>
          <li>
            <strong>Recency</strong>: halves every {o.halfLifeHours} hours since the story's latest
            entry.
          </li>
          <li>
            <strong>Velocity</strong>: entries in the last {o.velocityWindowHours} hours against the{' '}
            {o.velocityWindowHours} hours before, damped (square root, between {o.velocityMin} and{' '}
            {o.velocityMax}), so a story gaining coverage rises and one that went quiet sinks.
          </li>
        </ul>
        <p>No one pays to be placed, and nothing about you is used.</p>
      </article>
    </Layout>
  )
}
