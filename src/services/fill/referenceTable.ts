// Filling from a reference table on disk: read and decode the file, map its columns, plan the fill against the
// library, and apply the plan as one undoable command.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import {
  mapColumns,
  planFill,
  readTable,
  type ColumnMapping,
  type RawTable,
  type TablePlan,
} from '../../core/suggest'
import { decodeText } from '../decodeText'
import { ioError, LibraryError } from '../library/errors'
import type { ApplyResult, Library } from '../library/library'

export async function readReferenceTable(path: string): Promise<RawTable> {
  if (!/\.(csv|tsv|txt)$/i.test(path)) {
    throw new LibraryError('invalid', `${path}: not a CSV file (save the sheet as CSV first)`)
  }
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw ioError(path, error)
  }
  try {
    return readTable(decodeText(bytes).text)
  } catch (error) {
    throw new LibraryError('invalid', `${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export interface TableFillOptions {
  overwrite?: boolean
  replaceManual?: boolean
  /** Column → role (`city`, `country`, `year`, `source`, `ignore`, or a metric key or label). */
  mapping?: Record<string, string>
}

export interface TableFill {
  header: string[]
  mapping: ColumnMapping
  plan: TablePlan
}

/**
 * The plan of a fill (nothing is written), with the table's header and how its columns were mapped; while the
 * mapping has problems (no city column…) the plan is empty and the problems say why.
 */
export async function previewTableFill(
  library: Pick<Library, 'records'>,
  path: string,
  options: TableFillOptions = {},
): Promise<TableFill> {
  const table = await readReferenceTable(path)
  const mapping = mapColumns(table.header, options.mapping ?? {})
  const live = [...library.records()].filter((r) => !r.deleted).map((r) => r.profile)
  const rows = mapping.problems.length > 0 ? { ...table, rows: [] } : table
  const plan = planFill(rows, mapping, live, {
    file: basename(path),
    overwrite: options.overwrite,
    replaceManual: options.replaceManual,
  })
  return { header: table.header, mapping, plan }
}

/** The plan of a fill (nothing is written); a mapping problem is refused with its reason. */
export async function planTableFill(
  library: Pick<Library, 'records'>,
  path: string,
  options: TableFillOptions = {},
): Promise<TableFill> {
  const preview = await previewTableFill(library, path, options)
  const { problems } = preview.mapping
  if (problems.length > 0) throw new LibraryError('invalid', `${path}: ${problems.join('; ')}`)
  return preview
}

/** Applies the plan's fills as one command; a value changed since the plan was made refuses the whole fill. */
export async function applyTablePlan(library: Library, plan: TablePlan): Promise<ApplyResult | null> {
  if (plan.fills.length === 0) return null
  const profiles = new Set(plan.fills.map((f) => f.profileId)).size
  return library.apply({
    type: 'fill',
    items: plan.fills.map((f) => ({ id: f.profileId, metric: f.metric, before: f.before, after: f.after })),
    label: `Fill ${plan.fills.length} metric${plan.fills.length === 1 ? '' : 's'} of ${profiles} profile${profiles === 1 ? '' : 's'} from ${plan.file}`,
  })
}
