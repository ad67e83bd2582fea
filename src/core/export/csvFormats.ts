// CSV: profiles.csv (one row a profile, the flat columns of src/core/model/flatColumns.ts, metrics in catalogue
// order) and, keyed by profile id, sections.csv, contacts.csv and links.csv. UTF-8, a header row, RFC 4180
// quoting (a cell with a comma, a quote or a line break is quoted, quotes doubled), `\n` between records.
import { stringify } from 'csv-stringify/sync'
import { FLAT_COLUMNS, profileToRow } from '../model/flatColumns'
import type { Profile } from '../model'
import type { ExportFile } from './exportFile'

export const CSV_LINE_TERMINATOR = '\n'

/** Rows per call to the stringifier: enough to be fast, small enough never to build one huge string. */
const BATCH = 1000

export interface CsvTable<Row> {
  path: string
  name: string
  columns: readonly string[]
  rows: (profiles: readonly Profile[]) => Iterable<Row>
}

type Cells = Record<string, string | number>

const text = (value: string | null): string => value ?? ''

export const PROFILES_TABLE: CsvTable<Cells> = {
  path: 'profiles.csv',
  name: 'profiles',
  columns: FLAT_COLUMNS,
  *rows(profiles) {
    for (const p of profiles) yield profileToRow(p)
  },
}

export const SECTIONS_TABLE: CsvTable<Cells> = {
  path: 'sections.csv',
  name: 'sections',
  columns: ['profile_id', 'position', 'section_id', 'heading', 'body'],
  *rows(profiles) {
    for (const p of profiles)
      for (const [i, s] of p.sections.entries())
        yield { profile_id: p.id, position: i + 1, section_id: s.id, heading: text(s.heading), body: s.body }
  },
}

export const CONTACTS_TABLE: CsvTable<Cells> = {
  path: 'contacts.csv',
  name: 'contacts',
  columns: ['profile_id', 'position', 'role', 'name', 'title', 'email'],
  *rows(profiles) {
    for (const p of profiles)
      for (const [i, c] of p.contacts.entries())
        yield {
          profile_id: p.id,
          position: i + 1,
          role: c.role,
          name: c.name,
          title: text(c.title),
          email: text(c.email),
        }
  },
}

export const LINKS_TABLE: CsvTable<Cells> = {
  path: 'links.csv',
  name: 'links',
  columns: ['profile_id', 'position', 'label', 'url'],
  *rows(profiles) {
    for (const p of profiles)
      for (const [i, l] of p.links.entries())
        yield { profile_id: p.id, position: i + 1, label: l.label, url: l.url }
  },
}

export const CSV_TABLES = [PROFILES_TABLE, SECTIONS_TABLE, CONTACTS_TABLE, LINKS_TABLE] as const

function csvFile(table: CsvTable<Cells>, profiles: readonly Profile[]): ExportFile {
  const options = { columns: [...table.columns], record_delimiter: CSV_LINE_TERMINATOR }
  return {
    path: table.path,
    *chunks() {
      yield stringify([table.columns as string[]], { record_delimiter: CSV_LINE_TERMINATOR })
      let batch: Cells[] = []
      for (const row of table.rows(profiles)) {
        batch.push(row)
        if (batch.length >= BATCH) {
          yield stringify(batch, options)
          batch = []
        }
      }
      if (batch.length > 0) yield stringify(batch, options)
    },
  }
}

export function csvFiles(profiles: readonly Profile[]): ExportFile[] {
  return CSV_TABLES.map((table) => csvFile(table, profiles))
}
