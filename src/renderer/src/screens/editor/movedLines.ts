// Unassigned lines that the curator has placed since the import: the trace still says `unassigned`, the
// profile says where the line is now. Each test mirrors what unassignedMoves.ts writes.
import { sectionTitle } from './sectionOps'
import { fold, type FieldRef, type Traced } from './fieldRef'
import { linkFromLine } from './unassignedMoves'

const same = (a: string, b: string): boolean => fold(a) === fold(b)

/** Whether the field holds `line` as the editor places it: the whole headline, a line of the notes, a paragraph… */
export function holdsLine(ref: FieldRef, line: string, profile: Traced): boolean {
  switch (ref.kind) {
    case 'headline':
      return same(profile.headline ?? '', line)
    case 'notes':
      return profile.notes.split('\n').some((l) => same(l, line))
    case 'section': {
      const body = profile.sections.find((s) => s.id === ref.id)?.body ?? ''
      return body.split(/\n\s*\n/).some((paragraph) => same(paragraph, line))
    }
    case 'contact':
      return same(profile.contacts[ref.index]?.name ?? '', line)
    case 'link':
      return profile.links[ref.index]?.url === linkFromLine(line)?.url
    case 'boilerplate':
      return same(ref.text, line)
    default:
      return false
  }
}

/** The field that holds an unassigned line placed since, with its name, or null when none does. */
export function placedLine(line: string, profile: Traced): { label: string; ref: FieldRef } | null {
  const candidates: { label: string; ref: FieldRef }[] = [
    { label: 'Headline', ref: { kind: 'headline' } },
    { label: 'Notes', ref: { kind: 'notes' } },
    ...profile.sections.map((s, i) => ({
      label: `Section: ${sectionTitle(s, i)}`,
      ref: { kind: 'section', id: s.id } as const,
    })),
    ...profile.contacts.map((_, index) => ({
      label: `Contact ${index + 1}`,
      ref: { kind: 'contact', index } as const,
    })),
    ...profile.links.map((_, index) => ({
      label: `Link ${index + 1}`,
      ref: { kind: 'link', index } as const,
    })),
    ...profile.boilerplate.map((text) => ({
      label: 'Boilerplate',
      ref: { kind: 'boilerplate', text } as const,
    })),
  ]
  return candidates.find((c) => holdsLine(c.ref, line, profile)) ?? null
}
