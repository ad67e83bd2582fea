// The one way a request reaches a handler: check the channel, validate the payload with the channel's schema,
// run the handler, and answer a Reply. Electron's IPC and the e2e bridge both call this, so both hosts
// validate alike. No Electron import here: the e2e Chromium host runs this module in plain Node.
import type { z } from 'zod'
import { inputSchemas } from '../shared/api'
import type { Channel, ErrorCode, Handlers, Reply } from '../shared/api'

export function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } }
}

function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(inputSchemas, value)
}

/** `samples:list: limit: Expected number, received string; input: Unrecognized key: "x"` */
function describeIssues(channel: Channel, error: z.ZodError): string {
  const issues = error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
  return `${channel}: ${issues.join('; ')}`
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
    console.error(`[ipc] ${channel} failed:`, error)
    return failure('internal', `${channel}: ${error instanceof Error ? error.message : String(error)}`)
  }
}
