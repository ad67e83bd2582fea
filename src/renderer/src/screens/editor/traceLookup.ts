// Between a form field and the source lines it came from, through the parser's trace. The trace was written at
// import, so it points at the profile as imported: sections are found by their ids (`s1` was the first section
// parsed, and keeps its id when moved), contacts and links by their text, so that curator edits since do not
// make a field point at the wrong lines. An unassigned line the curator has placed since belongs to its new field.
import type { TraceEntry } from '../../../../core/parse/builder'
import { fold, type FieldRef, type Traced } from './fieldRef'
import { holdsLine } from './movedLines'

/** The trace's index for a section id: the parser numbers sections `s1`, `s2`… in the order it found them. */
export function parsedIndexOf(id: string): string | null {
  const n = /^s(\d+)$/.exec(id)
  return n ? String(Number(n[1]) - 1) : null
}

/** The text of every trace entry that went to one contact or link, folded for matching. */
function groupText(trace: readonly TraceEntry[], to: 'contact' | 'link', ref: string | null): string {
  return fold(
    trace
      .filter((e) => e.to === to && e.ref === ref)
      .map((e) => e.text)
      .join(' '),
  )
}

/** What identifies a contact or link in the trace's text: the name, or the address without its scheme. */
function needle(profile: Traced, to: 'contact' | 'link', index: number): string {
  const text =
    to === 'contact' ? profile.contacts[index]?.name : profile.links[index]?.url.replace(/^https?:\/\//i, '')
  return fold(text ?? '')
}

/** The trace's ref whose lines mention the contact or link at `index`, or null. */
function namedRef(
  trace: readonly TraceEntry[],
  to: 'contact' | 'link',
  index: number,
  profile: Traced,
): string | null {
  const key = needle(profile, to, index)
  if (key === '') return null
  const refs = new Set(trace.filter((e) => e.to === to).map((e) => e.ref))
  return [...refs].find((ref) => groupText(trace, to, ref).includes(key)) ?? null
}

/**
 * The trace's ref of the contact or link at `index`: the one whose lines mention it, else the one at the same
 * index unless its lines mention another item (a contact added since must not claim a removed one's lines).
 */
function tracedRef(
  trace: readonly TraceEntry[],
  to: 'contact' | 'link',
  index: number,
  profile: Traced,
): string | null {
  const named = namedRef(trace, to, index, profile)
  if (named !== null) return named
  const count = to === 'contact' ? profile.contacts.length : profile.links.length
  const claimed = Array.from({ length: count }, (_, i) => namedRef(trace, to, i, profile))
  return claimed.includes(String(index)) ? null : String(index)
}

/** The index of the contact or link that the trace's `ref` went to, or -1 when it is gone. */
export function currentIndex(
  trace: readonly TraceEntry[],
  to: 'contact' | 'link',
  ref: string | null,
  profile: Traced,
): number {
  const count = to === 'contact' ? profile.contacts.length : profile.links.length
  for (let i = 0; i < count; i++) if (tracedRef(trace, to, i, profile) === ref) return i
  return -1
}

function matches(entry: TraceEntry, ref: FieldRef, profile: Traced, trace: readonly TraceEntry[]): boolean {
  if (entry.to === 'unassigned' && ref.kind !== 'unassigned') return holdsLine(ref, entry.text, profile)
  switch (ref.kind) {
    case 'identity':
    case 'headline':
      return entry.to === ref.kind
    case 'metric':
      return (entry.to === 'metric' || entry.to === 'label') && entry.ref === ref.key
    case 'section':
      return entry.to === 'section' && entry.ref === parsedIndexOf(ref.id)
    case 'notes':
      return false
    case 'contact':
    case 'link':
      return entry.to === ref.kind && entry.ref === tracedRef(trace, ref.kind, ref.index, profile)
    case 'unassigned':
    case 'boilerplate':
      return entry.to === ref.kind && fold(entry.text) === fold(ref.text)
  }
}

/** The source line numbers (1-based, ascending) that a field was read from. */
export function linesOf(trace: readonly TraceEntry[], ref: FieldRef, profile: Traced): number[] {
  const lines = new Set(trace.filter((e) => matches(e, ref, profile, trace)).map((e) => e.line))
  return [...lines].sort((a, b) => a - b)
}
