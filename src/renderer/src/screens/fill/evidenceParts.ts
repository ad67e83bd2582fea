// The evidence sentence cut into parts for display: the matched words (the figure, the words that say which
// metric, the year, a bound) marked, the rest plain. Overlapping matches are merged, the figure's kind winning.
import type { Match } from '../../../../core/suggest/types'

export interface EvidencePart {
  text: string
  kind: Match['kind'] | null
}

const RANK: Record<Match['kind'], number> = { figure: 0, year: 1, bound: 2, cue: 3 }

export function evidenceParts(text: string, matches: readonly Match[]): EvidencePart[] {
  const kinds: Array<Match['kind'] | null> = Array.from({ length: text.length }, () => null)
  for (const m of matches) {
    for (let i = Math.max(0, m.start); i < Math.min(text.length, m.end); i++) {
      const current = kinds[i]
      if (current === null || current === undefined || RANK[m.kind] < RANK[current]) kinds[i] = m.kind
    }
  }
  const parts: EvidencePart[] = []
  for (let i = 0; i < text.length; i++) {
    const kind = kinds[i] ?? null
    const last = parts.at(-1)
    if (last && last.kind === kind) last.text += text[i]
    else parts.push({ text: text[i]!, kind })
  }
  return parts
}

/**
 * A one-line excerpt that shows the first match: a long sentence is cut before it (`…`), so the figure is in view
 * in a narrow row. `offset` is where the excerpt starts in the sentence.
 */
export function excerptStart(text: string, matches: readonly Match[], lead = 48): number {
  const first = Math.min(...matches.map((m) => m.start), text.length)
  if (first <= lead) return 0
  const space = text.lastIndexOf(' ', first - lead)
  return space < 0 ? 0 : space + 1
}
