// The fields a command can change, at the granularity the history records and the merge decides: each top-level
// field as a whole (a list such as `sections` is one field), and each metric on its own. `id`, `source`,
// `createdAt` and `updatedAt` are not fields: the library owns them.
import { z } from 'zod'
import { METRIC_KEYS, MetricSchema, ProfileSchema, type Metric, type MetricKey, type Profile } from '../model'
import { deepEqual } from './deepEqual'

export const TOP_FIELDS = [
  'city',
  'country',
  'headline',
  'status',
  'notes',
  'sections',
  'contacts',
  'links',
  'extraFields',
  'unassigned',
  'boilerplate',
] as const
export type TopField = (typeof TOP_FIELDS)[number]

export type MetricField = `metrics.${MetricKey}`
export type FieldPath = TopField | MetricField

/** Every field path, top-level fields first, then one per metric in catalogue key order. */
export const FIELD_PATHS: readonly FieldPath[] = [
  ...TOP_FIELDS,
  ...METRIC_KEYS.map((k): MetricField => `metrics.${k}`),
]

export const FieldPathSchema = z.enum(FIELD_PATHS as [FieldPath, ...FieldPath[]])

/** The value a field path holds. */
export type FieldValue<P extends FieldPath> = P extends MetricField
  ? Metric | null
  : P extends TopField
    ? Profile[P]
    : never

/** The metric key of a `metrics.<key>` path, or null for a top-level field. */
export function metricKeyOf(path: FieldPath): MetricKey | null {
  return path.startsWith('metrics.') ? (path.slice('metrics.'.length) as MetricKey) : null
}

export function getField<P extends FieldPath>(profile: Profile, path: P): FieldValue<P> {
  const key = metricKeyOf(path)
  return (key ? profile.metrics[key] : profile[path as TopField]) as FieldValue<P>
}

/**
 * What `setField` accepts for `path`: the field's own type for a literal path, anything for a path known only at
 * run time (a journal entry, an IPC payload); validate those with `fieldValueSchema(path)` or the whole result
 * with ProfileSchema.
 */
export type FieldInput<P extends FieldPath> = FieldPath extends P ? unknown : FieldValue<P>

/**
 * A new profile with `path` set to `value`; `profile` is not changed. Unchanged parts and `value` itself are
 * shared, not copied: profiles are treated as immutable. `updatedAt` is left alone (the store stamps it), and the
 * result is not validated (the store validates every change).
 */
export function setField<P extends FieldPath>(profile: Profile, path: P, value: FieldInput<P>): Profile {
  const key = metricKeyOf(path)
  if (key) return { ...profile, metrics: { ...profile.metrics, [key]: value as Metric | null } }
  return { ...profile, [path]: value }
}

/** The schema of the value a field holds, to validate a value that arrives untyped. */
export function fieldValueSchema(path: FieldPath): z.ZodType<FieldValue<FieldPath>> {
  return metricKeyOf(path) ? MetricSchema.nullable() : ProfileSchema.shape[path as TopField]
}

/** The fields whose values differ (deep equality), in FIELD_PATHS order. */
export function changedFields(before: Profile, after: Profile): FieldPath[] {
  return FIELD_PATHS.filter((path) => !deepEqual(getField(before, path), getField(after, path)))
}
