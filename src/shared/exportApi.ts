// The part of the IPC contract for validation and export, in a file of its own so that api.ts only gains a few
// lines: what the problems view, the library table's problem counts and the export dialog receive.
import type { Problem, ProblemCounts } from '../core/validate'
import type { ExportReport } from '../core/export'

export { ExportFilterSchema, ExportFormatSchema, EXPORT_FORMATS } from '../core/export'
export type { ExportFilter, ExportFormat, ExportReport } from '../core/export'
export type { Problem, ProblemCounts }

export interface ProblemList {
  /** The library's seq the list is for. */
  seq: number
  /** One profile's problems of every severity, or every profile's errors and warnings. */
  problems: Problem[]
  /** Per profile id, by severity: the whole library, or the one profile asked for. */
  counts: Record<string, ProblemCounts>
}

export interface ExportJob {
  jobId: string
  /** Files written so far, of `total`. */
  done: number
  total: number
  file: string
  finished: boolean
  report: ExportReport | null
  error: string | null
}
