/**
 * @module read-body
 * Reads a response body into memory, undoing its `Content-Encoding` (gzip, deflate, br) on the way
 * and stopping as soon as the DECODED size passes the cap, so a gzip bomb costs at most `maxBytes`
 * of memory. Every stage keeps stream back-pressure: nothing is inflated faster than it is counted.
 */
import { Transform, type TransformCallback, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  constants,
  createBrotliDecompress,
  createGunzip,
  createInflate,
  createInflateRaw,
  type Inflate,
  type InflateRaw,
} from 'node:zlib'

export type ReadBodyResult =
  | { kind: 'ok'; body: Buffer }
  | { kind: 'too-large'; message: string }
  | { kind: 'decode-error'; message: string }

/**
 * Other failures (reset, abort) reject, and the caller classifies them. On any result but 'ok'
 * the source may be left unread: the caller disposes of it.
 *
 * @example
 * const result = await readBody(response.body, response.headers['content-encoding'], 10 * MiB)
 */
export async function readBody(
  source: NodeJS.ReadableStream,
  contentEncoding: string | null,
  maxBytes: number,
): Promise<ReadBodyResult> {
  const codings = parseContentEncoding(contentEncoding)
  const unknown = codings.find((coding) => !KNOWN_CODINGS.has(coding))
  if (unknown !== undefined) {
    return { kind: 'decode-error', message: `fetch: unsupported Content-Encoding "${unknown}"` }
  }
  // codings are listed in the order they were applied; undo them last-first
  const decoders = codings.reverse().map(createDecoder)
  const decoding: { error: Error | null } = { error: null }
  for (const decoder of decoders) {
    decoder.once('error', (error: Error) => {
      decoding.error ??= error
    })
  }
  const sink = new CappedSink(maxBytes)
  try {
    await pipeline([source, ...decoders, sink])
  } catch (error) {
    if (error instanceof BodyTooLargeError) return { kind: 'too-large', message: error.message }
    if (decoding.error !== null && error === decoding.error) {
      const detail = decoding.error.message
      const message = `fetch: cannot decode ${contentEncoding ?? ''} body (${detail})`
      return { kind: 'decode-error', message }
    }
    throw error
  }
  return { kind: 'ok', body: Buffer.concat(sink.chunks, sink.size) }
}

const KNOWN_CODINGS = new Set(['gzip', 'x-gzip', 'deflate', 'br'])

function parseContentEncoding(header: string | null): string[] {
  if (header === null) return []
  return header
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity')
}

/** Lenient like browsers: a truncated stream yields what was decoded so far instead of failing. */
const ZLIB_OPTIONS = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH }

function createDecoder(coding: string): Transform {
  switch (coding) {
    case 'br':
      return createBrotliDecompress({
        flush: constants.BROTLI_OPERATION_FLUSH,
        finishFlush: constants.BROTLI_OPERATION_FLUSH,
      })
    case 'deflate':
      return new DeflateDecoder()
    default:
      return createGunzip(ZLIB_OPTIONS)
  }
}

class BodyTooLargeError extends Error {
  constructor(maxBytes: number) {
    super(`fetch: response exceeded ${formatBytes(maxBytes)}`)
    this.name = 'BodyTooLargeError'
  }
}

/** Collects chunks and fails the pipeline the moment the total passes `maxBytes`. */
class CappedSink extends Writable {
  readonly chunks: Buffer[] = []
  size = 0
  readonly #maxBytes: number

  constructor(maxBytes: number) {
    super()
    this.#maxBytes = maxBytes
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error) => void) {
    this.size += chunk.length
    if (this.size > this.#maxBytes) {
      callback(new BodyTooLargeError(this.#maxBytes))
      return
    }
    this.chunks.push(chunk)
    callback()
  }
}

/**
 * `Content-Encoding: deflate` means zlib-wrapped deflate (RFC 9110), but some servers send raw
 * deflate. The first byte tells them apart (a zlib header has compression method 8 in its low
 * nibble), so the real inflater is chosen on the first chunk. Back-pressure is passed through:
 * the inner inflater is paused whenever this stream's buffer is full.
 */
class DeflateDecoder extends Transform {
  #inner: Inflate | InflateRaw | null = null

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    if (chunk.length === 0) {
      callback()
      return
    }
    const inner = this.#inner ?? this.#start(chunk)
    if (inner.write(chunk)) callback()
    else inner.once('drain', () => callback())
  }

  override _read(size: number) {
    this.#inner?.resume()
    super._read(size)
  }

  override _flush(callback: TransformCallback) {
    const inner = this.#inner
    if (inner === null) {
      callback()
      return
    }
    inner.once('end', () => callback())
    inner.end()
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void) {
    this.#inner?.destroy()
    callback(error)
  }

  #start(firstChunk: Buffer): Inflate | InflateRaw {
    const isZlibWrapped = ((firstChunk[0] ?? 0) & 0x0f) === 0x08
    const inner = isZlibWrapped ? createInflate(ZLIB_OPTIONS) : createInflateRaw(ZLIB_OPTIONS)
    inner.on('data', (data: Buffer) => {
      if (!this.push(data)) inner.pause()
    })
    inner.on('error', (error: Error) => this.destroy(error))
    this.#inner = inner
    return inner
  }
}

function formatBytes(bytes: number): string {
  const MiB = 1024 * 1024
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} bytes`
}
