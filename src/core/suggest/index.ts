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
