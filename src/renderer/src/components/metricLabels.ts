// Names of the catalogue's metrics for the renderer: the short one for a narrow table column and the facet list,
// the full one for tooltips. Both come from the catalogue, the one place that defines metrics.
import { METRIC_CATALOGUE, type MetricKey } from '../../../core/model'

const byKey = <T>(pick: (m: (typeof METRIC_CATALOGUE)[number]) => T): Record<MetricKey, T> =>
  Object.fromEntries(METRIC_CATALOGUE.map((m) => [m.key, pick(m)])) as Record<MetricKey, T>

export const METRIC_SHORT = byKey((m) => m.short)

export const METRIC_LABEL = byKey((m) => m.label)
