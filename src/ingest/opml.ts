/**
 * @module opml
 * OPML subscription lists in and out (feedsmith parses and writes the XML). Folders are kept: a feed
 * nested in an outline folder gets that folder's title (nested folders are joined with " / ").
 */
import { generateOpml, parseOpml } from 'feedsmith'

import { AppError } from '../domain/errors.js'

export interface OpmlFeed {
  url: string
  title: string | null
  siteUrl: string | null
  folder: string | null
}

interface Outline {
  text?: string
  title?: string
  xmlUrl?: string
  htmlUrl?: string
  outlines?: Outline[]
}

export function parseOpmlFeeds(text: string): OpmlFeed[] {
  let document: { body?: { outlines?: Outline[] } }
  try {
    document = parseOpml(text) as typeof document
  } catch (error) {
    throw new AppError('invalid-input', `opml: not an OPML document (${(error as Error).message})`)
  }
  const out: OpmlFeed[] = []
  const walk = (outlines: Outline[] | undefined, folder: string | null) => {
    for (const outline of outlines ?? []) {
      if (outline.xmlUrl) {
        out.push({
          url: outline.xmlUrl.trim(),
          title: outline.title ?? outline.text ?? null,
          siteUrl: outline.htmlUrl ?? null,
          folder,
        })
      }
      if (outline.outlines?.length) {
        const name = outline.title ?? outline.text ?? null
        walk(
          outline.outlines,
          outline.xmlUrl ? folder : folder && name ? `${folder} / ${name}` : (name ?? folder),
        )
      }
    }
  }
  walk(document.body?.outlines, null)
  return out
}

export function renderOpml(feeds: readonly OpmlFeed[], title: string, now: Date): string {
  const folders = new Map<string, Outline[]>()
  const top: Outline[] = []
  for (const feed of feeds) {
    const outline: Outline & { type: string } = {
      text: feed.title ?? feed.url,
      title: feed.title ?? feed.url,
      type: 'rss',
      xmlUrl: feed.url,
      ...(feed.siteUrl && { htmlUrl: feed.siteUrl }),
    }
    if (feed.folder) {
      if (!folders.has(feed.folder)) {
        const children: Outline[] = []
        folders.set(feed.folder, children)
        top.push({ text: feed.folder, title: feed.folder, outlines: children })
      }
      folders.get(feed.folder)!.push(outline)
    } else {
      top.push(outline)
    }
  }
  return generateOpml({ head: { title, dateCreated: now }, body: { outlines: top } } as Parameters<
    typeof generateOpml
  >[0])
}
