// What the curator types into a metric row, and the Metric it makes. The form's fields are text so that
// `8,000` or `9 million` can be typed as written; they are read with the parser's own number grammar, checked
// with MetricSchema (the schema main checks with), and a typed figure is the curator's: origin `manual`.
import { metricDefinition, MetricSchema, type Metric, type MetricKey } from '../../../../core/model'
import { formatMetric, formatNumber, parseMetricValue, parseNumber } from '../../../../core/metrics'
import { issueMessage } from '../../../../core/model/zodIssues'

export type FigureMode = 'value' | 'range'

export interface MetricDraft {
  mode: FigureMode
  value: string
  min: string
  max: string
  year: string
}

export type FigureField = 'value' | 'min' | 'max' | 'year'

/** A reading of what was typed; a failed one names the inputs at fault (`at`), to mark them. */
export type Reading<M = Metric | null> =
  { ok: true; metric: M } | { ok: false; error: string; at: FigureField[] }

const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 })

/** A number as the form shows it: grouped for reading, every digit kept so nothing changes by being shown. */
function show(n: number | null, key: MetricKey): string {
  if (n === null) return ''
  return metricDefinition(key).unit === 'year' ? String(n) : PLAIN.format(n)
}

export function draftOf(metric: Metric | null, key: MetricKey): MetricDraft {
  const banded = metric !== null && metric.value === null
  return {
    mode: banded ? 'range' : 'value',
    value: show(metric?.value ?? null, key),
    min: show(metric?.min ?? null, key),
    max: show(metric?.max ?? null, key),
    year: metric?.year === null || metric?.year === undefined ? '' : String(metric.year),
  }
}

/** Whether two metrics state the same figure: a draft that reads as the stored figure is not saved again. */
export function sameFigure(a: Metric | null, b: Metric | null): boolean {
  if (a === null || b === null) return a === b
  return a.value === b.value && a.min === b.min && a.max === b.max && a.year === b.year
}

/** The draft after switching between an exact value and a band: the figure moves across, nothing is lost. */
export function switchMode(draft: MetricDraft, mode: FigureMode): MetricDraft {
  if (mode === draft.mode) return draft
  if (mode === 'range') return { ...draft, mode, min: draft.min || draft.value, value: '' }
  return { ...draft, mode, value: draft.value || draft.min || draft.max, min: '', max: '' }
}

/** A number typed on its own (`8,000`, `9 million`, `12k`): null when empty, NaN when it is not a number. */
export function readNumber(text: string): number | null {
  const t = text.trim()
  if (t === '') return null
  const match = parseNumber(t)
  return match && !match.percent && match.start === 0 && match.end === t.length ? match.value : NaN
}

const FIELD_NAMES: Record<string, string> = { value: 'Value', min: 'Minimum', max: 'Maximum', year: 'Year' }

/** `figure`: the inputs of the figure being typed, at fault when the model objects to the metric as a whole. */
function checked(metric: Metric, figure: FigureField[]): Reading<Metric> {
  const result = MetricSchema.safeParse(metric)
  if (result.success) return { ok: true, metric: result.data }
  const issue = result.error.issues[0]!
  const path = String(issue.path[0]) as FigureField
  const field = FIELD_NAMES[path]
  return field
    ? { ok: false, error: `${field}: ${issueMessage(issue)}`, at: [path] }
    : { ok: false, error: issueMessage(issue), at: figure }
}

/** The metric a draft makes: null when every field is empty (a cleared metric), or why it cannot be saved. */
export function metricFromDraft(key: MetricKey, draft: MetricDraft): Reading {
  const fields = draft.mode === 'value' ? (['value', 'year'] as const) : (['min', 'max', 'year'] as const)
  const numbers: Record<string, number | null> = { value: null, min: null, max: null, year: null }
  for (const field of fields) {
    const n = readNumber(draft[field])
    if (Number.isNaN(n))
      return {
        ok: false,
        error: `${FIELD_NAMES[field]}: "${draft[field].trim()}" is not a number`,
        at: [field],
      }
    numbers[field] = n
  }
  const { value, min, max, year } = numbers as Record<'value' | 'min' | 'max' | 'year', number | null>
  if (value === null && min === null && max === null && year === null) return { ok: true, metric: null }
  const { unit } = metricDefinition(key)
  // What was typed is the figure's text: the value as written, or the band in words the parser reads back.
  const raw =
    draft.mode === 'value' ? draft.value.trim() : formatMetric({ value, min, max, unit, year: null })
  const figure: FigureField[] = draft.mode === 'value' ? ['value'] : ['min', 'max']
  return checked({ value, min, max, unit, year, raw, origin: 'manual', evidence: null }, figure)
}

/**
 * Reads a figure from text written as a source would write it (`More than 500 inhabitants per km²`), with the
 * parser's grammar; the text is kept as the metric's raw text, and a unit conversion as its evidence.
 */
export function metricFromText(key: MetricKey, text: string): Reading<Metric> {
  const raw = text.trim()
  if (raw === '') return { ok: false, error: 'Type a figure as a source would write it', at: [] }
  const parsed = parseMetricValue(raw, key)
  if (!parsed)
    return {
      ok: false,
      error: `No ${metricDefinition(key).label.toLowerCase()} figure found in this text`,
      at: [],
    }
  const { value, min, max, unit, year, note } = parsed
  return checked({ value, min, max, unit, year, raw, origin: 'manual', evidence: note }, [])
}

/** Why a figure looks implausible: outside the catalogue's range, or a fraction of a count. Saved all the same. */
export function metricWarnings(key: MetricKey, metric: Metric | null): string[] {
  if (!metric) return []
  const { range, unit, integer } = metricDefinition(key)
  const figures = [metric.value, metric.min, metric.max].filter((n): n is number => n !== null)
  const warnings: string[] = []
  const outside = figures.filter((n) => n < range.min || n > range.max)
  if (outside.length > 0) {
    const bounds = `${formatNumber(range.min, unit)} to ${formatNumber(range.max, unit)}`
    warnings.push(
      `${outside.map((n) => formatNumber(n, unit)).join(' and ')}: outside the plausible range, ${bounds}`,
    )
  }
  if (integer && figures.some((n) => !Number.isInteger(n))) warnings.push('Expected a whole number')
  return warnings
}
