/**
 * @module output
 * Everything the CLI prints goes through here: JSON lines, aligned tables, one-line errors with an exit
 * code per error code, and a progress bar on terminals (plain log lines otherwise).
 */
import { type ErrorCode, isAppError } from '../domain/errors.js'

export const EXIT_CODES: Record<ErrorCode, number> = {
  internal: 1,
  'invalid-input': 2,
  'invalid-config': 2,
  'not-found': 3,
  'fetch-failed': 4,
  'parse-error': 5,
  'schema-mismatch': 6,
  conflict: 7,
  forbidden: 8,
  unauthorized: 8,
}

export interface Output {
  line(text: string): void
  json(value: unknown): void
  table<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): void
  error(error: unknown): number
  /** a one-line warning on stderr: the command goes on */
  warn(text: string): void
  progress(label: string): Progress
}

export interface Progress {
  update(done: number, total: number): void
  finish(): void
}

export function createOutput(
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WriteStream = process.stderr,
): Output {
  return {
    line: (text) => void stdout.write(`${text}\n`),
    json: (value) => void stdout.write(`${JSON.stringify(value)}\n`),
    table(rows, columns) {
      const cells = rows.map((row) => columns.map((c) => formatCell(row[c])))
      const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)))
      const render = (values: string[]) =>
        values
          .map((v, i) => v.padEnd(widths[i]!))
          .join('  ')
          .trimEnd()
      stdout.write(`${render(columns.map((c) => c.toUpperCase()))}\n`)
      for (const row of cells) stdout.write(`${render(row)}\n`)
    },
    error(error) {
      const code: ErrorCode = isAppError(error) ? error.code : 'internal'
      const message = error instanceof Error ? error.message : String(error)
      stderr.write(`error: ${code === 'internal' ? `internal: ${message}` : message}\n`)
      if (code === 'internal' && error instanceof Error && error.stack) {
        stderr.write(`${error.stack}\n`)
      }
      return EXIT_CODES[code]
    },
    warn: (text) => void stderr.write(`warning: ${text}\n`),
    progress(label) {
      const isTty = stderr.isTTY === true
      let lastLogged = -1
      return {
        update(done, total) {
          const fraction = total === 0 ? 1 : done / total
          if (isTty) {
            const width = 30
            const filled = Math.round(fraction * width)
            stderr.write(
              `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`,
            )
          } else {
            const decile = Math.floor(fraction * 10)
            if (decile !== lastLogged) {
              lastLogged = decile
              stderr.write(`${label}: ${done}/${total}\n`)
            }
          }
        },
        finish() {
          if (isTty) stderr.write('\n')
        },
      }
    },
  }
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '-'
  if (value instanceof Date) return value.toISOString().replace('.000Z', 'Z')
  return String(value)
}
