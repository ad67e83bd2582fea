// The parser's promise that no text is lost: every piece of every non-empty source line is recorded once
// in the trace, and its words are found where the trace says it went.
import type { Profile, Section } from '../model'
import { normaliseText } from '../clean/text'
import type { TraceEntry } from './builder'
import type { ParsedDocument } from './types'
import { withoutMarker } from './pieces'

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

function destinationText(p: Profile, sections: ReadonlyMap<string, Section>, t: TraceEntry): string | null {
  const i = Number(t.ref)
  switch (t.to) {
    case 'identity':
      return `${p.city} ${p.country}`
    case 'headline':
      return p.headline
    case 'metric': {
      const m = p.metrics[t.ref as keyof Profile['metrics']]
      return m ? `${t.text}` : null
    }
    case 'label':
      return t.text
    case 'section': {
      const s = sections.get(`s${i + 1}`)
      return s ? `${s.heading ?? ''} ${s.body}` : null
    }
    case 'contact': {
      const c = p.contacts[i]
      return c ? `${c.role} ${c.name} ${c.title ?? ''} ${c.email ?? ''}` : null
    }
    case 'link': {
      const l = p.links[i]
      return l ? `${l.label} ${l.url}` : null
    }
    case 'extra': {
      const e = p.extraFields[i]
      return e ? `${e.label} ${e.value}` : null
    }
    case 'unassigned':
      return p.unassigned.join('\n')
    case 'boilerplate':
      return p.boilerplate.join('\n')
  }
}

/** Problems with conservation; an empty list means every line is accounted for. */
export function conservationProblems(lines: readonly string[], doc: ParsedDocument): string[] {
  const problems: string[] = []
  const byLine = new Map<number, TraceEntry[]>()
  for (const t of doc.trace) {
    const entries = byLine.get(t.line)
    if (entries) entries.push(t)
    else byLine.set(t.line, [t])
  }
  lines.forEach((raw, index) => {
    const line = normaliseText(raw).replace(/\s+/g, '')
    if (!line) return
    const entries = byLine.get(index + 1) ?? []
    const covered = entries.map((t) => t.text.replace(/\s+/g, ''))
    if (covered.join('').length !== line.length || covered.some((c) => !line.includes(c))) {
      problems.push(`line ${index + 1} is not fully accounted for: ${JSON.stringify(raw.slice(0, 80))}`)
    }
  })
  // One destination (a long section, the unassigned lines) takes many trace entries: its words are gathered once.
  const sections = new Map(doc.profile.sections.map((s) => [s.id, s]))
  const destinations = new Map<string, { have: Set<string>; joined: string } | null>()
  const wordsAt = (t: TraceEntry) => {
    const key = `${t.to}:${t.to === 'metric' || t.to === 'label' ? t.text : t.ref}`
    if (!destinations.has(key)) {
      const target = destinationText(doc.profile, sections, t)
      destinations.set(
        key,
        target === null
          ? null
          : {
              have: new Set(wordsOf(target.replace(/\s+/g, ' '))),
              // A URL repaired by removing a space is the one place where words are joined on purpose: a word
              // (letters and digits only) found in the text without its spaces is inside one of its words.
              joined: target.replace(/\s+/g, '').toLowerCase(),
            },
      )
    }
    return destinations.get(key)!
  }
  for (const t of doc.trace) {
    const words = wordsAt(t)
    if (words === null) {
      problems.push(`line ${t.line} went to a missing ${t.to} ${t.ref ?? ''}`)
      continue
    }
    const missing = wordsOf(withoutMarker(t.text)).filter(
      (w) => !words.have.has(w) && !words.joined.includes(w),
    )
    if (missing.length > 0)
      problems.push(`line ${t.line} (${t.to}) lost words: ${missing.slice(0, 5).join(', ')}`)
  }
  return problems
}
