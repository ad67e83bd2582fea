import type { Diagnostic, Layout, Profile } from '../model'
import type { TraceEntry } from './builder'

/** What the parser makes of one document: a profile, what it noticed, and where each line went. */
export interface ParsedDocument {
  profile: Profile
  layout: Layout
  diagnostics: Diagnostic[]
  /** One entry per piece of source text read: the line it came from and the field it went to. */
  trace: TraceEntry[]
  /** The source lines the trace's line numbers point into (empty for JSON and CSV items). */
  lines: string[]
}

/** Where a document came from; carried into `profile.source`. */
export interface SourceInfo {
  file: string | null
  sha256: string | null
  /** ISO 8601; defaults to now. */
  importedAt?: string
}
