// The one way the renderer talks to main: every channel answers a Reply, and this unwraps it so that screens
// can await a value and catch one error type whose message is main's own.
import type { ApiError as ErrorReply, Channel, ErrorCode, Input, Output } from '../../../shared/api'

export class ApiError extends Error {
  readonly code: ErrorCode

  constructor({ code, message }: ErrorReply) {
    super(message)
    this.name = 'ApiError'
    this.code = code
  }
}

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  let reply
  try {
    reply = await window.api[channel](input)
  } catch (error) {
    // A bridge that throws (a missing preload, a closed host) is shown like any other failure.
    throw new ApiError({ code: 'internal', message: `${channel}: ${String(error)}` })
  }
  if (!reply.ok) throw new ApiError(reply.error)
  return reply.value as Output<C>
}

/** Any thrown value as an ApiError, so the UI has one shape to show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError({ code: 'internal', message: error instanceof Error ? error.message : String(error) })
}
