// How complete the library is, metric by metric: how many profiles have it, by origin, and how many miss it.
import {
  METRIC_CATALOGUE,
  MetricOriginSchema,
  type MetricKey,
  type MetricOrigin,
  type Profile,
} from '../model'

export interface MetricCoverage {
  metric: MetricKey
  label: string
  total: number
  byOrigin: Record<MetricOrigin, number>
  missing: number
}

export function metricCoverage(profiles: Iterable<Pick<Profile, 'metrics'>>): MetricCoverage[] {
  const rows = METRIC_CATALOGUE.map((m): MetricCoverage => ({
    metric: m.key,
    label: m.label,
    total: 0,
    byOrigin: Object.fromEntries(MetricOriginSchema.options.map((o) => [o, 0])) as Record<
      MetricOrigin,
      number
    >,
    missing: 0,
  }))
  for (const profile of profiles) {
    for (const row of rows) {
      row.total += 1
      const metric = profile.metrics[row.metric]
      if (metric) row.byOrigin[metric.origin] += 1
      else row.missing += 1
    }
  }
  return rows
}
