// Re-importing a source the library already holds: the new text may fix or add figures, but it must never undo
// the curator's work. A field takes the incoming value only if no curator command has changed it; a metric whose
// figure the curator typed, accepted, derived or filled from a table is curator work whatever `edited` says.
import { MetricOriginSchema, type MetricOrigin, type Profile } from '../model'
import { deepEqual } from './deepEqual'
import { FIELD_PATHS, getField, metricKeyOf, setField, type FieldPath } from './fields'

export interface FieldDifference {
  field: FieldPath
  current: unknown
  incoming: unknown
  /** Whether `merged` holds the incoming value. */
  taken: boolean
  reason: 'not-edited' | 'edited-by-curator' | 'same'
}

/** `status` and `notes` belong to the curator: a source never supplies them, so they are not compared. */
const CURATOR_ONLY: ReadonlySet<FieldPath> = new Set<FieldPath>(['status', 'notes'])

/** The fields an imported source supplies, in FIELD_PATHS order. */
export const SOURCE_FIELDS: readonly FieldPath[] = FIELD_PATHS.filter((f) => !CURATOR_ONLY.has(f))

const CURATOR_ORIGINS: ReadonlySet<MetricOrigin> = new Set(
  MetricOriginSchema.options.filter((o): o is Exclude<MetricOrigin, 'source'> => o !== 'source'),
)

function isCuratorWork(existing: Profile, field: FieldPath, edited: ReadonlySet<FieldPath>): boolean {
  if (edited.has(field)) return true
  const key = metricKeyOf(field)
  const metric = key ? existing.metrics[key] : null
  return metric !== null && CURATOR_ORIGINS.has(metric.origin)
}

/** The decision for every source field, equal ones included (reason `same`, nothing taken): a full comparison. */
export function compareImported(
  existing: Profile,
  incoming: Profile,
  edited: ReadonlySet<FieldPath>,
): FieldDifference[] {
  return SOURCE_FIELDS.map((field) => {
    const current = getField(existing, field)
    const next = getField(incoming, field)
    if (deepEqual(current, next)) return { field, current, incoming: next, taken: false, reason: 'same' }
    if (isCuratorWork(existing, field, edited)) {
      return { field, current, incoming: next, taken: false, reason: 'edited-by-curator' }
    }
    return { field, current, incoming: next, taken: true, reason: 'not-edited' }
  })
}

/**
 * `existing` updated from `incoming`, and the fields that differ with what was decided for each. `merged` keeps
 * the existing `id`, `createdAt`, `updatedAt`, `status` and `notes`, and takes the incoming `source`; the store
 * stamps `updatedAt` when it commits the merge.
 */
export function mergeImported(
  existing: Profile,
  incoming: Profile,
  edited: ReadonlySet<FieldPath>,
): { merged: Profile; differences: FieldDifference[] } {
  const differences = compareImported(existing, incoming, edited).filter((d) => d.reason !== 'same')
  let merged: Profile = { ...existing, source: incoming.source }
  for (const d of differences) {
    if (d.taken) merged = setField(merged, d.field, getField(incoming, d.field))
  }
  return { merged, differences }
}
