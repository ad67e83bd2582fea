// Where the import put each piece of a source line, and which field of the form holds it now: what the source
// panel shows when a line is clicked.
import { metricDefinition, METRIC_KEYS, type MetricKey } from '../../../../core/model'
import type { TraceEntry } from '../../../../core/parse/builder'
import { placedLine } from './movedLines'
import { sectionTitle } from './sectionOps'
import { fold, type FieldRef, type Traced } from './fieldRef'
import { currentIndex, parsedIndexOf } from './traceLookup'

const isMetricKey = (ref: string | null): ref is MetricKey => METRIC_KEYS.includes(ref as MetricKey)

export interface Destination {
  /** Where the import put (part of) the line, in words. */
  label: string
  /** The field of the form that holds it now, or null when no field shows it any more. */
  ref: FieldRef | null
}

function destination(entry: TraceEntry, profile: Traced, trace: readonly TraceEntry[]): Destination {
  switch (entry.to) {
    case 'identity':
      return { label: 'City and country', ref: { kind: 'identity' } }
    case 'headline':
      return { label: 'Headline', ref: { kind: 'headline' } }
    case 'metric':
    case 'label':
      if (isMetricKey(entry.ref))
        return { label: metricDefinition(entry.ref).label, ref: { kind: 'metric', key: entry.ref } }
      return { label: `The label “${entry.text}”`, ref: null }
    case 'section': {
      const index = profile.sections.findIndex((s) => parsedIndexOf(s.id) === entry.ref)
      const section = profile.sections[index]
      if (!section) return { label: 'A section since deleted or merged', ref: null }
      return { label: `Section: ${sectionTitle(section, index)}`, ref: { kind: 'section', id: section.id } }
    }
    case 'contact':
    case 'link': {
      const index = currentIndex(trace, entry.to, entry.ref, profile)
      const noun = entry.to === 'contact' ? 'Contact' : 'Link'
      if (index < 0) return { label: `A ${noun.toLowerCase()} since removed`, ref: null }
      return { label: `${noun} ${index + 1}`, ref: { kind: entry.to, index } }
    }
    case 'extra': {
      const field = profile.extraFields[Number(entry.ref)]
      return { label: field ? `Extra field: ${field.label}` : 'An extra field', ref: null }
    }
    case 'unassigned':
      if (profile.unassigned.some((l) => fold(l) === fold(entry.text)))
        return { label: 'Unassigned', ref: { kind: 'unassigned', text: entry.text } }
      return placedLine(entry.text, profile) ?? { label: 'Unassigned at import, removed since', ref: null }
    case 'boilerplate':
      return { label: 'Boilerplate', ref: { kind: 'boilerplate', text: entry.text } }
  }
}

/** Where the pieces of source line `line` went (and, for unassigned lines, where they are now), each place once. */
export function whereLineWent(trace: readonly TraceEntry[], line: number, profile: Traced): Destination[] {
  const seen = new Set<string>()
  return trace
    .filter((e) => e.line === line)
    .map((e) => destination(e, profile, trace))
    .filter((d) => !seen.has(d.label) && Boolean(seen.add(d.label)))
}
