// The one way a request reaches a handler: check the channel, validate the payload with the channel's schema,
// run the handler, and answer a Reply. Electron's IPC and the e2e bridge both call this, so both hosts
// validate alike. No Electron import here: the e2e Chromium host runs this module in plain Node.
import type { z } from 'zod'
import { LibraryError, type LibraryErrorCode } from '../services/library/errors'
import { inputSchemas } from '../shared/api'
import type { Channel, ErrorCode, Handlers, Reply } from '../shared/api'

export function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } }
}

function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(inputSchemas, value)
}

/** `library:search: limit: Expected number, received string; input: Unrecognized key: "x"` */
function describeIssues(channel: Channel, error: z.ZodError): string {
  const issues = error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
  return `${channel}: ${issues.join('; ')}`
}

/** What each library error answers: a code the window can act on, and the library's one-line message. */
const LIBRARY_CODES: Record<LibraryErrorCode, ErrorCode> = {
  invalid: 'invalid_input',
  'not-found': 'not_found',
  'read-only': 'read_only',
  locked: 'locked',
  conflict: 'conflict',
  'nothing-to-undo': 'nothing_to_undo',
  'nothing-to-redo': 'nothing_to_redo',
  corrupt: 'corrupt',
  'not-a-library': 'not_a_library',
  'unsupported-version': 'unsupported_version',
  io: 'io',
}

function errorReply(channel: Channel, error: unknown): Reply<never> {
  if (error instanceof LibraryError) return failure(LIBRARY_CODES[error.code] ?? 'internal', error.message)
  console.error(`[ipc] ${channel} failed:`, error)
  return failure('internal', `${channel}: ${error instanceof Error ? error.message : String(error)}`)
}

export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
): Promise<Reply<unknown>> {
  if (!isChannel(channel)) return failure('unknown_channel', `No such channel: ${String(channel)}`)
  const input = inputSchemas[channel].safeParse(payload)
  if (!input.success) return failure('invalid_input', describeIssues(channel, input.error))
  // The schema has just checked the input against this very channel's type.
  const handler = handlers[channel] as (input: unknown) => Promise<unknown>
  try {
    return { ok: true, value: await handler(input.data) }
  } catch (error) {
    return errorReply(channel, error)
  }
}
