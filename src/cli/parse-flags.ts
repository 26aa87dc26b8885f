/** @module parse-flags util.parseArgs with errors turned into one clear `invalid-input` line. */
import { parseArgs, type ParseArgsConfig } from 'node:util'

import { AppError } from '../domain/errors.js'

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new AppError(
      'invalid-input',
      `${(error as Error).message.split('\n')[0]}\nusage: broadsheet ${usage}`,
    )
  }
}
