// The digit part of a number (`8,000`, `120 000`, `1.234.567`, `9,79`, `12,34,567`), before any scale word.
//
// Sources mix English and European conventions, so separators are decided as follows:
// - `,` followed by exactly three digits groups thousands (`8,000`, `1,234,567`), and so does Indian grouping
//   (`12,34,567`). A single `,` followed by one or two digits is a decimal comma (`9,79`, `1,5`).
// - A single `.` is a decimal point, whatever follows (`9.79`, also `1.234` = 1.234): English is the common case.
//   Two or more `.` groups (`1.234.567`), or one followed by a decimal comma (`1.234,5`), are European thousands.
// - A space groups thousands: ordinary, no-break (U+00A0), narrow no-break (U+202F) and thin (U+2009) spaces,
//   as do `'` and `’` (Swiss). After such grouping either `.` or `,` is the decimal mark (`1 234,5`).
// - Anything else that continues with a separator and digits (`1.2.3`, `12,3456`, `01.02.2019`) is malformed:
//   it is rejected whole rather than read as a misleading figure.

export interface Digits {
  /** The figure as a plain decimal string (`1234.5`), so that scaling it stays exact. */
  plain: string
  end: number
}

type SeparatorKind = 'comma' | 'dot' | 'space' | 'apostrophe'

const SPACE_CHARS = ' \u00A0\u202F\u2009'
const APOSTROPHE_CHARS = "'\u2019"

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9'
}

function separatorKind(c: string | undefined): SeparatorKind | null {
  if (c === undefined) return null
  if (c === ',') return 'comma'
  if (c === '.') return 'dot'
  if (SPACE_CHARS.includes(c)) return 'space'
  if (APOSTROPHE_CHARS.includes(c)) return 'apostrophe'
  return null
}

function digitRunEnd(text: string, i: number): number {
  let j = i
  while (isDigit(text[j])) j++
  return j
}

/** How many of the groups after the head form a valid thousands pattern (0 when none). */
function validGroupCount(head: number, runs: number[], kind: SeparatorKind): number {
  let standard = 0
  while (standard < runs.length && runs[standard] === 3) standard++
  if (standard > 0) return standard
  if (kind !== 'comma' || head > 2) return 0
  // Indian grouping: a head of one or two digits, groups of two, and a last group of three.
  let twos = 0
  while (twos < runs.length && runs[twos] === 2) twos++
  return twos > 0 && runs[twos] === 3 ? twos + 1 : 0
}

interface Grouped {
  digits: string
  end: number
  kind: SeparatorKind
}

function readGroups(text: string, start: number, headEnd: number): Grouped | null {
  const head = headEnd - start
  const kind = separatorKind(text[headEnd])
  if (kind === null || head > 3) return null
  const runs: number[] = []
  const ends: number[] = []
  let j = headEnd
  while (separatorKind(text[j]) === kind && isDigit(text[j + 1])) {
    const e = digitRunEnd(text, j + 1)
    runs.push(e - j - 1)
    ends.push(e)
    j = e
  }
  const count = validGroupCount(head, runs, kind)
  if (count === 0) return null
  const end = ends[count - 1] ?? headEnd
  // A single `.` group is a decimal point (`1.234`), unless a decimal comma follows (`1.234,5`).
  if (kind === 'dot' && count === 1 && !(text[end] === ',' && isDigit(text[end + 1]))) return null
  return { digits: text.slice(start, end).replace(/[^0-9]/g, ''), end, kind }
}

function decimalMarks(kind: SeparatorKind | null): string {
  if (kind === 'comma') return '.'
  if (kind === 'dot') return ','
  return '.,'
}

/** Reads the digits starting at `start` (a digit), or null when the token is malformed. */
export function readDigits(text: string, start: number): Digits | null {
  const headEnd = digitRunEnd(text, start)
  const grouped = readGroups(text, start, headEnd)
  const intDigits = grouped ? grouped.digits : text.slice(start, headEnd)
  const i = grouped ? grouped.end : headEnd
  const mark = text[i]
  const continues = separatorKind(mark) !== null && separatorKind(mark) !== 'space' && isDigit(text[i + 1])
  if (!continues) return { plain: intDigits, end: i }
  if (mark === undefined || !decimalMarks(grouped?.kind ?? null).includes(mark)) return null
  const fracEnd = digitRunEnd(text, i + 1)
  const frac = text.slice(i + 1, fracEnd)
  // Without grouping, `,` is a decimal comma only before one or two digits (`2015,500` is not a number).
  if (mark === ',' && !grouped && frac.length > 2) return null
  const after = separatorKind(text[fracEnd])
  if (after !== null && after !== 'space' && isDigit(text[fracEnd + 1])) return null
  return { plain: `${intDigits}.${frac}`, end: fracEnd }
}
