// Validation of profiles: every rule, pure and deterministic (the current year is a parameter). A profile's own
// problems come in a fixed order (severity, then the order the rules run in); duplicates need the whole set.
import type { Profile } from '../model'
import { duplicateProblems } from './duplicates'
import { metricProblems, type ValidateOptions } from './metricRules'
import { SEVERITY_ORDER, type Problem, type Severity } from './problem'
import { textProblems } from './textRules'

export type { ValidateOptions }

const bySeverity = (a: Problem, b: Problem): number => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]

/** The problems of one profile on its own (no duplicate check). */
export function validateProfile(profile: Profile, options: ValidateOptions): Problem[] {
  return [...metricProblems(profile, options), ...textProblems(profile)]
    .map((p) => ({ profileId: profile.id, ...p }))
    .sort(bySeverity)
}

/** The problems of every profile, in the order given, each profile's own sorted by severity. */
export function validateProfiles(profiles: readonly Profile[], options: ValidateOptions): Problem[] {
  const duplicates = new Map<string, Problem[]>()
  for (const p of duplicateProblems(profiles))
    duplicates.set(p.profileId, [...(duplicates.get(p.profileId) ?? []), p])
  return profiles.flatMap((profile) =>
    [...validateProfile(profile, options), ...(duplicates.get(profile.id) ?? [])].sort(bySeverity),
  )
}

export type ProblemCounts = Record<Severity, number>

/** Problems per profile id, by severity. */
export function countProblems(problems: readonly Problem[]): Map<string, ProblemCounts> {
  const counts = new Map<string, ProblemCounts>()
  for (const p of problems) {
    let c = counts.get(p.profileId)
    if (!c) counts.set(p.profileId, (c = { error: 0, warning: 0, info: 0 }))
    c[p.severity] += 1
  }
  return counts
}

/** Whether a profile has problems worth a curator's attention: errors or warnings (a missing metric is info). */
export const needsAttention = (c: ProblemCounts | undefined): boolean => !!c && c.error + c.warning > 0
