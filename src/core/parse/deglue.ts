// Text copied from newer web pages loses the breaks between elements: a headline runs into the intro
// (`...learning cityCommonly known as...`), a heading into its paragraph (`Vision and motivationWuhan’s`),
// sentences of two paragraphs touch (`...to Wuhan.Vision`), a headline runs into an intro that starts with the
// city's name (`...for the SDGsChengdu, the capital...`). These rules split such boundaries; they only fire
// where no space separates the two sides, so ordinary text is left alone.
import { SECTION_HEADINGS } from './headings'

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'prof',
  'jr',
  'sr',
  'no',
  'nos',
  'vol',
  'etc',
  'vs',
  'inc',
  'ltd',
  'co',
  'e.g',
  'i.e',
  'approx',
  'fig',
  'p',
  'pp',
])

/** Whether a match at `i` starts a word (so `cityCommonly` splits but `iPhone`'s inner capital does not). */
const wordStart = (text: string, i: number): boolean => i === 0 || /[\s(“‘"'/-]/.test(text[i - 1]!)

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Known headings as patterns: the first letter as written, the rest case-insensitive, `&` or `and`. */
const HEADING_PATTERN = new RegExp(
  `(${[...SECTION_HEADINGS]
    .sort((a, b) => b.length - a.length)
    .map((h) => escape(h).replace(/ and /g, ' (?:and|&) '))
    .join('|')})`,
  'gi',
)

function splitAt(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b)
  const parts: string[] = []
  let start = 0
  for (const p of points) {
    parts.push(text.slice(start, p))
    start = p
  }
  parts.push(text.slice(start))
  return parts.map((p) => p.trim()).filter((p) => p.length > 0)
}

function headingCuts(text: string): number[] {
  const cuts: number[] = []
  for (const m of text.matchAll(HEADING_PATTERN)) {
    const start = m.index
    const end = start + m[0].length
    if (!/[A-Z]/.test(text[start] ?? '')) continue
    const before = text[start - 1]
    const after = text[end]
    const gluedBefore = before !== undefined && /[^\s(“‘"'-]/.test(before)
    const gluedAfter = after !== undefined && /[A-Z“‘"]/.test(after)
    if (!gluedBefore && !gluedAfter) continue
    // A paragraph may end without a full stop on a figure (`...plan in 2010Vision and motivation`).
    if (gluedBefore && !/[.!?:;”’)a-z0-9]/.test(before ?? '')) continue
    if (before !== undefined && /\S/.test(before)) cuts.push(start)
    if (after !== undefined) cuts.push(end)
  }
  return cuts
}

/** `development.Policy level:The municipality` → a sub-heading between two paragraphs. */
function subHeadingCuts(text: string): number[] {
  const cuts: number[] = []
  for (const m of text.matchAll(/(^|[.!?”’)])([A-Z][A-Za-z’' -]{2,40}:)(?=[A-Z“‘])/g)) {
    const start = m.index + (m[1]?.length ?? 0)
    cuts.push(start, start + (m[2]?.length ?? 0))
  }
  return cuts
}

/**
 * The run of non-space characters that ends at `at`, found by walking back from it. Fix: a `\S*$` search on
 * the text before `at` tried every start position of a long line, so one glued line of 2 MB took 8 s.
 */
function wordEndingAt(text: string, at: number): string {
  let start = at
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--
  return text.slice(start, at)
}

/** `...to Wuhan.Vision` and `...for allAs the second`: a sentence or word run into the next one. */
function sentenceCuts(text: string): number[] {
  const cuts: number[] = []
  for (const m of text.matchAll(/[a-z0-9%)][.!?][’”"]?(?=[A-Z][a-z])/g)) {
    const end = m.index + m[0].length
    const word = wordEndingAt(text, m.index + 1)
    if (/^(https?:|www\.)/i.test(word) || word.includes('@')) continue
    if (ABBREVIATIONS.has(word.toLowerCase().replace(/^[(“‘"']+/, ''))) continue
    cuts.push(end)
  }
  for (const m of text.matchAll(/[a-z][a-z’']*[a-z](?=[A-Z][a-z])/g)) {
    if (wordStart(text, m.index)) cuts.push(m.index + m[0].length)
  }
  // A capitalised word runs into the next one (`MediterraneanTunis`); brand names like `YouTube` or
  // `PowerPoint` or `ProjectZero` have short first parts, so eight lower-case letters are required.
  for (const m of text.matchAll(/[A-Z][a-z]{8,}(?=[A-Z][a-z]{2,})/g)) {
    if (wordStart(text, m.index)) cuts.push(m.index + m[0].length)
  }
  // `the following priorities:Literacy`: a list introduced by a colon, glued to its first item.
  for (const m of text.matchAll(/(?<=[a-z]{3}:)(?=[A-Z][a-z])/g)) cuts.push(m.index)
  return cuts
}

const LETTER_OR_DIGIT_END = /[\p{L}\p{N}]$/u
const LETTER_OR_MARK_START = /^[\p{L}\p{M}]/u

/**
 * A known name (the city, once the identity line is read) glued to the letter or figure before it:
 * `...heart of the AuvergneClermont-Ferrand, the capital...`. The case before the join says nothing here
 * (`SDGsChengdu`), so only a whole known name, not followed by another letter, is split off.
 */
function nameCuts(text: string, names: readonly string[]): number[] {
  const cuts: number[] = []
  for (const name of names) {
    if (name.length < 3 || !/^\p{Lu}/u.test(name)) continue
    // A search and two one-character tests, not a pattern built per name: validation runs this for every line
    // of every profile, each with its own city, and compiling a Unicode pattern costs more than the search.
    for (let at = text.indexOf(name, 1); at > 0; at = text.indexOf(name, at + name.length)) {
      if (!LETTER_OR_DIGIT_END.test(text.slice(Math.max(0, at - 2), at))) continue
      if (LETTER_OR_MARK_START.test(text.slice(at + name.length, at + name.length + 2))) continue
      // Inside an address or a tag (`www.visitChengdu.cn`, `#LearningChengdu`) the join is the writer's.
      const word = wordEndingAt(text, at)
      if (!/^(https?:|www\.|#|@)/i.test(word) && !word.includes('@') && !word.includes('.')) cuts.push(at)
    }
  }
  return cuts
}

/** Whether a known name is glued to the text before it somewhere in `text` (see `nameCuts`). */
export const hasGluedName = (text: string, names: readonly string[]): boolean =>
  nameCuts(text, names).length > 0

/**
 * The pieces of one line with glued boundaries split; a line without glue comes back whole. `names` are
 * names known to start a new piece wherever they touch the text before them (the city, once known).
 */
export function deglue(text: string, names: readonly string[] = []): string[] {
  if (text.length < 8) return [text]
  return splitAt(text, [
    ...headingCuts(text),
    ...subHeadingCuts(text),
    ...sentenceCuts(text),
    ...nameCuts(text, names),
  ])
}
