// Filling missing metrics: suggestions from the narrative, derived values and reference tables (pure).
export { suggestFromNarrative, suggestionKey, type SuggestResult } from './suggest'
export {
  CONFIDENCE_LEVELS,
  ConfidenceLevelSchema,
  levelOf,
  MatchSchema,
  SuggestionSchema,
  type ConfidenceLevel,
  type Match,
  type Notice,
  type Suggestion,
} from './types'
export { deriveForProfile, derive, FORMULAS, type DeriveResult } from './derive'
export { suggestForProfile } from './suggestForProfile'
export { mapColumns, parseMapping, roleOfName, type ColumnMapping, type ColumnRole } from './table/columns'
export { cityKey, countryKey, ProfileMatcher, type Candidate, type RowMatch } from './table/match'
export {
  planFill,
  type FillChange,
  type KeptReason,
  type KeptValue,
  type PlanOptions,
  type TablePlan,
} from './table/plan'
export { readTable, type RawTable } from './table/readTable'
export { metricCoverage, type MetricCoverage } from './coverage'
