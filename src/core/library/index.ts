// Pure functions the library store builds on: completeness, the index summary, field paths, re-import merge and
// the identity of a city.
export { completeness, type Completeness } from './completeness'
export { ProfileSummarySchema, summarize, type ProfileSummary } from './summary'
export {
  changedFields,
  FIELD_PATHS,
  FieldPathSchema,
  fieldValueSchema,
  getField,
  metricKeyOf,
  setField,
  TOP_FIELDS,
  type FieldInput,
  type FieldPath,
  type FieldValue,
  type MetricField,
  type TopField,
} from './fields'
export { compareImported, mergeImported, SOURCE_FIELDS, type FieldDifference } from './merge'
export { identityKey } from './identityKey'
export { deepEqual } from './deepEqual'
