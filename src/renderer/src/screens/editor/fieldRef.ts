// The fields of the editor that the source panel can point at, named the same way everywhere.
import type { MetricKey, Profile } from '../../../../core/model'

export type FieldRef =
  | { kind: 'identity' }
  | { kind: 'headline' }
  | { kind: 'notes' }
  | { kind: 'metric'; key: MetricKey }
  | { kind: 'section'; id: string }
  | { kind: 'contact'; index: number }
  | { kind: 'link'; index: number }
  | { kind: 'unassigned'; text: string }
  | { kind: 'boilerplate'; text: string }

export type Traced = Pick<
  Profile,
  'headline' | 'notes' | 'sections' | 'contacts' | 'links' | 'extraFields' | 'unassigned' | 'boilerplate'
>

/** A stable name for a field, for DOM attributes and comparisons. */
export function refKey(ref: FieldRef): string {
  switch (ref.kind) {
    case 'metric':
      return `metric:${ref.key}`
    case 'section':
      return `section:${ref.id}`
    case 'contact':
    case 'link':
      return `${ref.kind}:${ref.index}`
    case 'unassigned':
    case 'boilerplate':
      return `${ref.kind}:${ref.text}`
    default:
      return ref.kind
  }
}

/** Text compared without case or whitespace: the trace holds normalised pieces, a field what was typed. */
export const fold = (text: string): string => text.toLowerCase().replace(/\s+/g, '')
