// The profile model of shared/PROFILE-MODEL.md as zod schemas: the one source of truth for every shape.
import { z } from 'zod'
import { METRIC_KEYS, METRIC_UNITS } from './catalogue'

export const MetricOriginSchema = z.enum(['source', 'manual', 'suggested', 'derived', 'reference'])
export type MetricOrigin = z.infer<typeof MetricOriginSchema>

const finite = z.number().finite()

export const MetricSchema = z
  .object({
    value: finite.nullable(),
    min: finite.nullable(),
    max: finite.nullable(),
    unit: z.enum(METRIC_UNITS),
    year: z.number().int().min(1800).max(2200).nullable(),
    raw: z.string().nullable(),
    origin: MetricOriginSchema,
    evidence: z.string().nullable(),
  })
  .strict()
  .refine((m) => m.value !== null || m.min !== null || m.max !== null, {
    message: 'a metric needs a value or a band (min or max); use null for a missing metric',
  })
  .refine((m) => m.min === null || m.max === null || m.min <= m.max, {
    message: 'the band is reversed: min is greater than max',
  })
export type Metric = z.infer<typeof MetricSchema>

export const MetricsSchema = z
  .object(
    Object.fromEntries(METRIC_KEYS.map((k) => [k, MetricSchema.nullable()])) as Record<
      (typeof METRIC_KEYS)[number],
      z.ZodNullable<typeof MetricSchema>
    >,
  )
  .strict()
export type Metrics = z.infer<typeof MetricsSchema>

export const SectionSchema = z
  .object({
    id: z.string().min(1),
    heading: z.string().nullable(),
    body: z.string(),
  })
  .strict()
export type Section = z.infer<typeof SectionSchema>

export const ContactSchema = z
  .object({
    role: z.string().min(1),
    name: z.string().min(1),
    title: z.string().nullable(),
    email: z.string().nullable(),
  })
  .strict()
export type Contact = z.infer<typeof ContactSchema>

export const LinkSchema = z
  .object({
    label: z.string(),
    url: z.string().min(1),
  })
  .strict()
export type Link = z.infer<typeof LinkSchema>

/** A labelled value from the source that is not a catalogue metric (`City award: 2019`): kept, never dropped. */
export const ExtraFieldSchema = z.object({ label: z.string().min(1), value: z.string() }).strict()
export type ExtraField = z.infer<typeof ExtraFieldSchema>

export const LAYOUTS = ['bulleted', 'glued', 'card', 'mirror', 'plain', 'case-study', 'json', 'csv'] as const
export const LayoutSchema = z.enum(LAYOUTS)
export type Layout = z.infer<typeof LayoutSchema>

export const SourceSchema = z
  .object({
    file: z.string().nullable(),
    layout: LayoutSchema,
    sha256: z.string().nullable(),
    importedAt: z.iso.datetime({ offset: true }),
  })
  .strict()
export type Source = z.infer<typeof SourceSchema>

export const StatusSchema = z.enum(['draft', 'in-review', 'done'])
export type Status = z.infer<typeof StatusSchema>

export const ProfileSchema = z
  .object({
    id: z.string().min(1),
    city: z.string(),
    country: z.string(),
    headline: z.string().nullable(),
    metrics: MetricsSchema,
    sections: z.array(SectionSchema),
    contacts: z.array(ContactSchema),
    links: z.array(LinkSchema),
    extraFields: z.array(ExtraFieldSchema).default([]),
    status: StatusSchema,
    notes: z.string(),
    unassigned: z.array(z.string()),
    boilerplate: z.array(z.string()),
    source: SourceSchema,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict()
export type Profile = z.infer<typeof ProfileSchema>

export const DiagnosticSchema = z
  .object({
    level: z.enum(['info', 'warning', 'error']),
    code: z.string(),
    message: z.string(),
    line: z.number().int().nullable(),
  })
  .strict()
export type Diagnostic = z.infer<typeof DiagnosticSchema>

/** An empty metrics record: every key of the template present, all missing. */
export function emptyMetrics(): Metrics {
  return Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as Metrics
}
