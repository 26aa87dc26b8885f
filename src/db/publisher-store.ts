/** @module publisher-store Publishers: find-or-create by slug, list, look up. */
import type { Kysely, Selectable } from 'kysely'

import type { PublisherId } from '../domain/ids.js'
import type { NewPublisher, Publisher } from '../domain/publisher.js'
import type { PublishersTable, Tables } from './tables.js'

export type PublisherStore = ReturnType<typeof createPublisherStore>

export function rowToPublisher(row: Selectable<PublishersTable>): Publisher {
  return {
    id: row.id as PublisherId,
    slug: row.slug,
    name: row.name,
    homepageUrl: row.homepage_url,
    country: row.country,
    language: row.language,
    iconUrl: row.icon_url,
  }
}

export function createPublisherStore(db: Kysely<Tables>) {
  return {
    async bySlug(slug: string): Promise<Publisher | null> {
      const row = await db
        .selectFrom('publishers')
        .selectAll()
        .where('slug', '=', slug)
        .executeTakeFirst()
      return row ? rowToPublisher(row) : null
    },
    async byId(id: PublisherId): Promise<Publisher | null> {
      const row = await db
        .selectFrom('publishers')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row ? rowToPublisher(row) : null
    },
    async list(): Promise<Publisher[]> {
      const rows = await db.selectFrom('publishers').selectAll().orderBy('name').execute()
      return rows.map(rowToPublisher)
    },
    /** Finds the publisher with this slug, or creates it; fills in fields that are still empty. */
    async ensure(publisher: NewPublisher, now: Date): Promise<Publisher> {
      const existing = await this.bySlug(publisher.slug)
      if (existing) {
        const patch = {
          homepage_url: existing.homepageUrl ?? publisher.homepageUrl,
          country: existing.country ?? publisher.country,
          language: existing.language ?? publisher.language,
          icon_url: existing.iconUrl ?? publisher.iconUrl,
        }
        if (
          patch.homepage_url !== existing.homepageUrl ||
          patch.country !== existing.country ||
          patch.language !== existing.language ||
          patch.icon_url !== existing.iconUrl
        ) {
          await db.updateTable('publishers').set(patch).where('id', '=', existing.id).execute()
        }
        return (await this.byId(existing.id))!
      }
      const row = await db
        .insertInto('publishers')
        .values({
          slug: publisher.slug,
          name: publisher.name,
          homepage_url: publisher.homepageUrl,
          country: publisher.country,
          language: publisher.language,
          icon_url: publisher.iconUrl,
          created_at: now.toISOString(),
        })
        .onConflict((oc) => oc.column('slug').doNothing())
        .returningAll()
        .executeTakeFirst()
      return row ? rowToPublisher(row) : (await this.bySlug(publisher.slug))!
    },
  }
}
