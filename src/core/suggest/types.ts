// What a suggestion is: a metric value ready to store (origin `suggested` or `derived`), the evidence it came from,
// the words that made it match (offsets into the evidence, for highlighting), and how sure the rule is.
import { z } from 'zod'
import { METRIC_KEYS, MetricSchema } from '../model'

export const MatchSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** `figure`: the number read; `cue`: the words that say which metric; `year`: its reference year. */
    kind: z.enum(['figure', 'cue', 'year', 'bound']),
  })
  .strict()
export type Match = z.infer<typeof MatchSchema>

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const
export const ConfidenceLevelSchema = z.enum(CONFIDENCE_LEVELS)
export type ConfidenceLevel = z.infer<typeof ConfidenceLevelSchema>

export const SuggestionSchema = z
  .object({
    /** Stable across runs for the same sentence and figure: a rejection is remembered by it. */
    key: z.string().min(1),
    profileId: z.string().min(1),
    metric: z.enum(METRIC_KEYS),
    kind: z.enum(['narrative', 'derived']),
    /** The metric as it will be stored when accepted. */
    value: MetricSchema,
    /** The sentence (narrative) or the formula (derived). */
    evidence: z.string(),
    matches: z.array(MatchSchema),
    sectionId: z.string().nullable(),
    heading: z.string().nullable(),
    /** 0..1: how sure the rule that found it is. */
    confidence: z.number().min(0).max(1),
    level: ConfidenceLevelSchema,
    /** What made it match, in words (`inhabitants`, `years of schooling`, `population / area`). */
    says: z.string(),
    /** For a derived value that replaces a stale one: the stored value it replaces. */
    replaces: MetricSchema.nullable(),
  })
  .strict()
export type Suggestion = z.infer<typeof SuggestionSchema>

/** A figure a rule looked at and turned down, with the reason: shown so a curator can see why nothing came. */
export interface Notice {
  profileId: string
  metric: (typeof METRIC_KEYS)[number]
  evidence: string
  figure: string
  reason: string
}

export function levelOf(confidence: number): ConfidenceLevel {
  return confidence >= 0.8 ? 'high' : confidence >= 0.6 ? 'medium' : 'low'
}
