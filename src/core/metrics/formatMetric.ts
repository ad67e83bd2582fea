// A metric as one line of text for display: `8,000 USD (2019)`, `15,000–25,000 USD`, `≥ 500 people/km²`.
// The output reads back through parseMetricValue to the same figure (tested), so it can be pasted into a source.
import type { Metric, MetricUnit } from '../model'

/** The part of a metric that formatting reads: a stored Metric or a ParsedMetricValue both fit. */
export type MetricFigure = Pick<Metric, 'value' | 'min' | 'max' | 'unit' | 'year'>

/** How each unit is written beside a figure (a year needs no unit). */
export const UNIT_LABELS: Readonly<Record<MetricUnit, string>> = {
  people: 'people',
  km2: 'km²',
  'people/km2': 'people/km²',
  USD: 'USD',
  years: 'years',
  year: '',
}

/** What a missing metric shows; parseMetricValue reads it back as no figure. */
export const MISSING = '—'

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const SIGNIFICANT = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 })

export function formatNumber(n: number, unit: MetricUnit): string {
  // A year is a name, not a quantity: `2016`, never `2,016`.
  if (unit === 'year') return String(n)
  // Two decimals are enough for every metric, but a small area (0.004 km²) must not show as 0.
  return n !== 0 && Math.abs(n) < 0.005 ? SIGNIFICANT.format(n) : GROUPED.format(n)
}

function withUnit(text: string, unit: MetricUnit): string {
  const label = UNIT_LABELS[unit]
  return label ? `${text} ${label}` : text
}

export function formatMetric(metric: MetricFigure | null): string {
  if (!metric) return MISSING
  const { value, min, max, unit, year } = metric
  const n = (x: number): string => formatNumber(x, unit)
  let band: string | null = null
  if (min !== null && max !== null) band = `${n(min)}–${n(max)}`
  else if (min !== null) band = `≥ ${n(min)}`
  else if (max !== null) band = `≤ ${n(max)}`
  let main: string
  if (value !== null) main = withUnit(n(value), unit) + (band ? ` [${band}]` : '')
  else if (band !== null) main = withUnit(band, unit)
  else return MISSING
  return year === null ? main : `${main} (${year})`
}
