/**
 * @module errors
 * The one place that maps error codes to HTTP statuses. Handlers and services throw
 * `AppError(code, message)`; `createErrorHandler` (Hono's `onError`) answers with the status and lets
 * the caller render the body (an HTML page for the reader, JSON for machine endpoints).
 */
import type { Context, Env, ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

import { AppError, type ErrorCode, isAppError } from '../domain/errors.js'
import type { Logger } from '../lib/logger.js'

const STATUS: Readonly<Record<ErrorCode, ContentfulStatusCode>> = {
  'invalid-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'fetch-failed': 502,
  'invalid-config': 500,
  'parse-error': 500,
  'schema-mismatch': 500,
  internal: 500,
}

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return STATUS[code]
}

/** Any thrown value → an AppError (HTTPExceptions from Hono's own middleware keep their meaning). */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error
  if (error instanceof HTTPException) {
    const code: ErrorCode =
      error.status === 400 || error.status === 413 || error.status === 415
        ? 'invalid-input'
        : error.status === 401
          ? 'unauthorized'
          : error.status === 403
            ? 'forbidden'
            : error.status === 404
              ? 'not-found'
              : 'internal'
    return new AppError(code, error.message || 'http: request refused', { cause: error })
  }
  return new AppError('internal', 'http: something went wrong on our side', { cause: error })
}

export type ErrorRenderer<E extends Env> = (
  c: Context<E>,
  error: AppError,
  status: ContentfulStatusCode,
) => Response | Promise<Response>

/** Hono `onError`: logs server errors, then renders the error with its status. */
export function createErrorHandler<E extends Env>(
  render: ErrorRenderer<E>,
  logger: Logger,
): ErrorHandler<E> {
  return async (error, c) => {
    const appError = toAppError(error)
    const status = statusOf(appError.code)
    if (status >= 500) {
      logger.error(
        { err: error, method: c.req.method, path: c.req.path, code: appError.code },
        'http request failed',
      )
    }
    try {
      return await render(c, appError, status)
    } catch (renderError) {
      logger.error({ err: renderError }, 'http error page failed to render')
      return c.text(appError.message, status)
    }
  }
}
