/**
 * @module cluster-jsonl
 * The JSONL face of {@link clusterBatch}: `broadsheet cluster --input FILE.jsonl` reads one
 * entry per line (`{ id, title, text, url?, published?, source? }`) and writes one
 * `{ "id", "story" }` per line, in input order. Blank lines are skipped; a bad line is an error
 * that names its line number.
 */

import { AppError } from '../domain/errors.js'
import { clusterBatch, type ClusterBatchOptions } from './cluster-batch.js'
import type { ClusterInputDoc } from './entry-features.js'

/** Parse JSONL entries; throws `line N: ...` on the first bad line. */
export function parseClusterJsonl(inputText: string): ClusterInputDoc[] {
  const docs: ClusterInputDoc[] = []
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
    docs.push(toDoc(value, where))
  }
  return docs
}

function optionalString(o: Record<string, unknown>, key: string, where: string): string | null {
  const v = o[key]
  if (v === undefined || v === null) return null
  if (typeof v !== 'string') {
    throw new AppError('invalid-input', `${where}: "${key}" must be a string`)
  }
  return v
}

function toDoc(value: unknown, where: string): ClusterInputDoc {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AppError('invalid-input', `${where}: expected a JSON object`)
  }
  const o = value as Record<string, unknown>
  const id = o.id
  if (typeof id !== 'string' && typeof id !== 'number') {
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
    id: String(id),
    title,
    text,
    url: optionalString(o, 'url', where),
    published: published ?? null,
    source: optionalString(o, 'source', where),
  }
}

/** Cluster JSONL text; returns JSONL text (`{"id":"…","story":"…"}` per line). */
export function clusterJsonl(inputText: string, options: ClusterBatchOptions = {}): string {
  const out = clusterBatch(parseClusterJsonl(inputText), options)
  return (
    out.map((r) => JSON.stringify({ id: r.id, story: r.story })).join('\n') +
    (out.length > 0 ? '\n' : '')
  )
}
