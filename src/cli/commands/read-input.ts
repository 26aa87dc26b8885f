/** @module read-input A CLI argument that is a file path, `-` (stdin) or an http(s) URL → bytes. */
import { readFile } from 'node:fs/promises'

import { AppError } from '../../domain/errors.js'
import type { Fetcher } from '../../ingest/fetch/fetcher.js'

export async function readInput(
  input: string,
  fetcher: Fetcher | null,
  accept?: string,
): Promise<{ body: Buffer; contentType: string | null; url: string | null }> {
  if (/^https?:\/\//i.test(input)) {
    const result = await fetcher!.fetch({ url: input, accept })
    if (result.kind === 'ok') {
      return { body: result.body, contentType: result.contentType, url: result.url }
    }
    const message =
      result.kind === 'failed'
        ? `${result.failure.reason}: ${result.failure.message}`
        : 'unexpected 304'
    throw new AppError('fetch-failed', message)
  }
  try {
    const body = input === '-' ? await readStdin() : await readFile(input)
    return { body, contentType: null, url: null }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new AppError(
      'invalid-input',
      `cannot read ${input}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`,
    )
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
