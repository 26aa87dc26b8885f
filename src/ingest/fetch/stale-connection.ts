/**
 * @module stale-connection
 * Recognises the keep-alive race: a server closes an idle connection just as we reuse it, and the
 * request fails with a reset or "other side closed" before a single response byte arrives. Such a
 * request never reached the application, so it is safe to send again on a new connection (the
 * fetcher only sends GETs). Node's http client exposes this as `request.reusedSocket`; undici does
 * not, so this watches undici's documented diagnostics channels:
 * - `undici:client:sendHeaders` ({ request, socket }): how many requests the socket has carried, and
 *   how many bytes it had received when this one was written;
 * - `undici:request:error` ({ request, error }): whether the socket received anything since.
 * The channels are process-wide; what they tell is kept in weak maps keyed by undici's own objects,
 * so nothing outlives the socket, the request or the error.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel'

export interface StaleConnectionDetector {
  /** true when `error` is a reset or close, before any response byte, on a reused connection */
  isStaleConnectionError(error: unknown): boolean
  close(): void
}

/** What undici knew about the connection a request was written to. */
export interface ConnectionUse {
  /** the request was not the first one written to its socket */
  isReused: boolean
  /** the socket received bytes after the request was written (a response had begun) */
  hasResponseBytes: boolean
}

/** Error codes of a connection the server closed or reset; timeouts and aborts are not here. */
const CONNECTION_CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'])

const SEND_HEADERS = 'undici:client:sendHeaders'
const REQUEST_ERROR = 'undici:request:error'

/**
 * @example
 * const stale = createStaleConnectionDetector()
 * try { await agent.request(options) } catch (error) {
 *   if (stale.isStaleConnectionError(error)) await freshAgent.request(options) else throw error
 * }
 */
export function createStaleConnectionDetector(): StaleConnectionDetector {
  const requestsPerSocket = new WeakMap<object, number>()
  const sent = new WeakMap<object, { socket: SocketLike; isReused: boolean; bytesRead: number }>()
  const useByError = new WeakMap<object, ConnectionUse>()

  function onSendHeaders(message: unknown): void {
    const { request, socket } = (message ?? {}) as { request?: unknown; socket?: unknown }
    if (!isObject(request) || !isSocketLike(socket)) return
    const count = (requestsPerSocket.get(socket) ?? 0) + 1
    requestsPerSocket.set(socket, count)
    sent.set(request, { socket, isReused: count > 1, bytesRead: socket.bytesRead })
  }

  function onRequestError(message: unknown): void {
    const { request, error } = (message ?? {}) as { request?: unknown; error?: unknown }
    if (!isObject(request) || !isObject(error)) return
    const written = sent.get(request)
    if (written === undefined) return // failed before it was written: undici did not send it
    useByError.set(error, {
      isReused: written.isReused,
      hasResponseBytes: written.socket.bytesRead > written.bytesRead,
    })
  }

  subscribe(SEND_HEADERS, onSendHeaders)
  subscribe(REQUEST_ERROR, onRequestError)
  return {
    isStaleConnectionError(error) {
      if (!isObject(error)) return false
      return isStaleConnectionFailure(error, useByError.get(error) ?? null)
    },
    close() {
      unsubscribe(SEND_HEADERS, onSendHeaders)
      unsubscribe(REQUEST_ERROR, onRequestError)
    },
  }
}

/**
 * Pure: a request may be sent again when its connection was reused, closed or reset under it, and
 * nothing of a response had arrived.
 *
 * @example
 * isStaleConnectionFailure({ code: 'ECONNRESET' }, { isReused: true, hasResponseBytes: false }) // true
 */
export function isStaleConnectionFailure(error: unknown, use: ConnectionUse | null): boolean {
  if (use === null || !use.isReused || use.hasResponseBytes) return false
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && CONNECTION_CLOSED_CODES.has(code)
}

interface SocketLike {
  bytesRead: number
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}

function isSocketLike(value: unknown): value is SocketLike & object {
  return isObject(value) && typeof (value as { bytesRead?: unknown }).bytesRead === 'number'
}
