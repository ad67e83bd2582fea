// The IPC channels of filling missing metrics: the review queue of suggestions, the fill from a reference table
// (chosen, previewed, applied), and the completeness of the library per metric. Joined into src/shared/api.ts.
import { z } from 'zod'
import type { MetricKey, MetricOrigin } from '../core/model'
import type { Notice, Suggestion } from '../core/suggest/types'
import type { TablePlan } from '../core/suggest/table/plan'

/** A suggestion with the profile it is for, as the review queue lists it. */
export interface SuggestionItem extends Suggestion {
  city: string
  country: string
}

/** A figure the rules looked at and turned down, with the reason and the profile it is in. */
export interface NoticeItem extends Notice {
  city: string
  country: string
}

export interface SuggestionList {
  /** The library's seq the list was made at. */
  seq: number
  suggestions: SuggestionItem[]
  notices: NoticeItem[]
}

/** What a column of a reference table holds: `city`, `country`, `year`, `source`, `ignore`, a metric key, or null. */
export type ColumnRoleName = string | null

export interface TablePreview {
  path: string
  header: string[]
  roles: ColumnRoleName[]
  /** Mapping problems that stop the fill (no city column…); the plan is empty while there are any. */
  problems: string[]
  plan: TablePlan
  /** Names this exact plan: applying refuses when the table or the library changed since the preview. */
  token: string
}

export interface CompletenessRow {
  metric: MetricKey
  label: string
  /** Profiles in the library (not in the trash). */
  total: number
  byOrigin: Record<MetricOrigin, number>
  missing: number
}

const Empty = z.object({}).strict()
const Refs = z
  .object({
    items: z
      .array(z.object({ profileId: z.string().min(1), key: z.string().min(1) }).strict())
      .min(1)
      .max(200_000),
  })
  .strict()
const PlanInput = z
  .object({
    path: z.string().min(1),
    overwrite: z.boolean(),
    /** Replace values typed by a curator too: only after the curator confirmed it in the preview. */
    replaceManual: z.boolean(),
    /** Column → role, for columns the table names otherwise. */
    mapping: z.record(z.string(), z.string()),
  })
  .strict()

export const fillInputSchemas = {
  'suggestions:list': Empty,
  'suggestions:accept': Refs,
  'suggestions:reject': Refs,
  /** The native open dialog for a reference table; resolves to its path, or null when cancelled. */
  'fill:chooseTable': Empty,
  'fill:plan': PlanInput,
  'fill:apply': PlanInput.extend({ token: z.string().min(1) }).strict(),
  'completeness:get': Empty,
} as const

type In<C extends keyof typeof fillInputSchemas> = z.infer<(typeof fillInputSchemas)[C]>

/** The mutation answer of src/shared/api.ts, passed in to avoid a cycle. */
export interface FillHandlers<Mutation> {
  'suggestions:list': (input: In<'suggestions:list'>) => Promise<SuggestionList>
  'suggestions:accept': (input: In<'suggestions:accept'>) => Promise<Mutation>
  'suggestions:reject': (input: In<'suggestions:reject'>) => Promise<Mutation>
  'fill:chooseTable': (input: In<'fill:chooseTable'>) => Promise<string | null>
  'fill:plan': (input: In<'fill:plan'>) => Promise<TablePreview>
  'fill:apply': (input: In<'fill:apply'>) => Promise<Mutation>
  'completeness:get': (input: In<'completeness:get'>) => Promise<{ seq: number; rows: CompletenessRow[] }>
}
