// The IPC contract between the renderer and main: one handler per channel, one zod schema per handler input.
// Main validates every payload against these schemas before a handler runs; the preload and the e2e bridge
// expose exactly these channels as `window.api`, and every call answers a Reply instead of throwing.
import { z } from 'zod'
import { FieldPathSchema } from '../core/library/fields'
import type { StoredRecord } from '../core/library/record'
import {
  CONFLICT_POLICIES,
  type ApplyResult,
  type HistoryItem,
  type ImportReport,
} from '../core/library/reports'
import type { ProfileSummary } from '../core/library/summary'
import { StatusSchema, type Layout } from '../core/model'
import { ExportFilterSchema, ExportFormatSchema, type ExportJob } from './exportApi'
import type { ProblemList } from './exportApi'
import type { TraceEntry } from '../core/parse/builder'
import { fillInputSchemas, type FillHandlers } from './fillApi'

/** The library the window works on. */
export interface LibraryInfo {
  dir: string
  /** The folder's name, for the title bar. */
  name: string
  isDefault: boolean
  /** Why changes are refused (another process holds the library), or null when it is writable. */
  readOnly: string | null
  /** The latest change; it grows with every change, so views know when to refresh. */
  seq: number
  /** What undo and redo would do next, or null. */
  undo: string | null
  redo: string | null
  recent: string[]
}

/** The raw document a profile was parsed from, and where each of its lines went. */
export interface SourceDocument {
  file: string | null
  layout: Layout
  lines: string[]
  trace: TraceEntry[]
}

export interface ProfileView {
  record: StoredRecord
  source: SourceDocument | null
}

export interface MutationResult extends ApplyResult {
  info: LibraryInfo
}

export interface SearchHit {
  id: string
  score: number
  /** The query terms as they matched in the text (for highlighting). */
  terms: string[]
  /** The fields they matched in: city, country, headline, sections, notes… */
  fields: string[]
}

export interface SearchAnswer {
  hits: SearchHit[]
  /**
   * False while main is still building the library's full-text index (a large library, just opened): the
   * hits then come from the cities and countries alone, and asking again later gives the full answer.
   */
  complete: boolean
}

export interface ImportJob {
  jobId: string
  done: number
  total: number
  /** The file being read. */
  file: string
  finished: boolean
  report: ImportReport | null
  error: string | null
  info: LibraryInfo | null
}

export const ThemeSchema = z.enum(['auto', 'light', 'dark'])
export interface Settings {
  theme: z.infer<typeof ThemeSchema>
}

export interface AppInfo {
  name: string
  version: string
  /** `electron` in the desktop app, `node` when main's handlers run without Electron (e2e). */
  runtime: 'electron' | 'node'
}

/** What a native dialog is chosen for: a folder for all but `import-files`, which picks files. */
export const CHOOSE_PURPOSES = [
  'open-library',
  'new-library',
  'import-files',
  'import-folder',
  'export-folder',
] as const
export type ChoosePurpose = (typeof CHOOSE_PURPOSES)[number]

const Empty = z.object({}).strict()
const Dir = z.object({ dir: z.string().min(1) }).strict()
const Ids = z.object({ ids: z.array(z.string().min(1)).min(1).max(200_000) }).strict()
const Id = z.object({ id: z.string().min(1) }).strict()
const JobId = z.object({ jobId: z.string().min(1) }).strict()

export const inputSchemas = {
  'app:info': Empty,
  'settings:get': Empty,
  'settings:set': z.object({ theme: ThemeSchema.optional() }).strict(),
  'library:info': Empty,
  'library:open': Dir,
  'library:create': Dir,
  /** A native folder or file dialog; resolves to the chosen paths, or null when cancelled. */
  'library:choose': z.object({ purpose: z.enum(CHOOSE_PURPOSES) }).strict(),
  'library:summaries': Empty,
  'library:search': z
    .object({ query: z.string().max(500), limit: z.number().int().positive().max(100_000).optional() })
    .strict(),
  'profile:get': Id,
  'profile:update': z
    .object({ id: z.string().min(1), set: z.partialRecord(FieldPathSchema, z.unknown()) })
    .strict(),
  'profiles:setStatus': z.object({ ids: Ids.shape.ids, status: StatusSchema }).strict(),
  'profiles:delete': Ids,
  'profiles:restore': Ids,
  'history:undo': Empty,
  'history:redo': Empty,
  'history:list': z.object({ limit: z.number().int().positive().max(1000).optional() }).strict(),
  'import:start': z
    .object({
      paths: z.array(z.string().min(1)).min(1).max(100_000),
      onConflict: z.enum(CONFLICT_POLICIES).optional(),
    })
    .strict(),
  'import:status': JobId,
  'import:cancel': JobId,
  ...fillInputSchemas,
  /** One profile's problems (all severities), or every profile's errors and warnings with counts. */
  'problems:list': z.object({ profileId: z.string().min(1).optional() }).strict(),
  'export:start': z
    .object({
      out: z.string().min(1),
      formats: z.array(ExportFormatSchema).min(1),
      filter: ExportFilterSchema,
    })
    .strict(),
  'export:status': JobId,
  /** Shows a file or folder in the system's file manager; false where the host has none (e2e). */
  'export:reveal': z.object({ path: z.string().min(1) }).strict(),
} as const

type In<C extends keyof typeof inputSchemas> = z.infer<(typeof inputSchemas)[C]>

/** What main does for each channel: plain async functions of validated input, callable without Electron. */
export interface Handlers extends FillHandlers<MutationResult> {
  'app:info': (input: In<'app:info'>) => Promise<AppInfo>
  'settings:get': (input: In<'settings:get'>) => Promise<Settings>
  'settings:set': (input: In<'settings:set'>) => Promise<Settings>
  'library:info': (input: In<'library:info'>) => Promise<LibraryInfo>
  'library:open': (input: In<'library:open'>) => Promise<LibraryInfo>
  'library:create': (input: In<'library:create'>) => Promise<LibraryInfo>
  'library:choose': (input: In<'library:choose'>) => Promise<string[] | null>
  'library:summaries': (
    input: In<'library:summaries'>,
  ) => Promise<{ seq: number; summaries: ProfileSummary[] }>
  'library:search': (input: In<'library:search'>) => Promise<SearchAnswer>
  'profile:get': (input: In<'profile:get'>) => Promise<ProfileView>
  'profile:update': (input: In<'profile:update'>) => Promise<MutationResult & { record: StoredRecord }>
  'profiles:setStatus': (input: In<'profiles:setStatus'>) => Promise<MutationResult>
  'profiles:delete': (input: In<'profiles:delete'>) => Promise<MutationResult>
  'profiles:restore': (input: In<'profiles:restore'>) => Promise<MutationResult>
  'history:undo': (input: In<'history:undo'>) => Promise<MutationResult>
  'history:redo': (input: In<'history:redo'>) => Promise<MutationResult>
  'history:list': (input: In<'history:list'>) => Promise<HistoryItem[]>
  'import:start': (input: In<'import:start'>) => Promise<ImportJob>
  'import:status': (input: In<'import:status'>) => Promise<ImportJob>
  'import:cancel': (input: In<'import:cancel'>) => Promise<ImportJob>
  'problems:list': (input: In<'problems:list'>) => Promise<ProblemList>
  'export:start': (input: In<'export:start'>) => Promise<ExportJob>
  'export:status': (input: In<'export:status'>) => Promise<ExportJob>
  'export:reveal': (input: In<'export:reveal'>) => Promise<boolean>
}

export type Channel = keyof Handlers
export type Input<C extends Channel> = Parameters<Handlers[C]>[0]
export type Output<C extends Channel> = Awaited<ReturnType<Handlers[C]>>

// One schema per channel, no more, no less.
inputSchemas satisfies { [C in Channel]: z.ZodType<Input<C>> }

export const CHANNELS = Object.keys(inputSchemas) as Channel[]

/** `invalid_input` is a bad payload or an edit the model refuses (the message names the field). */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'forbidden',
  'not_found',
  'read_only',
  'locked',
  'conflict',
  'nothing_to_undo',
  'nothing_to_redo',
  'corrupt',
  'not_a_library',
  /** A library written by a newer version of the app. */
  'unsupported_version',
  'io',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiError {
  code: ErrorCode
  message: string
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** `window.api` as the renderer sees it: each channel is a function answering a Reply. */
export type Api = { readonly [C in Channel]: (input: Input<C>) => Promise<Reply<Output<C>>> }

/** Commands the native menu sends to the window (Electron only; the keyboard does the same in every host). */
export const MENU_COMMANDS = [
  'import-files',
  'import-folder',
  'open-library',
  'new-library',
  'undo',
  'redo',
  'find',
  'command-palette',
  'toggle-theme',
  'about',
  'show-library',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** `window.menu`: subscribe to menu commands; returns the unsubscribe function. Absent outside Electron. */
export interface MenuBridge {
  onCommand(listener: (command: MenuCommand) => void): () => void
  /** The path of a file dropped on the window (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string
}
