// How one row of an import report reads: the file, its outcome, and why, in words a curator uses.
import type { FieldPath } from '../../../../core/library/fields'
import type { ImportRow } from '../../../../core/library/reports'
import { METRIC_SHORT } from '../../components/metricLabels'
import type { MetricKey } from '../../../../core/model'

export const OUTCOME_COLOR: Record<ImportRow['outcome'], string> = {
  new: 'teal',
  unchanged: 'gray',
  conflict: 'orange',
  failed: 'red',
  skipped: 'gray',
}

export function outcomeLabel(row: ImportRow): string {
  return row.outcome === 'conflict' && row.action ? `conflict: ${row.action}` : row.outcome
}

/** The file's name without its folder (the full path is in the tooltip), and the item of a JSON or CSV file. */
export function fileLabel(row: ImportRow): string {
  const name = row.file.split(/[\\/]/).pop() || row.file
  return row.item === null ? name : `${name} #${row.item + 1}`
}

export function fieldLabel(field: FieldPath): string {
  if (field.startsWith('metrics.')) return METRIC_SHORT[field.slice('metrics.'.length) as MetricKey]
  return field === 'extraFields' ? 'other fields' : field
}

/** The reason, or for a conflict which fields differed and what became of them. */
export function rowDetail(row: ImportRow): string {
  if (row.reason) return row.reason
  const differing = row.differences.filter((d) => d.reason !== 'same')
  if (differing.length === 0) return ''
  const names = (list: typeof differing) => list.map((d) => fieldLabel(d.field)).join(', ')
  if (row.action !== 'merged') return `differs in ${names(differing)}`
  const taken = differing.filter((d) => d.taken)
  const kept = differing.filter((d) => !d.taken)
  return [
    taken.length > 0 ? `updated ${names(taken)}` : '',
    kept.length > 0 ? `kept your edits to ${names(kept)}` : '',
  ]
    .filter(Boolean)
    .join('; ')
}
