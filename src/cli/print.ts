import type { Diagnostic } from '../core/model'

/** Diagnostics go to stderr, one line each, so stdout stays pure data. */
export function printDiagnostics(file: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const where = d.line === null ? '' : `:${d.line}`
    process.stderr.write(`${file}${where}: ${d.level} ${d.code}: ${d.message}\n`)
  }
}
