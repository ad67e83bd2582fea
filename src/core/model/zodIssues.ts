// Zod issues as one-line messages for people who fix files by hand: `metrics.population.min: expected number,
// received string`. Zod's generic prefixes (`Invalid input: `) add nothing once the path is named.
import type { z } from 'zod'

type Issue = z.core.$ZodIssue

export function issueMessage(issue: Issue): string {
  return issue.message.replace(/^Invalid (?:input|option): /, '')
}

/** The dotted path of an issue (`sections.2.heading`); empty at the root. */
export function issuePath(issue: Issue): string {
  return issue.path.map(String).join('.')
}

/** All issues of a failed parse, joined: `path: message; path: message`. */
export function describeIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => [issuePath(issue), issueMessage(issue)].filter(Boolean).join(': ')).join('; ')
}
