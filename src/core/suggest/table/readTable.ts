// A reference table as text → its header and rows (CSV with a comma, semicolon or tab, as spreadsheets save it).
// Rows are numbered as a spreadsheet shows them: the header is row 1.
import { parse } from 'csv-parse/sync'
import { delimiterOf } from '../../input/csvProfiles'

export interface RawTable {
  header: string[]
  rows: Array<{ row: number; cells: string[] }>
}

export function readTable(text: string): RawTable {
  const source = text.replace(/^\ufeff/, '')
  if (source.trim() === '') throw new Error('empty table: no header row')
  const records = parse(source, {
    delimiter: delimiterOf(source),
    relax_column_count: true,
    skip_empty_lines: true,
  })
  const [head, ...body] = records
  if (!head) throw new Error('empty table: no header row')
  let row = 1
  return {
    header: head.map((h) => h.trim()),
    rows: body.map((record) => ({ row: ++row, cells: record.map((c) => c.trim()) })),
  }
}
