// What the library's services report back: the shapes the CLI prints and the app shows.
import type { FieldDifference } from './merge'

export const CONFLICT_POLICIES = ['merge', 'skip', 'replace', 'keep-both'] as const
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number]

export interface ImportRow {
  file: string
  /** The element or row within a JSON or CSV file (from 0); null for a text document. */
  item: number | null
  outcome: 'new' | 'unchanged' | 'conflict' | 'failed' | 'skipped'
  id: string | null
  city: string
  country: string
  /** What was done with a conflict. */
  action: 'merged' | 'skipped' | 'replaced' | 'kept-both' | null
  /** For a conflict: each field that differs, and whether the new source's value was taken. */
  differences: FieldDifference[]
  reason: string | null
}

export interface ImportReport {
  rows: ImportRow[]
  counts: Record<ImportRow['outcome'], number>
  cancelled: boolean
}

export interface HistoryItem {
  seq: number
  at: string
  kind: 'do' | 'undo' | 'redo'
  label: string
  target: number | null
  profiles: string[]
  /** Undone and not redone. */
  undone: boolean
}

export interface ApplyResult {
  seq: number | null
  label: string
  /** Ids of the profiles the command changed. */
  changed: string[]
}
