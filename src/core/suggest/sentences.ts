// The narrative of a profile cut into sentences, each with the section it came from: a suggestion's evidence is
// one sentence, and the matched words are offsets into it.
import type { Profile } from '../model'

export interface Sentence {
  text: string
  sectionId: string | null
  heading: string | null
}

// Words whose full stop does not end a sentence (`Mr. Zhang`, `e.g. Wuhan`, `approx. 9 million`).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'ca',
  'est',
  'inc',
  'jr',
  'sr',
  'u.s',
  'u.k',
  'fig',
  'p',
  'pp',
  'vol',
  'dept',
  'gov',
  'mt',
  'ft',
  'sq',
  'km',
])

const LIST_MARK = /^(?:[-*•]\s+|\d{1,2}[.)]\s+|#{1,6}\s+)/

/** Splits one line of prose into sentences: a `.`, `!` or `?` followed by a space and a capital, digit or quote. */
export function splitSentences(line: string): string[] {
  const out: string[] = []
  let start = 0
  const re = /[.!?]+["'’”)]*\s+(?=[\p{Lu}\d"'‘“(])/gu
  for (const m of line.matchAll(re)) {
    const before = line.slice(start, m.index)
    // Only the end matters: a `$`-anchored search of the whole line would be quadratic in its length.
    const lastWord = /([\p{L}.]+)$/u.exec(before.slice(-24))?.[1]?.toLowerCase() ?? ''
    // An abbreviation or a single initial (`J. Smith`) does not end the sentence.
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue
    const end = m.index + m[0].trimEnd().length
    out.push(line.slice(start, end).trim())
    start = m.index + m[0].length
  }
  const rest = line.slice(start).trim()
  if (rest) out.push(rest)
  return out.filter((s) => /\p{L}/u.test(s))
}

/** Every sentence of the headline and the sections, in order; list marks and sub-heading marks removed. */
export function narrativeSentences(profile: Pick<Profile, 'headline' | 'sections'>): Sentence[] {
  const out: Sentence[] = []
  if (profile.headline) out.push({ text: profile.headline, sectionId: null, heading: null })
  for (const section of profile.sections) {
    for (const raw of section.body.split('\n')) {
      const line = raw.replace(LIST_MARK, '').trim()
      if (!line) continue
      for (const text of splitSentences(line))
        out.push({ text, sectionId: section.id, heading: section.heading })
    }
  }
  return out
}
