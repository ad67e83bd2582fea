// A problem's field path as a curator reads it: `links.0.url` → `Link 1`, `metrics.gdpCity.min` → `GDP per capita
// – city`, `sections.2.body` → `Section 3`.
import { METRIC_KEYS, type MetricKey } from '../../../../core/model'
import { METRIC_LABEL } from '../../components/metricLabels'

const TOP: Record<string, string> = {
  city: 'City',
  country: 'Country',
  headline: 'Headline',
  notes: 'Notes',
  status: 'Status',
}
const LISTS: Record<string, string> = { links: 'Link', sections: 'Section', contacts: 'Contact' }

export function fieldLabel(field: string): string {
  const [head = '', second, third] = field.split('.')
  if (head === 'metrics' && second && (METRIC_KEYS as readonly string[]).includes(second))
    return METRIC_LABEL[second as MetricKey]
  const list = LISTS[head]
  if (list && second !== undefined && /^\d+$/.test(second))
    return `${list} ${Number(second) + 1}${third === 'heading' ? ', heading' : ''}`
  return TOP[head] ?? field
}
