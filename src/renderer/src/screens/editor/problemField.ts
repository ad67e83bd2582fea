// Where the editor shows a problem's field (`links.0.url`, `metrics.population.value`, `sections.2.body`), for
// jump-to-field from the problems view.
import type { Profile } from '../../../../core/model'
import { METRIC_KEYS, type MetricKey } from '../../../../core/model'
import type { FieldRef } from './fieldRef'

export function refForField(field: string, profile: Profile): FieldRef | null {
  const [head = '', second] = field.split('.')
  const index = second !== undefined && /^\d+$/.test(second) ? Number(second) : null
  switch (head) {
    case 'metrics':
      return (METRIC_KEYS as readonly string[]).includes(second ?? '')
        ? { kind: 'metric', key: second as MetricKey }
        : null
    case 'city':
    case 'country':
      return { kind: 'identity' }
    case 'headline':
      return { kind: 'headline' }
    case 'notes':
      return { kind: 'notes' }
    case 'sections': {
      const section = index === null ? undefined : profile.sections[index]
      return section ? { kind: 'section', id: section.id } : null
    }
    case 'links':
    case 'contacts':
      return index === null ? null : { kind: head === 'links' ? 'link' : 'contact', index }
    default:
      return null
  }
}
