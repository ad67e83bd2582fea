// A problem validation found in a profile: what is wrong, where, how bad, and, when the app can mend it on its
// own, the field values that mend it (applied through the library's one mutation path as an `update` command).
import { z } from 'zod'
import { FieldPathSchema } from '../library/fields'

export const SeveritySchema = z.enum(['error', 'warning', 'info'])
export type Severity = z.infer<typeof SeveritySchema>

export const PROBLEM_RULES = [
  'missing-metric',
  'out-of-range',
  'not-integer',
  'value-outside-band',
  'density-mismatch',
  'member-before-network',
  'member-in-future',
  'duplicate-profile',
  'invalid-link',
  'empty-section',
  'glued-words',
  'broken-url-in-text',
  'icon-word',
] as const
export const ProblemRuleSchema = z.enum(PROBLEM_RULES)
export type ProblemRule = z.infer<typeof ProblemRuleSchema>

export const FixSchema = z
  .object({
    /** What the button says: `Repair the address`. */
    label: z.string().min(1),
    /** The field values an `update` command sets. */
    set: z.partialRecord(FieldPathSchema, z.unknown()),
  })
  .strict()
export type Fix = z.infer<typeof FixSchema>

export const ProblemSchema = z
  .object({
    profileId: z.string().min(1),
    rule: ProblemRuleSchema,
    severity: SeveritySchema,
    /** The precise place: `metrics.population`, `links.2.url`, `sections.0.body`, `city`. */
    field: z.string().min(1),
    /** The editable field the place belongs to, for jump-to-field. */
    target: FieldPathSchema,
    message: z.string().min(1),
    fixes: z.array(FixSchema),
  })
  .strict()
export type Problem = z.infer<typeof ProblemSchema>

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }
