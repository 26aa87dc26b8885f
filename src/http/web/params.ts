/**
 * @module params
 * Parsing of path and query parameters at the boundary (pure). Malformed input throws
 * `AppError('invalid-input')` with a message the page shows; it never reaches a query.
 */
import { AppError } from '../../domain/errors.js'

const MAX_ID = 2 ** 31 - 1

/** A positive integer id from a path segment: "42" → 42; "abc", "0", "1e3", "99999999999" → 400. */
export function parseId(text: string | undefined, what: string): number {
  if (!text || !/^[1-9]\d{0,9}$/.test(text) || Number(text) > MAX_ID) {
    throw new AppError('invalid-input', `${what}: "${truncated(text)}" is not a valid id`)
  }
  return Number(text)
}

/** A publisher slug: lower-case letters, digits and dashes. */
export function parseSlug(text: string | undefined): string {
  if (!text || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(text)) {
    throw new AppError('invalid-input', `publishers: "${truncated(text)}" is not a valid publisher`)
  }
  return text
}

/** An entity key such as `person:mark-rutte`. */
export function parseEntityKey(text: string | undefined): string {
  if (
    !text ||
    text.length > 200 ||
    !/^[a-z]+:[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}.'-]*$/u.test(text)
  ) {
    throw new AppError('invalid-input', `topics: "${truncated(text)}" is not a valid topic`)
  }
  return text
}

/** `YYYY-MM-DD` → the UTC midnight starting that day; empty → undefined. */
export function parseDay(text: string | undefined, what: string): Date | undefined {
  if (text === undefined || text === '') return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const date = match ? new Date(`${text}T00:00:00.000Z`) : null
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new AppError(
      'invalid-input',
      `search: ${what} "${truncated(text)}" is not a date (YYYY-MM-DD)`,
    )
  }
  return date
}

/** A 1-based page number; empty → 1. */
export function parsePage(text: string | undefined): number {
  if (text === undefined || text === '') return 1
  if (!/^[1-9]\d{0,3}$/.test(text)) {
    throw new AppError('invalid-input', `search: page "${truncated(text)}" is not a page number`)
  }
  return Number(text)
}

/** The "Latest" paging cursor: `<ISO instant>~<id>` of the last entry shown. */
export function encodeCursor(entry: { sortAt: Date; id: number }): string {
  return encodeURIComponent(`${entry.sortAt.toISOString()}~${entry.id}`)
}

export function parseCursor(text: string | undefined): { sortAt: Date; id: number } | null {
  if (text === undefined || text === '') return null
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([1-9]\d{0,9})$/.exec(text)
  const sortAt = match ? new Date(match[1]!) : null
  if (!match || !sortAt || Number.isNaN(sortAt.getTime())) {
    throw new AppError('invalid-input', `latest: "${truncated(text)}" is not a valid position`)
  }
  return { sortAt, id: Number(match[2]) }
}

function truncated(text: string | undefined): string {
  const value = text ?? ''
  return value.length > 60 ? `${value.slice(0, 60)}…` : value
}
