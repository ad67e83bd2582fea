export * from './problem'
export * from './validate'
export { DENSITY_TOLERANCE } from './metricRules'
export { duplicateProblems } from './duplicates'
