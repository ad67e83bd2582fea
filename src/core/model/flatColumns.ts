// The flat form of a profile: one row of named text cells, written by the CSV export and read by the CSV import.
// Metric columns come from the catalogue, so a new catalogue entry adds its eight columns with no other change.
//
// What the import accepts beyond the exported columns (documented in one place):
// - header names are matched case-insensitively and trimmed;
// - `sections`, `contacts` and `links` holding JSON arrays, for a one-file import (the export writes them to
//   companion files instead);
// - a plain-text `body` (or `text`) column, kept as one untitled section, when `sections` is empty;
// - any other column with a value becomes an extra field (`label` = the header), so no cell is dropped;
// - empty cells take defaults: id = a hash of the row, status `draft`, unit from the catalogue, origin `source`,
//   layout `csv`, source file and times from the caller. An empty headline, file or sha256 is null.
import { METRIC_CATALOGUE, type MetricKey } from './catalogue'
import { jsonCell, numberCell } from './flatCells'
import { hashId } from './hashId'
import { type Layout, type Metric, type Profile, ProfileSchema } from './schemas'
import { issueMessage } from './zodIssues'

const METRIC_FIELDS = ['value', 'min', 'max', 'unit', 'year', 'raw', 'origin', 'evidence'] as const
type MetricField = (typeof METRIC_FIELDS)[number]

export function metricColumn(key: MetricKey, field: MetricField): string {
  return field === 'value' ? key : `${key}_${field}`
}

const SOURCE_COLUMNS = {
  layout: 'layout',
  file: 'source_file',
  sha256: 'source_sha256',
  importedAt: 'imported_at',
}
const LIST_COLUMNS = { unassigned: 'unassigned', boilerplate: 'boilerplate', extraFields: 'extra_fields' }
const IMPORT_LIST_COLUMNS = { sections: 'sections', contacts: 'contacts', links: 'links' }

/** The exported columns, in order. */
export const FLAT_COLUMNS: readonly string[] = [
  ...['id', 'city', 'country', 'headline', 'status', 'notes'],
  ...METRIC_CATALOGUE.flatMap((m) => METRIC_FIELDS.map((field) => metricColumn(m.key, field))),
  ...Object.values(SOURCE_COLUMNS),
  ...['created_at', 'updated_at'],
  ...Object.values(LIST_COLUMNS),
]

/** Columns the import reads on top of the exported ones. */
export const FLAT_IMPORT_COLUMNS: readonly string[] = [...Object.values(IMPORT_LIST_COLUMNS), 'body', 'text']

const KNOWN_COLUMNS = new Map([...FLAT_COLUMNS, ...FLAT_IMPORT_COLUMNS].map((c) => [c.toLowerCase(), c]))

export function profileToRow(profile: Profile): Record<string, string> {
  const text = (value: string | number | null): string => (value === null ? '' : String(value))
  const row: Record<string, string> = {
    id: profile.id,
    city: profile.city,
    country: profile.country,
    headline: text(profile.headline),
    status: profile.status,
    notes: profile.notes,
  }
  for (const { key } of METRIC_CATALOGUE) {
    const metric = profile.metrics[key]
    for (const field of METRIC_FIELDS) row[metricColumn(key, field)] = metric ? text(metric[field]) : ''
  }
  for (const [field, column] of Object.entries(SOURCE_COLUMNS))
    row[column] = text(profile.source[field as keyof typeof SOURCE_COLUMNS])
  row.created_at = profile.createdAt
  row.updated_at = profile.updatedAt
  for (const [field, column] of Object.entries(LIST_COLUMNS))
    row[column] = JSON.stringify(profile[field as keyof typeof LIST_COLUMNS])
  return row
}

export interface RowDefaults {
  /** ISO 8601 time for empty `imported_at`, `created_at` and `updated_at`. */
  now: string
  /** The file the row came from, for an empty `source_file`. */
  file: string | null
}

/** Builds a profile from a row; every problem is named by its column, all joined in one error. */
export function rowToProfile(
  row: Record<string, string>,
  defaults: RowDefaults,
): { profile: Profile } | { error: string } {
  const problems: string[] = []
  const cells = new Map<string, string>()
  const extraFields: Array<{ label: string; value: string }> = []
  for (const [header, value] of Object.entries(row)) {
    const column = KNOWN_COLUMNS.get(header.trim().toLowerCase())
    if (column) cells.set(column, value.trim())
    else if (value.trim() !== '') extraFields.push({ label: header.trim(), value: value.trim() })
  }
  const cell = (column: string): string => cells.get(column) ?? ''
  const orNull = (column: string): string | null => cell(column) || null
  const list = (column: string): unknown => {
    const parsed = jsonCell(cell(column))
    if ('value' in parsed) return parsed.value
    problems.push(`${column}: ${parsed.error}`)
    return []
  }

  for (const column of ['city', 'country']) if (cell(column) === '') problems.push(`${column}: required`)
  const metrics = Object.fromEntries(METRIC_CATALOGUE.map((m) => [m.key, readMetric(m.key, cell, problems)]))
  const lists = Object.fromEntries(
    Object.entries(LIST_COLUMNS).map(([field, column]) => [field, list(column)]),
  )
  const nested = Object.fromEntries(
    Object.entries(IMPORT_LIST_COLUMNS).map(([field, column]) => [field, list(column)]),
  )
  if (cell('body') !== '' && cell('text') !== '') problems.push('text: give body or text, not both')
  const body = cell('body') || cell('text')
  if (body !== '') {
    if (Array.isArray(nested.sections) && nested.sections.length > 0)
      problems.push('body: give either sections or body, not both')
    else nested.sections = [{ id: 'body', heading: null, body }]
  }
  if (problems.length > 0) return { error: problems.join('; ') }

  const candidate = {
    id: cell('id') || hashId(JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)))),
    city: cell('city'),
    country: cell('country'),
    headline: orNull('headline'),
    metrics,
    ...nested,
    ...lists,
    extraFields: Array.isArray(lists.extraFields)
      ? [...lists.extraFields, ...extraFields]
      : lists.extraFields,
    status: cell('status') || 'draft',
    notes: cell('notes'),
    source: {
      file: orNull('source_file') ?? defaults.file,
      layout: (cell('layout') || 'csv') as Layout,
      sha256: orNull('source_sha256'),
      importedAt: cell('imported_at') || defaults.now,
    },
    createdAt: cell('created_at') || defaults.now,
    updatedAt: cell('updated_at') || defaults.now,
  }
  const parsed = ProfileSchema.safeParse(candidate)
  if (parsed.success) return { profile: parsed.data }
  return { error: parsed.error.issues.map((i) => `${pathColumn(i.path)}: ${issueMessage(i)}`).join('; ') }
}

function readMetric(key: MetricKey, cell: (column: string) => string, problems: string[]): unknown {
  const column = (field: MetricField): string => metricColumn(key, field)
  const number = (field: MetricField): number | null => {
    const parsed = numberCell(cell(column(field)))
    if ('value' in parsed) return parsed.value
    problems.push(`${column(field)}: ${parsed.error}`)
    return null
  }
  const [value, min, max, year] = [number('value'), number('min'), number('max'), number('year')]
  const text = (field: MetricField): string | null => cell(column(field)) || null
  if (value === null && min === null && max === null) {
    const stray = (['year', 'raw', 'evidence'] as const).filter((field) => cell(column(field)) !== '')
    if (stray.length > 0)
      problems.push(
        `${key}: ${stray.map(column).join(', ')} given without a number in ${key}, ${key}_min or ${key}_max`,
      )
    return null
  }
  const definition = METRIC_CATALOGUE.find((m) => m.key === key)
  return {
    value,
    min,
    max,
    unit: text('unit') ?? definition?.unit,
    year,
    raw: text('raw'),
    origin: text('origin') ?? 'source',
    evidence: text('evidence'),
  } satisfies Record<keyof Metric, unknown>
}

/** The column a schema path came from: `metrics.population.min` → `population_min`, `source.file` → `source_file`. */
function pathColumn(path: readonly PropertyKey[]): string {
  const [head, second, third] = path.map(String)
  if (head === 'metrics' && second)
    return third ? metricColumn(second as MetricKey, third as MetricField) : second
  if (head === 'source' && second) return SOURCE_COLUMNS[second as keyof typeof SOURCE_COLUMNS] ?? 'source'
  if (head === 'createdAt') return 'created_at'
  if (head === 'updatedAt') return 'updated_at'
  if (head === 'extraFields') return 'extra_fields'
  return head ?? 'row'
}
