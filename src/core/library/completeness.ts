// How complete a profile's metrics are: the figure the library list shows and `list --missing` filters on.
import {
  METRIC_CATALOGUE,
  MetricOriginSchema,
  type MetricKey,
  type MetricOrigin,
  type Profile,
} from '../model'

export interface Completeness {
  /** Catalogue keys with a metric, in catalogue order. */
  filled: MetricKey[]
  /** Catalogue keys whose metric is null, in catalogue order. */
  missing: MetricKey[]
  /** The filled keys by where their figure came from; every origin is present, possibly empty. */
  byOrigin: Record<MetricOrigin, MetricKey[]>
  /** filled / catalogue size × 100, rounded to an integer. */
  percent: number
}

export function completeness(profile: Profile): Completeness {
  const filled: MetricKey[] = []
  const missing: MetricKey[] = []
  const byOrigin = Object.fromEntries(
    MetricOriginSchema.options.map((o) => [o, [] as MetricKey[]]),
  ) as Record<MetricOrigin, MetricKey[]>
  for (const { key } of METRIC_CATALOGUE) {
    const metric = profile.metrics[key]
    if (metric) {
      filled.push(key)
      byOrigin[metric.origin].push(key)
    } else {
      missing.push(key)
    }
  }
  // An empty catalogue asks for nothing, so nothing is missing.
  const percent =
    METRIC_CATALOGUE.length === 0 ? 100 : Math.round((filled.length / METRIC_CATALOGUE.length) * 100)
  return { filled, missing, byOrigin, percent }
}
