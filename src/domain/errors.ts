/**
 * @module errors
 * The closed set of error codes that cross module boundaries. Services throw `AppError(code, message)`;
 * `http/errors.ts` maps codes to HTTP statuses and `cli/output.ts` maps them to exit codes.
 */
export type ErrorCode =
  | 'invalid-config'
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'forbidden'
  | 'unauthorized'
  | 'parse-error'
  | 'fetch-failed'
  | 'schema-mismatch'
  | 'internal'

export class AppError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'AppError'
    this.code = code
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError
}
