// The figures of a sentence and the clause each belongs to. A clause stops at punctuation, at a conjunction that
// starts a new statement, and at the neighbouring figures: `with more than 9 million inhabitants in 2015 and 21
// million people living in its metropolitan area` gives two clauses, so the second figure's `metropolitan area`
// does not taint the first. A bracket right after a figure is its note (`19.5 billion yuan (US $2.8 billion)`):
// it belongs to that figure's clause, and the figures inside it are not read on their own.
import { isRange } from '../metrics/bands'
import { scanNumbers, type NumberMatch } from '../metrics/parseNumber'
import { isReferenceYear, isYearLike } from '../metrics/years'

export interface Figure {
  /** The figure, and its range partner when two figures form a range (`between 2.1 and 2.4 million`). */
  first: NumberMatch
  last: NumberMatch
  /** The clause around the figure: [start, end) in the sentence. */
  start: number
  end: number
  /**
   * Where the words that say what the figure is start: the clause's start, or for the end of a trend (`grew from
   * 270,000 in 2010 to 340,000 in 2016`) the start of the trend's clause.
   */
  context: number
  /** The start of a trend whose end is the current figure: it is not read on its own. */
  superseded: boolean
  /** The sentence's opening phrase (`In 2015,`), whose scope is the whole sentence; empty when none. */
  intro: { start: number; end: number }
}

export interface SentenceNumbers {
  figures: Figure[]
  /** Years written as years (`2015`, not `2015 inhabitants`): the figure of `memberSince`, the year of others. */
  years: NumberMatch[]
  /** Reference years by context (`in 2015`, `since 2004`, `(2019)`), for a figure whose own clause gives none. */
  referenceYears: NumberMatch[]
}

const BOUNDARY =
  /[;:!?–—]|,(?!\d{3})|\s(?:and|but|while|whereas|although|though|compared\s+(?:to|with)|against|versus|as\s+well\s+as|including|of\s+which|whilst)\s/giu
const UNIT_AFTER_YEAR =
  /^\s*(?:inhabitants?|people|persons?|residents?|citizens|km|sq|square|hectares?|ha|acres?|years)(?!\p{L})/iu
const INTRO = /^(?:in|by|at|as\s+of|since|during|across|within|throughout|for)\s[^,;:]{0,60},/iu
const TREND_GAP = /^(?:\s+(?:in|by)\s+\d{4})?\s+(?:to|reaching)\s[\p{L}\s]*$/u
const TREND_START = /(?<!\p{L})from\s*$/iu
const BRACKET_NOTE = /^[\s\p{L}$.]{0,24}\(/u

function boundaries(text: string): number[][] {
  return [...text.matchAll(BOUNDARY)].map((m) => [m.index, m.index + m[0].length])
}

/** Where the bracket that opens at `open` closes (exclusive), or -1. */
function closing(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0) return i + 1
  }
  return -1
}

export function sentenceNumbers(text: string): SentenceNumbers {
  const all = scanNumbers(text)
  const isYear = (n: NumberMatch): boolean =>
    isYearLike(text, n) && !UNIT_AFTER_YEAR.test(text.slice(n.end, n.end + 16))
  const years = all.filter(isYear)
  const referenceYears = years.filter((n) => isReferenceYear(text, n, text[n.start - 1] === '('))
  const counts = all.filter((n) => !n.percent && !isYear(n))
  const cuts = boundaries(text)
  const intro = INTRO.exec(text)
  const introSpan = intro ? { start: 0, end: intro[0].length } : { start: 0, end: 0 }

  const figures: Figure[] = []
  // Where the previous figure's own words stop (its range partner or bracket note included).
  let stop = 0
  for (let i = 0; i < counts.length; i++) {
    const first = counts[i]!
    const prev = figures.at(-1)
    if (prev && first.start < prev.end) continue // inside the previous figure's note or range
    let last = first
    const next = counts[i + 1]
    const lowerBound = stop
    const before = text.slice(lowerBound, first.start)
    if (next && isRange(text.slice(first.end, next.start), before)) last = next
    let start = Math.max(lowerBound, introSpan.end > first.start ? 0 : introSpan.end)
    for (const [, e] of cuts) if (e! <= first.start && e! > start) start = e!
    // The clause ends at the next boundary or figure; a bracket note right after the figure is included.
    let end = text.length
    const note = BRACKET_NOTE.exec(text.slice(last.end))
    let from = last.end
    if (note) {
      const close = closing(text, last.end + note[0].length - 1)
      if (close > 0) from = close
    }
    for (const [s] of cuts)
      if (s! >= from) {
        end = Math.min(end, s!)
        break
      }
    const following = counts.find((n) => n.start >= from)
    if (following) end = Math.min(end, following.start)
    let context = start
    if (
      prev &&
      TREND_START.test(text.slice(prev.start, prev.first.start)) &&
      TREND_GAP.test(text.slice(prev.last.end, first.start))
    ) {
      context = prev.context
      prev.superseded = true
      // The trend's start year (`in 2010`) belongs to its first figure: read the end from `to` on.
      const to = /\s(?:to|reaching)\s/u.exec(text.slice(prev.last.end, first.start))
      if (to) start = prev.last.end + to.index + 1
    }
    figures.push({
      first,
      last,
      start,
      end: Math.max(end, from),
      context,
      superseded: false,
      intro: introSpan,
    })
    stop = from
  }
  return { figures, years, referenceYears }
}
