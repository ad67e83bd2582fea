// Profiles from CSV: one profile per row, in the flat column form of the CSV export. A bad row (a wrong number of
// cells, a bad value) is an error for that row only; the other rows are still returned.
import { parse } from 'csv-parse/sync'
import { type RowDefaults, rowToProfile } from '../model/flatColumns'
import type { ProfileItem } from './profileItem'

export interface CsvOptions {
  /** The file name recorded as the profiles' source when the row has none. */
  file?: string | null
  /** ISO 8601 time for empty time columns; defaults to now. */
  now?: string
}

type Parsed = { line: number; record?: Record<string, string>; error?: string }

/**
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first profile row 2 (a cell with line
 * breaks still counts as one row). The delimiter is a comma, or the semicolon or tab that the header uses instead
 * (spreadsheets in many locales save CSV with semicolons).
 */
export function csvToProfiles(text: string, options: CsvOptions = {}): ProfileItem[] {
  const source = text.replace(/^\ufeff/, '')
  if (source.trim() === '') return [{ index: 0, error: 'empty document: no header row' }]
  const parsed: Parsed[] = []
  try {
    const records = parse(source, {
      columns: (header: string[]) => header.map((name) => name.trim()),
      delimiter: delimiterOf(source),
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        parsed.push({
          line: Number(error?.lines ?? 0),
          error: rowProblem(error?.message ?? 'unreadable row'),
        })
      },
    }) as Array<{ record: Record<string, string>; info: { lines: number } }>
    for (const { record, info } of records) parsed.push({ line: info.lines, record })
  } catch (error) {
    return [{ index: 0, error: `invalid CSV: ${error instanceof Error ? error.message : String(error)}` }]
  }
  if (parsed.length === 0) return [{ index: 0, error: 'no rows: the file has a header but no profiles' }]
  const defaults: RowDefaults = { now: options.now ?? new Date().toISOString(), file: options.file ?? null }
  return parsed
    .sort((a, b) => a.line - b.line)
    .map((row, index): ProfileItem => {
      const where = `row ${index + 2}`
      if (row.error !== undefined || !row.record) return { index, error: `${where}: ${row.error}` }
      const result = rowToProfile(row.record, defaults)
      return 'profile' in result
        ? { index, profile: result.profile }
        : { index, error: `${where}: ${result.error}` }
    })
}

export function delimiterOf(source: string): string {
  const header = source.slice(0, source.search(/\r?\n|$/))
  if (header.includes(',')) return ','
  if (header.includes(';')) return ';'
  return header.includes('\t') ? '\t' : ','
}

/** csv-parse's message for a short or long row, said the way a spreadsheet user counts. */
function rowProblem(message: string): string {
  const counts = /columns length is (\d+), got (\d+) on line (\d+)/.exec(message)
  if (!counts) return message
  return `wrong number of cells: ${counts[2]} instead of ${counts[1]} (line ${counts[3]} of the file)`
}
