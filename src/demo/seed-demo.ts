/**
 * @module seed-demo
 * Subscribes an instance to the demo publishers' feeds (served by `startDemoServer`) through the same
 * services an operator uses, with each publisher's country, language and icon.
 */
import type { App } from '../app.js'
import type { DemoServer } from './demo-server.js'

export async function seedDemo(
  app: App,
  demo: Pick<DemoServer, 'origin' | 'feedUrls' | 'publishers'>,
): Promise<void> {
  const bySlug = new Map(demo.publishers.map((p) => [p.slug, p]))
  for (const feed of demo.feedUrls) {
    const publisher = bySlug.get(feed.publisherSlug)!
    await app.services.addPublisherFeed(
      {
        slug: publisher.slug,
        name: publisher.name,
        homepageUrl: publisher.homepage,
        country: publisher.country,
        language: publisher.language,
        iconUrl: `${demo.origin}${publisher.iconPath}`,
      },
      { url: feed.url, title: feed.title },
    )
  }
  await app.services.makeAllDue()
}
