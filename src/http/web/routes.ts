/**
 * @module routes
 * Every route of the web reader on one screen. `create-http-app.ts` mounts them in this order; routes
 * marked `isOperatorOnly` answer loopback requests only, and every POST is CSRF-checked.
 */
import type { PageContext } from './page-context.js'
import { aboutHandler } from './pages/about-page.js'
import { articleHandler } from './pages/article-page.js'
import { offlineHandler } from './pages/error-page.js'
import { homeHandler } from './pages/home-page.js'
import { latestHandler } from './pages/latest-page.js'
import { addFeedHandler, operatorHandler } from './pages/operator-page.js'
import { publisherHandler } from './pages/publisher-page.js'
import { searchHandler } from './pages/search-page.js'
import { storyHandler } from './pages/story-page.js'
import { topicHandler } from './pages/topic-page.js'
import {
  assetHandler,
  healthHandler,
  imageHandler,
  manifestHandler,
  serviceWorkerHandler,
} from './system-handlers.js'

export interface WebRoute {
  method: 'GET' | 'POST'
  path: string
  handler: (ctx: PageContext) => Response | Promise<Response>
  /** loopback requests only (the operator's pages, until accounts exist) */
  isOperatorOnly?: boolean
  what: string
}

export const WEB_ROUTES: readonly WebRoute[] = [
  { method: 'GET', path: '/', handler: homeHandler, what: 'Home: Top stories, Latest, topics' },
  {
    method: 'GET',
    path: '/latest',
    handler: latestHandler,
    what: 'Latest entries (?before=cursor, &fragment=1)',
  },
  {
    method: 'GET',
    path: '/stories/:id',
    handler: storyHandler,
    what: 'Full coverage of a story (301 if merged)',
  },
  {
    method: 'GET',
    path: '/articles/:id',
    handler: articleHandler,
    what: 'Reader view of an entry',
  },
  {
    method: 'GET',
    path: '/topics/:key',
    handler: topicHandler,
    what: 'An entity and its latest stories',
  },
  {
    method: 'GET',
    path: '/publishers/:slug',
    handler: publisherHandler,
    what: 'A publisher, its feeds and entries',
  },
  {
    method: 'GET',
    path: '/search',
    handler: searchHandler,
    what: 'Search (?q=&publisher=&topic=&from=&to=&page=)',
  },
  {
    method: 'GET',
    path: '/about',
    handler: aboutHandler,
    what: 'How Top stories and stories work',
  },
  {
    method: 'GET',
    path: '/offline',
    handler: offlineHandler,
    what: 'Offline fallback (cached by the service worker)',
  },
  {
    method: 'GET',
    path: '/operator',
    handler: operatorHandler,
    isOperatorOnly: true,
    what: 'Feed health',
  },
  {
    method: 'POST',
    path: '/operator/feeds',
    handler: addFeedHandler,
    isOperatorOnly: true,
    what: 'Add a feed by URL',
  },
  { method: 'GET', path: '/img', handler: imageHandler, what: 'Image proxy (?url=&s=signature)' },
  {
    method: 'GET',
    path: '/assets/:name',
    handler: assetHandler,
    what: 'CSS, JS and icons (?v=hash)',
  },
  { method: 'GET', path: '/sw.js', handler: serviceWorkerHandler, what: 'Service worker' },
  {
    method: 'GET',
    path: '/manifest.webmanifest',
    handler: manifestHandler,
    what: 'Web app manifest',
  },
  { method: 'GET', path: '/healthz', handler: healthHandler, what: 'Health check (JSON)' },
]
