/**
 * @module cluster-jsonl
 * The JSONL face of {@link clusterBatch}: `broadsheet cluster --input FILE.jsonl` reads one
 * entry per line (`{ id, title, text, url?, published?, source?, categories?, links? }`) and
 * writes one `{ "id", "story" }` per line, in input order, each id as the input gave it (a number
 * stays a number). Blank lines are skipped; a bad line, or an id given twice, is an error that
 * names its line number.
 */

import { AppError } from '../domain/errors.js'
import { clusterBatch, type ClusterBatchOptions } from './cluster-batch.js'
import { type ClusterInputDoc, parsePublished } from './entry-features.js'

/** Entries of a JSONL batch, and each one's id as written in the input. */
export interface ClusterJsonlInput {
  docs: ClusterInputDoc[]
  ids: (string | number)[]
  /** what was read but not understood, one line each (the entries are still clustered) */
  warnings: string[]
}

/** Parse JSONL entries; throws `line N: ...` on the first bad line. */
export function parseClusterJsonl(inputText: string): ClusterInputDoc[] {
  return readClusterJsonl(inputText).docs
}

/** Parse JSONL entries, keeping each id as the input wrote it. */
export function readClusterJsonl(inputText: string): ClusterJsonlInput {
  const docs: ClusterInputDoc[] = []
  const ids: (string | number)[] = []
  const lineOf = new Map<string, number>()
  const undated: string[] = []
  const lines = inputText.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim()
    if (line === '') continue
    const where = `line ${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (err) {
      throw new AppError('invalid-input', `${where}: invalid JSON (${(err as Error).message})`, {
        cause: err,
      })
    }
    const { doc, id } = toDoc(value, where)
    const first = lineOf.get(doc.id)
    if (first !== undefined) {
      throw new AppError(
        'invalid-input',
        `${where}: id ${JSON.stringify(id)} is also on line ${first}`,
      )
    }
    lineOf.set(doc.id, i + 1)
    docs.push(doc)
    ids.push(id)
    if (
      doc.published !== null &&
      doc.published !== undefined &&
      parsePublished(doc.published) === null
    ) {
      undated.push(`${where} (${JSON.stringify(doc.published)})`)
    }
  }
  const warnings =
    undated.length === 0
      ? []
      : [
          `${undated.length} ${undated.length === 1 ? 'entry has' : 'entries have'} a "published" that is not a date, ` +
            `so no time signal: ${undated.slice(0, 3).join(', ')}${undated.length > 3 ? ', …' : ''}`,
        ]
  return { docs, ids, warnings }
}

function optionalString(o: Record<string, unknown>, key: string, where: string): string | null {
  const v = o[key]
  if (v === undefined || v === null) return null
  if (typeof v !== 'string') {
    throw new AppError('invalid-input', `${where}: "${key}" must be a string`)
  }
  return v
}

/** Strings as they are, numbers as text (an outlet's numeric id), null when missing. */
function optionalLabel(o: Record<string, unknown>, key: string, where: string): string | null {
  const v = o[key]
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return optionalString(o, key, where)
}

function optionalStrings(o: Record<string, unknown>, key: string, where: string): string[] | null {
  const v = o[key]
  if (v === undefined || v === null) return null
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new AppError('invalid-input', `${where}: "${key}" must be an array of strings`)
  }
  return v as string[]
}

function toDoc(value: unknown, where: string): { doc: ClusterInputDoc; id: string | number } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AppError('invalid-input', `${where}: expected a JSON object`)
  }
  const o = value as Record<string, unknown>
  const id = o.id
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    throw new AppError('invalid-input', `${where}: "id" must be a string or a number`)
  }
  const title = optionalString(o, 'title', where) ?? ''
  const text = optionalString(o, 'text', where) ?? ''
  if (title === '' && text === '') {
    throw new AppError('invalid-input', `${where}: needs a "title" or a "text"`)
  }
  const published = o.published
  if (
    published !== undefined &&
    published !== null &&
    typeof published !== 'string' &&
    typeof published !== 'number'
  ) {
    throw new AppError(
      'invalid-input',
      `${where}: "published" must be a date string or epoch milliseconds`,
    )
  }
  return {
    id,
    doc: {
      id: String(id),
      title,
      text,
      url: optionalString(o, 'url', where),
      published: published ?? null,
      source: optionalLabel(o, 'source', where),
      categories: optionalStrings(o, 'categories', where),
      links: optionalStrings(o, 'links', where),
    },
  }
}

/** Cluster JSONL text; returns JSONL text (`{"id":"…","story":"…"}` per line). */
export function clusterJsonl(inputText: string, options: ClusterBatchOptions = {}): string {
  const { docs, ids } = readClusterJsonl(inputText)
  return formatClusterJsonl(ids, clusterBatch(docs, options))
}

/** Output lines for a batch: each input id as it was given, with its story. */
export function formatClusterJsonl(
  ids: readonly (string | number)[],
  out: readonly { id: string; story: string }[],
): string {
  return (
    out.map((r, i) => JSON.stringify({ id: ids[i] ?? r.id, story: r.story })).join('\n') +
    (out.length > 0 ? '\n' : '')
  )
}
