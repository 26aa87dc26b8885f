/**
 * @module canonical-url
 * One spelling per article URL: lower-case scheme and host, no default port, no fragment, tracking
 * parameters removed, remaining parameters kept in order. Returns null for anything that is not http(s).
 */

/** Exact parameter names that only track the reader. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'oly_enc_id',
  'oly_anon_id',
  'vero_id',
  'wickedid',
  'rb_clickid',
  's_cid',
  'ncid',
  'cmpid',
  'ito',
  'at_medium',
  'at_campaign',
  'ref_src',
  'ref_url',
  'spm',
  'share',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
])

/** Parameter name prefixes that only track the reader (utm_source, utm_medium, pk_campaign, ...). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'matomo_', 'piwik_', 'hmb_', 'ga_', '__s', 'trk_']

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase()
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix))
}

export function canonicalUrl(
  input: string | null | undefined,
  base?: string | null,
): string | null {
  if (!input) return null
  let url: URL
  try {
    url = base ? new URL(input.trim(), base) : new URL(input.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  // URL already lower-cases scheme and host and drops default ports.
  url.hash = ''
  url.username = ''
  url.password = ''
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name))
  url.search = ''
  for (const [name, value] of kept) url.searchParams.append(name, value)
  let text = url.toString()
  if (text.endsWith('?')) text = text.slice(0, -1)
  return text
}
