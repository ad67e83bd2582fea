/** What an export wrote: shown by the CLI and the app's export dialog. */
export interface ExportReport {
  /** The target folder, absolute. */
  out: string
  /** Paths written, relative to `out`, in order. */
  files: string[]
  profiles: number
  /** Among the exported profiles: how many have errors or warnings left, and the counts. */
  withProblems: number
  errors: number
  warnings: number
}
