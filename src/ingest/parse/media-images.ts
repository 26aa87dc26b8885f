/**
 * @module media-images
 * Image candidates from Media RSS (`media:content`, `media:thumbnail`, `media:group`), best first: full
 * images before thumbnails, and among several sizes of one picture the widest.
 */
import type { MediaNs } from 'feedsmith'

import { isImageType, looksLikeImage } from './feed-document.js'

type MediaContent = MediaNs.Content
type MediaThumbnail = MediaNs.Thumbnail

/**
 * Image URLs (as written, unresolved) from an item's Media RSS elements, best first.
 * @example mediaImages({ thumbnails: [{ url: 'https://example.com/t.jpg' }] }) // ['https://example.com/t.jpg']
 */
export function mediaImages(media: MediaNs.ItemOrFeed | undefined): string[] {
  if (media === undefined) return []
  const contents: MediaContent[] = [...(media.contents ?? [])]
  const thumbnails: MediaThumbnail[] = [...(media.thumbnails ?? [])]
  for (const group of media.groups ?? []) {
    contents.push(...(group.contents ?? []))
    thumbnails.push(...(group.thumbnails ?? []))
  }
  for (const content of contents) thumbnails.push(...(content.thumbnails ?? []))
  const images = contents.filter(isImageContent)
  return [...widestFirst(images), ...widestFirst(thumbnails)].flatMap((image) =>
    image.url === undefined ? [] : [image.url],
  )
}

function isImageContent(content: MediaContent): boolean {
  if (content.url === undefined) return false
  if (content.medium !== undefined) return content.medium.trim().toLowerCase() === 'image'
  if (content.type !== undefined) return isImageType(content.type)
  return looksLikeImage(content.url)
}

function widestFirst<T extends { width?: number }>(images: T[]): T[] {
  if (images.length < 2) return images
  // stable: images without a width keep their order after those with one
  return images
    .map((image, index) => ({ image, index }))
    .sort((a, b) => (b.image.width ?? -1) - (a.image.width ?? -1) || a.index - b.index)
    .map(({ image }) => image)
}
