// How a metric reads in the app: the exact value, or its band, with the unit and the reference year.
import type { Metric, MetricUnit } from '../../../../core/model'

const UNIT_LABELS: Record<MetricUnit, string> = {
  people: 'people',
  km2: 'km²',
  'people/km2': 'people/km²',
  USD: 'USD',
  years: 'years',
  year: '',
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 })

export function formatMetric(metric: Metric): string {
  // Years are labels, not quantities: 2016, never 2,016.
  const show = (n: number) => (metric.unit === 'year' ? String(n) : numberFormat.format(n))
  let figure: string
  if (metric.value !== null) figure = show(metric.value)
  else if (metric.min !== null && metric.max !== null) figure = `${show(metric.min)} – ${show(metric.max)}`
  else if (metric.min !== null) figure = `≥ ${show(metric.min)}`
  else if (metric.max !== null) figure = `≤ ${show(metric.max)}`
  else figure = '—'
  const unit = UNIT_LABELS[metric.unit]
  const withUnit = unit ? `${figure} ${unit}` : figure
  return metric.year === null ? withUnit : `${withUnit} (${metric.year})`
}
