/**
 * @module group-coverage
 * A story's members as the coverage list shows them (pure): one row per publisher, in the order they
 * first reported; within a row, the publisher's entries oldest first; copies folded under the entry
 * they copy (whoever ran them), unless that original is not part of the story.
 */
import type { CoverageMember, EntrySummary, PublisherRef } from '../../db/reader-store.js'

export interface CoverageItem {
  member: CoverageMember
  /** copies of this entry, by any publisher, oldest first */
  copies: CoverageMember[]
}

export interface CoverageRow {
  publisher: PublisherRef
  items: CoverageItem[]
  firstAt: Date
}

export function groupCoverage(members: readonly CoverageMember[]): CoverageRow[] {
  const sorted = [...members].sort(
    (a, b) => a.entry.sortAt.getTime() - b.entry.sortAt.getTime() || a.entry.id - b.entry.id,
  )
  const present = new Set(sorted.map((m) => m.entry.id as number))
  const items = new Map<number, CoverageItem>()
  const rows = new Map<number, CoverageRow>()
  const copies: CoverageMember[] = []
  for (const member of sorted) {
    if (member.copyOfEntryId !== null && present.has(member.copyOfEntryId)) {
      copies.push(member)
      continue
    }
    const item: CoverageItem = { member, copies: [] }
    items.set(member.entry.id, item)
    let row = rows.get(member.entry.publisher.id)
    if (!row) {
      row = { publisher: member.entry.publisher, items: [], firstAt: member.entry.sortAt }
      rows.set(member.entry.publisher.id, row)
    }
    row.items.push(item)
  }
  for (const copy of copies) {
    // a copy of a copy folds under the first original found along the chain
    let target = copy.copyOfEntryId
    const seen = new Set<number>()
    while (target !== null && !items.has(target) && !seen.has(target)) {
      seen.add(target)
      target = sorted.find((m) => m.entry.id === target)?.copyOfEntryId ?? null
    }
    const item = target === null ? undefined : items.get(target)
    if (item) item.copies.push(copy)
    else {
      const row = rows.get(copy.entry.publisher.id)
      if (row) row.items.push({ member: copy, copies: [] })
      else {
        rows.set(copy.entry.publisher.id, {
          publisher: copy.entry.publisher,
          items: [{ member: copy, copies: [] }],
          firstAt: copy.entry.sortAt,
        })
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.firstAt.getTime() - b.firstAt.getTime())
}

/** Entries of the story by publishers other than `publisherId` (the article page's "More coverage"). */
export function otherCoverage(
  members: readonly CoverageMember[],
  publisherId: number,
): EntrySummary[] {
  const seen = new Set<number>()
  return members
    .filter((m) => m.entry.publisher.id !== publisherId && m.copyOfEntryId === null)
    .map((m) => m.entry)
    .filter((e) => {
      if (seen.has(e.publisher.id)) return false
      seen.add(e.publisher.id)
      return true
    })
}
