// Short names of the catalogue's metrics, for a narrow table column and the facet list. Keyed by the
// catalogue's keys, so a new metric fails the type check here until it has one.
import { METRIC_CATALOGUE, type MetricKey } from '../../../core/model'

export const METRIC_SHORT: Record<MetricKey, string> = {
  population: 'Population',
  urbanArea: 'Area',
  populationDensity: 'Density',
  gdpCity: 'GDP city',
  gdpCountry: 'GDP country',
  yearsOfSchooling: 'Schooling',
  memberSince: 'Member since',
}

/** The catalogue's full label, for tooltips. */
export const METRIC_LABEL = Object.fromEntries(METRIC_CATALOGUE.map((m) => [m.key, m.label])) as Record<
  MetricKey,
  string
>
