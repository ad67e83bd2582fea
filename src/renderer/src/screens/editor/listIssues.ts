// The model's objections to a list field (contacts, links), placed on the inputs they concern: `1.name` is the
// second row's name. An empty required text reads as `Required`, not as zod's `expected string to have >=1`.
import type { z } from 'zod'
import { issueMessage, issuePath } from '../../../../core/model/zodIssues'

export function issuesAt(schema: z.ZodType, value: unknown): Map<string, string> {
  const result = schema.safeParse(value)
  const issues = new Map<string, string>()
  if (result.success) return issues
  for (const issue of result.error.issues) {
    const required = issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1
    const path = issuePath(issue)
    if (!issues.has(path)) issues.set(path, required ? 'Required' : issueMessage(issue))
  }
  return issues
}
