/**
 * @module escape-markup
 * Escaping for the demo's hand-written XML and HTML: text and attribute values, and CDATA sections
 * that survive a `]]>` in the payload.
 */

/** Escapes text or an attribute value for XML and HTML. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Wraps text in a CDATA section, splitting any `]]>` it contains. */
export function cdata(text: string): string {
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`
}
