/**
 * @module parse-feed-error
 * The one error feed parsing throws. Its code is always 'parse-error'; `reason` tells a document that
 * is something else (an HTML page, other XML, plain JSON: 'not-a-feed', so the caller can offer feed
 * discovery) from one that is broken beyond recovery (empty, binary, unreadable: 'parse-error').
 */
import { AppError } from '../../domain/errors.js'

export type ParseFeedErrorReason = 'not-a-feed' | 'parse-error'

export class ParseFeedError extends AppError {
  readonly reason: ParseFeedErrorReason
  constructor(reason: ParseFeedErrorReason, message: string, options?: { cause?: unknown }) {
    super('parse-error', message, options)
    this.name = 'ParseFeedError'
    this.reason = reason
  }
}

/** Whether `error` says the document is not a feed at all (e.g. an HTML page). */
export function isNotAFeedError(error: unknown): error is ParseFeedError {
  return error instanceof ParseFeedError && error.reason === 'not-a-feed'
}
