// Where an unassigned line can go, as one update of the two fields involved: the line leaves `unassigned` and
// enters its new field in the same change, so one undo puts it back. Nothing is dropped on the way.
import type { Profile } from '../../../../core/model'
import type { FieldPath } from '../../../../core/library/fields'
import { urlProblem, urlRepair } from './linkCheck'
import { appendParagraph } from './sectionOps'

export type LineTarget =
  | { to: 'headline' }
  | { to: 'notes' }
  | { to: 'section'; index: number }
  | { to: 'contact' }
  | { to: 'link' }
  | { to: 'boilerplate' }

type Moving = Pick<
  Profile,
  'headline' | 'notes' | 'sections' | 'contacts' | 'links' | 'unassigned' | 'boilerplate'
>

export type Move = { set: Partial<Record<FieldPath, unknown>> } | { error: string }

const URL_START = /(?:https?:\/\/|www\.)/i

/** The link a line makes: its address, and the words before the address as the label. */
export function linkFromLine(line: string): { label: string; url: string } | null {
  const start = line.search(URL_START)
  if (start < 0) return null
  const label = line
    .slice(0, start)
    .replace(/[\s:–-]+$/, '')
    .trim()
  const address = line.slice(start).trim()
  const url = urlProblem(address) === null ? address : urlRepair(address)
  return url ? { label, url } : null
}

export function moveLine(profile: Moving, index: number, target: LineTarget): Move {
  const line = profile.unassigned[index]
  if (line === undefined) return { error: 'That line is no longer unassigned' }
  const rest = profile.unassigned.filter((_, i) => i !== index)
  switch (target.to) {
    case 'headline': {
      // A headline it replaces is not lost: it takes the line's place among the unassigned.
      const old = profile.headline?.trim() ? profile.headline : null
      const unassigned = old === null ? rest : profile.unassigned.map((l, i) => (i === index ? old : l))
      return { set: { headline: line, unassigned } }
    }
    case 'notes': {
      const notes = profile.notes.trim() === '' ? line : `${profile.notes.trimEnd()}\n${line}`
      return { set: { notes, unassigned: rest } }
    }
    case 'section': {
      if (!profile.sections[target.index]) return { error: 'That section no longer exists' }
      return { set: { sections: appendParagraph(profile.sections, target.index, line), unassigned: rest } }
    }
    case 'contact': {
      const contact = { role: 'contact', name: line, title: null, email: null }
      return { set: { contacts: [...profile.contacts, contact], unassigned: rest } }
    }
    case 'link': {
      const link = linkFromLine(line)
      if (!link) return { error: 'The line holds no web address' }
      return { set: { links: [...profile.links, link], unassigned: rest } }
    }
    case 'boilerplate':
      return { set: { boilerplate: [...profile.boilerplate, line], unassigned: rest } }
  }
}
