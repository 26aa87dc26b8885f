/**
 * @module render-image
 * Generated SVG artwork for the demo: 16:9 placeholder photographs (a gradient, the caption and
 * the publisher's name) and square publisher icons (initials on the publisher's colour).
 */
import { fnv1a32 } from '../lib/hash.js'
import { escapeXml } from './escape-markup.js'

export interface PlaceholderImage {
  readonly width: number
  readonly height: number
  /** Caption drawn on the image; also its accessible name. */
  readonly caption: string
  /** Small credit line, e.g. the publisher's name. */
  readonly credit: string
  /** Seed for the gradient's hue. */
  readonly seed: string
}

function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines)
    kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`
    return kept
  }
  return lines
}

/** A placeholder "photograph": gradient, soft shapes, caption and credit. */
export function renderImageSvg(image: PlaceholderImage): string {
  const { width, height } = image
  const hue = fnv1a32(image.seed) % 360
  const second = (hue + 40) % 360
  const fontSize = Math.round(width / 24)
  const lines = wrap(image.caption, 40, 3)
  const firstBaseline = height - Math.round(height * 0.12) - (lines.length - 1) * fontSize * 1.25
  const text = lines
    .map(
      (l, i) =>
        `<text x="${Math.round(width * 0.05)}" y="${Math.round(firstBaseline + i * fontSize * 1.25)}" font-size="${fontSize}">${escapeXml(l)}</text>`,
    )
    .join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(image.caption)}">`,
    `<title>${escapeXml(image.caption)}</title>`,
    '<defs>',
    `<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,38%)"/><stop offset="1" stop-color="hsl(${second},55%,18%)"/></linearGradient>`,
    '<linearGradient id="shade" x1="0" y1="0" x2="0" y2="1"><stop offset="0.45" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.65"/></linearGradient>',
    '</defs>',
    `<rect width="${width}" height="${height}" fill="url(#g)"/>`,
    `<circle cx="${Math.round(width * 0.72)}" cy="${Math.round(height * 0.32)}" r="${Math.round(height * 0.38)}" fill="hsl(${second},60%,70%)" fill-opacity="0.18"/>`,
    `<circle cx="${Math.round(width * 0.2)}" cy="${Math.round(height * 0.25)}" r="${Math.round(height * 0.16)}" fill="#fff" fill-opacity="0.08"/>`,
    `<rect width="${width}" height="${height}" fill="url(#shade)"/>`,
    `<g font-family="Georgia, 'Times New Roman', serif" fill="#fff">${text}</g>`,
    `<text x="${Math.round(width * 0.95)}" y="${Math.round(height * 0.07)}" font-family="Helvetica, Arial, sans-serif" font-size="${Math.round(fontSize * 0.55)}" fill="#fff" fill-opacity="0.8" text-anchor="end">${escapeXml(image.credit)}</text>`,
    '</svg>',
  ].join('\n')
}

export interface PublisherIcon {
  readonly initials: string
  readonly color: string
  readonly name: string
}

/** A square icon: the publisher's initials on its colour. */
export function renderIconSvg(icon: PublisherIcon, size = 64): string {
  const fontSize = Math.round(size * (icon.initials.length > 2 ? 0.34 : 0.44))
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(icon.name)}">`,
    `<title>${escapeXml(icon.name)}</title>`,
    `<rect width="${size}" height="${size}" rx="${Math.round(size * 0.18)}" fill="${escapeXml(icon.color)}"/>`,
    `<text x="50%" y="50%" dy="0.35em" text-anchor="middle" font-family="Georgia, 'Times New Roman', serif" font-weight="700" font-size="${fontSize}" fill="#fff">${escapeXml(icon.initials)}</text>`,
    '</svg>',
  ].join('\n')
}
