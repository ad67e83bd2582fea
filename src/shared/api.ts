// The IPC contract between the renderer and main: one handler per channel, one zod schema per handler input.
// Main validates every payload against these schemas before a handler runs; the preload and the e2e bridge
// expose exactly these channels as `window.api`, and every call answers a Reply instead of throwing.
import { z } from 'zod'
import type { ParsedDocument } from '../core/parse/types'

/** One sample file as parsed: its documents, and what could not be read. */
export interface SampleFile {
  /** The file name inside the sample folder. */
  file: string
  documents: ParsedDocument[]
  /** Why the file could not be read at all. */
  error: string | null
  /** Elements or rows of a JSON or CSV file that were rejected, each with its reason. */
  rejected: string[]
}

export interface SampleList {
  /** Where the samples were read from, so that an empty list can say where it looked. */
  folder: string
  files: SampleFile[]
}

/** `samples:list` takes no options yet; an empty object keeps every call shaped alike. */
export const SamplesListInput = z.object({}).strict()

/** What main does for each channel: plain async functions of validated input, callable without Electron. */
export interface Handlers {
  'samples:list': (input: z.infer<typeof SamplesListInput>) => Promise<SampleList>
}

export type Channel = keyof Handlers
export type Input<C extends Channel> = Parameters<Handlers[C]>[0]
export type Output<C extends Channel> = Awaited<ReturnType<Handlers[C]>>

/** One schema per channel, no more, no less: `satisfies` rejects a missing or an extra channel. */
export const inputSchemas = {
  'samples:list': SamplesListInput,
} satisfies { [C in Channel]: z.ZodType<Input<C>> }

export const CHANNELS = Object.keys(inputSchemas) as Channel[]

export const ERROR_CODES = ['invalid_input', 'unknown_channel', 'forbidden', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiError {
  code: ErrorCode
  message: string
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** `window.api` as the renderer sees it: each channel is a function answering a Reply. */
export type Api = { readonly [C in Channel]: (input: Input<C>) => Promise<Reply<Output<C>>> }
