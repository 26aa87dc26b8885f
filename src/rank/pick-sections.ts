/**
 * @module pick-sections
 * The home page's sections by topic (pure). An entity is a story's *subject* when it is among the
 * story's `subjectsPerStory` most-mentioned entities; topics are ranked by how many stories of the
 * window have them as a subject (then by mentions), so "NATO" or "Storm Oonagh" make sections and an
 * entity every story mentions in passing ("United States") does not crowd them out. Each section
 * lists its most recent stories; a story appears in one section at most and never when already shown
 * (`excludeStoryIds`, the Top stories); at most `maxPerKind` sections share a kind, so the page mixes
 * people, organisations and places.
 */

export interface SectionInputRow {
  entityId: number
  storyId: number
  /** the story's latest entry, ms since epoch */
  lastEntryAt: number
  /** mentions of the entity summed over the story's entries */
  mentions: number
}

export interface SectionPick {
  entityId: number
  /** stories of the window with this entity as a subject */
  storyCount: number
  storyIds: number[]
}

export interface PickSectionsOptions {
  maxSections: number
  storiesPerSection: number
  minStories: number
  subjectsPerStory: number
  /** at most this many sections of one entity kind (so places do not fill the page) */
  maxPerKind: number
  /** entity id → kind ('person', 'organization', 'place'); unknown ids share one kind */
  kindOf?: (entityId: number) => string | undefined
  excludeStoryIds?: readonly number[]
}

export const DEFAULT_PICK_SECTIONS: PickSectionsOptions = {
  maxSections: 4,
  storiesPerSection: 4,
  minStories: 2,
  subjectsPerStory: 3,
  maxPerKind: 2,
}

export function pickSections(
  rows: readonly SectionInputRow[],
  options: PickSectionsOptions = DEFAULT_PICK_SECTIONS,
): SectionPick[] {
  const byStory = new Map<number, SectionInputRow[]>()
  for (const row of rows) {
    const list = byStory.get(row.storyId) ?? []
    list.push(row)
    byStory.set(row.storyId, list)
  }
  const byEntity = new Map<number, { stories: { id: number; at: number }[]; mentions: number }>()
  for (const list of byStory.values()) {
    const subjects = [...list]
      .sort((a, b) => b.mentions - a.mentions || a.entityId - b.entityId)
      .slice(0, options.subjectsPerStory)
    for (const row of subjects) {
      const acc = byEntity.get(row.entityId) ?? { stories: [], mentions: 0 }
      acc.stories.push({ id: row.storyId, at: row.lastEntryAt })
      acc.mentions += row.mentions
      byEntity.set(row.entityId, acc)
    }
  }
  const ranked = [...byEntity.entries()]
    .filter(([, acc]) => acc.stories.length >= options.minStories)
    .sort(
      ([idA, a], [idB, b]) =>
        b.stories.length - a.stories.length || b.mentions - a.mentions || idA - idB,
    )
  const used = new Set<number>(options.excludeStoryIds ?? [])
  const picked: SectionPick[] = []
  const perKind = new Map<string, number>()
  for (const [entityId, acc] of ranked) {
    if (picked.length >= options.maxSections) break
    const kind = options.kindOf?.(entityId) ?? ''
    if ((perKind.get(kind) ?? 0) >= options.maxPerKind) continue
    const storyIds = acc.stories
      .filter((s) => !used.has(s.id))
      .sort((a, b) => b.at - a.at || b.id - a.id)
      .slice(0, options.storiesPerSection)
      .map((s) => s.id)
    if (storyIds.length < Math.min(options.minStories, options.storiesPerSection)) continue
    for (const id of storyIds) used.add(id)
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1)
    picked.push({ entityId, storyCount: acc.stories.length, storyIds })
  }
  return picked
}
