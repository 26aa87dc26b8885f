/**
 * @module allowlist
 * The one table of what survives sanitising: which elements news content may use, which attributes each
 * may carry, which URL schemes links and media may point at, and which hosts may be embedded in an
 * iframe. Everything not listed here is removed (the element is dropped but its text kept, except for the
 * {@link DROP_WITH_CONTENT} elements, whose content goes too).
 */

/** Attributes allowed on every allowed element. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['lang', 'dir']

/**
 * Element → attributes it may keep (in addition to {@link GLOBAL_ATTRIBUTES}). `rel`/`target` on links,
 * `controls` on media and `sandbox`/`allow`/`referrerpolicy`/`loading` on iframes are always set by
 * the sanitiser itself; input values are overwritten.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  // Text blocks, sections and headings
  p: [],
  div: [],
  section: [],
  article: [],
  header: [],
  footer: [],
  aside: [],
  main: [],
  address: [],
  details: ['open'],
  summary: [],
  span: [],
  br: [],
  hr: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  blockquote: ['cite'],
  pre: [],
  // Lists
  ul: [],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  dl: [],
  dt: [],
  dd: [],
  // Inline semantics
  a: ['href', 'title', 'rel', 'target'],
  q: ['cite'],
  cite: [],
  code: [],
  kbd: [],
  samp: [],
  var: [],
  em: [],
  strong: [],
  b: [],
  i: [],
  u: [],
  s: [],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  sub: [],
  sup: [],
  small: [],
  mark: [],
  abbr: ['title'],
  time: ['datetime'],
  wbr: [],
  // Images and media
  figure: [],
  figcaption: [],
  picture: [],
  img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'],
  source: ['src', 'srcset', 'sizes', 'type', 'media'],
  video: ['src', 'poster', 'width', 'height', 'controls', 'preload'],
  audio: ['src', 'controls', 'preload'],
  track: ['src', 'kind', 'srclang', 'label'],
  iframe: [
    'src',
    'width',
    'height',
    'title',
    'allowfullscreen',
    'sandbox',
    'allow',
    'referrerpolicy',
    'loading',
  ],
  // Tables
  table: [],
  caption: [],
  colgroup: ['span'],
  col: ['span'],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope', 'abbr'],
  td: ['colspan', 'rowspan'],
}

/**
 * Disallowed elements whose whole content is dropped, not just the tag: code, styling, embedded
 * documents, form controls, and foreign content (SVG/MathML are the usual mutation-XSS carriers).
 */
export const DROP_WITH_CONTENT: readonly string[] = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'title',
  'head',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'textarea',
  'select',
  'option',
  'button',
  'xmp',
  'plaintext',
]

/** Disallowed block elements kept as a plain `<div>`, so their text stays a separate block. */
export const BLOCKS_AS_DIV: readonly string[] = [
  'center',
  'hgroup',
  'fieldset',
  'legend',
  'form',
  'nav',
  'dialog',
]

/** Allowed elements that never have content; written as `<img />`. */
export const VOID_ELEMENTS: readonly string[] = ['br', 'hr', 'img', 'source', 'track', 'wbr', 'col']

/** Attributes holding one URL; they are resolved against the base URL and scheme-checked. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'poster', 'cite']

/** Schemes allowed in links (`a href`, `cite`). */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel']

/** Schemes allowed for anything the browser loads by itself (images, media, iframes). */
export const MEDIA_SCHEMES: readonly string[] = ['http', 'https']

/** Elements whose URLs are fetched automatically, so only {@link MEDIA_SCHEMES} apply. */
export const MEDIA_ELEMENTS: readonly string[] = [
  'img',
  'source',
  'video',
  'audio',
  'track',
  'iframe',
]

/**
 * Video and audio players that may be embedded: hostname → allowed path prefixes. Any other iframe is
 * removed with its content. Embeds are always loaded over https.
 */
export const IFRAME_EMBEDS: Readonly<Record<string, readonly string[]>> = {
  'www.youtube.com': ['/embed/'],
  'youtube.com': ['/embed/'],
  'www.youtube-nocookie.com': ['/embed/'],
  'youtube-nocookie.com': ['/embed/'],
  'player.vimeo.com': ['/video/'],
  'www.dailymotion.com': ['/embed/'],
  'geo.dailymotion.com': ['/player'],
  'player.twitch.tv': ['/'],
  'w.soundcloud.com': ['/player/'],
  'open.spotify.com': ['/embed/', '/embed-podcast/'],
  'bandcamp.com': ['/EmbeddedPlayer/'],
  'embed.ted.com': ['/talks/'],
  'www.facebook.com': ['/plugins/video.php'],
  'player.rumble.com': ['/embed/'],
  'rumble.com': ['/embed/'],
}

/** The fixed attributes every kept iframe gets (scripts are needed by every player). */
export const IFRAME_ATTRIBUTES: Readonly<Record<string, string>> = {
  sandbox:
    'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation',
  allow: 'fullscreen; picture-in-picture; encrypted-media',
  allowfullscreen: '',
  referrerpolicy: 'strict-origin-when-cross-origin',
  loading: 'lazy',
}

/** The fixed attributes every kept link gets. */
export const LINK_ATTRIBUTES: Readonly<Record<string, string>> = {
  rel: 'noopener noreferrer',
  target: '_blank',
}
