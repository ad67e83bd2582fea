// Brackets split a metric value into segments: the main text (segment 0) and each top-level bracket group (1, 2,
// ...). A bracket carries a side note: the year (`(2020)`), or the USD equivalent (`19.5 billion yuan (US $2.8
// billion)`). Masking keeps character positions, so spans found in the whole text stay valid in a segment.

const OPENERS = '([{'
const CLOSERS = ')]}'

/** The segment of every character of the text; an unbalanced closing bracket is left in the main text. */
export function segmentIds(text: string): number[] {
  const ids: number[] = []
  let depth = 0
  let group = 0
  for (const c of text.split('')) {
    if (OPENERS.includes(c)) {
      if (depth === 0) group++
      depth++
      ids.push(group)
    } else if (CLOSERS.includes(c) && depth > 0) {
      ids.push(group)
      depth--
    } else {
      ids.push(depth > 0 ? group : 0)
    }
  }
  return ids
}

/** The text with every character outside the segment, and every given span, replaced by a space. */
export function mask(
  text: string,
  ids: readonly number[],
  segment: number,
  spans: ReadonlyArray<{ start: number; end: number }> = [],
): string {
  const chars = text.split('').map((c, i) => (ids[i] === segment ? c : ' '))
  for (const { start, end } of spans) chars.fill(' ', start, end)
  return chars.join('')
}
