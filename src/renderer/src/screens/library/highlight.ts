// Marks the search terms in a city or country name. The search ignores case and accents, so the marking does
// too: the term "sao" marks "São" in "São Paulo".
export interface Part {
  text: string
  match: boolean
}

/** The text folded for matching, and for each folded character the index of its source character. */
function fold(text: string): { folded: string; source: number[] } {
  let folded = ''
  const source: number[] = []
  let index = 0
  for (const char of text) {
    const plain = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    for (let i = 0; i < plain.length; i += 1) source.push(index)
    folded += plain
    index += char.length
  }
  source.push(text.length)
  return { folded, source }
}

export function highlightParts(text: string, terms: readonly string[]): Part[] {
  const wanted = terms.map((term) => fold(term).folded).filter((term) => term.length > 0)
  if (wanted.length === 0 || text.length === 0) return [{ text, match: false }]
  const { folded, source } = fold(text)
  // Marked source characters; overlapping terms merge into one mark.
  const marked = new Array<boolean>(text.length).fill(false)
  for (const term of wanted) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const end = source[at + term.length] ?? text.length
      for (let i = source[at] ?? 0; i < end; i += 1) marked[i] = true
    }
  }
  const parts: Part[] = []
  for (let i = 0; i < text.length; i += 1) {
    const last = parts[parts.length - 1]
    if (last && last.match === marked[i]) last.text += text[i]
    else parts.push({ text: text[i] ?? '', match: marked[i] ?? false })
  }
  return parts
}

const NAME_FIELDS = new Set(['city', 'country'])

/**
 * The line under a city when the search matched elsewhere than the names: `in sections · lifelong`. Where
 * comes first: the column is narrow, and the terms are the ones just typed.
 */
export function elsewhereLine(terms: readonly string[], fields: readonly string[]): string | null {
  const other = fields.filter((field) => !NAME_FIELDS.has(field))
  if (other.length === 0 || terms.length === 0) return null
  return `in ${other.join(', ')} · ${[...new Set(terms)].join(', ')}`
}
