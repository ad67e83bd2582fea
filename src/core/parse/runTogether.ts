// Glued pages lose the boundary between list items that start in lower case (`…school leavingextending
// adult learning…`). Capitals cannot show where one ends; a dictionary can: a long lower-case token that is
// no English word but is two words end to end is two items. Only the glued layout uses this.
import words from 'an-array-of-english-words' with { type: 'json' }

const DICTIONARY: ReadonlySet<string> = new Set(words as string[])

/** Both halves must be real words of at least this length: short ones (`a`, `in`) join too easily. */
const MIN_PART = 4

/** Where a run-together token splits into two words, or -1. Prefers the most balanced split. */
export function runTogetherSplit(token: string): number {
  if (token.length < MIN_PART * 2 + 1 || DICTIONARY.has(token)) return -1
  let best = -1
  let bestScore = 0
  for (let i = MIN_PART; i <= token.length - MIN_PART; i++) {
    if (DICTIONARY.has(token.slice(0, i)) && DICTIONARY.has(token.slice(i))) {
      const score = Math.min(i, token.length - i)
      if (score > bestScore) {
        best = i
        bestScore = score
      }
    }
  }
  return best
}

/**
 * Splits a piece of text at run-together words and at a colon glued to a lower-case list item
 * (`objectives:reducing`); the parts keep every character, trimmed.
 */
export function splitRunTogether(text: string): string[] {
  const cuts: number[] = []
  for (const m of text.matchAll(/[a-z]{3}:(?=[a-z]{3})/g)) cuts.push(m.index + m[0].length)
  for (const m of text.matchAll(/(?<![\p{L}\p{N}@/.#-])[a-z]{9,}(?![\p{L}\p{N}@/-])/gu)) {
    const at = runTogetherSplit(m[0])
    if (at > 0) cuts.push(m.index + at)
  }
  if (cuts.length === 0) return [text]
  const parts: string[] = []
  let start = 0
  for (const cut of cuts.sort((a, b) => a - b)) {
    parts.push(text.slice(start, cut))
    start = cut
  }
  parts.push(text.slice(start))
  return parts.map((p) => p.trim()).filter(Boolean)
}
