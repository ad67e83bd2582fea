// One number expression read from free text, with the span it came from so that callers can highlight it.
// Our own grammar, because general NLP libraries misread `120 000` and `between 2.1 and 2.4 million`.
//
// Beyond the separators of ./digits.ts:
// - Scales: words (`thousand`, `million`, `billion`, `trillion`, `lakh`/`lac`, `crore`, plurals too), the
//   abbreviations `mn`, `mln`, `mio`, `bn`, `bln` (spaced or glued), and `k`, `m`, `b` only when glued to the digits
//   (`12k`, `1.2m`, `3b`): a spaced `m` is far more often metres than millions, and `m2`/`m²` is an area.
// - `16%`, `16 per cent`, `16 percent`, `16 pct` are read but flagged `percent`: a share is not a count.
// - No signs: a `-` before a figure is a range dash far more often than a minus.
// - Not numbers: ordinals (`1st`, `21st`), digits glued after a lowercase or a long word (`km2`, `COVID19`);
//   digits after a short capitalised code are (`USD8,000`).
// - Spelled-out numbers are read too (./spelled.ts): `nine million`, `a million`, and also a bare `one`.
import { isDigit, readDigits } from './digits'
import { readSpelled } from './spelled'

export interface NumberMatch {
  /** The number with its scale applied (`2.8 billion` → 2_800_000_000). */
  value: number
  /** Where the expression starts in the text. */
  start: number
  /** Where it ends (exclusive), scale word and percent sign included. */
  end: number
  /** The multiplier its scale word applied, 1 when none: a range shares it (`2.1 and 2.4 million`). */
  scale: number
  /** A share (`16 %`), not a count. */
  percent: boolean
}

const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lac: 1e5,
  crore: 1e7,
  mn: 1e6,
  mln: 1e6,
  mio: 1e6,
  bn: 1e9,
  bln: 1e9,
  k: 1e3,
  m: 1e6,
  b: 1e9,
}

const SCALE_WORD =
  /[ \u00A0\u202F\u2009]*(thousand|million|billion|trillion|lakh|lac|crore|mln|mn|mio|bln|bn)s?(?!\p{L})/iuy
const GLUED_SCALE = /([kmb])(?![\p{L}\d²³])/iuy
const PERCENT = /[ \u00A0\u202F\u2009]*(?:%|per[ \u00A0]?cent(?!\p{L})|pct(?!\p{L}))/iuy
const ORDINAL = /(?:st|nd|rd|th)(?!\p{L})/iuy
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u
const ANY_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** The match of a sticky regex at `pos`, or null. */
function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos
  return re.exec(text)
}

/** Digits may start a number unless they continue a word or another number (`km2`, the `5` of `1.5`). */
function canStart(text: string, i: number): boolean {
  const prev = text[i - 1]
  if (prev === undefined) return true
  if (isDigit(prev)) return false
  if (".,'\u2019".includes(prev) && isDigit(text[i - 2])) return false
  if (!CASED_LETTER.test(prev)) return true
  let j = i
  while (j > 0 && i - j <= 4 && CASED_LETTER.test(text[j - 1] ?? '')) j--
  const word = text.slice(j, i)
  const wordStart = j === 0 || !CASED_LETTER.test(text[j - 1] ?? '')
  return wordStart && word.length >= 2 && word.length <= 4 && word === word.toUpperCase()
}

function withPercent(text: string, value: number, start: number, end: number, scale: number): NumberMatch {
  const percent = stickyAt(PERCENT, text, end)
  return { value, start, end: percent ? PERCENT.lastIndex : end, scale, percent: percent !== null }
}

function readNumeral(text: string, start: number): NumberMatch | null {
  const digits = readDigits(text, start)
  if (!digits || stickyAt(ORDINAL, text, digits.end)) return null
  const scaleMatch = stickyAt(SCALE_WORD, text, digits.end) ?? stickyAt(GLUED_SCALE, text, digits.end)
  const scale = scaleMatch ? (SCALES[(scaleMatch[1] ?? '').toLowerCase()] ?? 1) : 1
  const end = scaleMatch ? scaleMatch.index + scaleMatch[0].length : digits.end
  // Scales are powers of ten: shifting the exponent keeps `2.8 billion` exact where 2.8 * 1e9 would not be.
  const value = Number(`${digits.plain}e${Math.round(Math.log10(scale))}`)
  if (!Number.isFinite(value)) return null
  return withPercent(text, value, start, end, scale)
}

function readWords(text: string, start: number): NumberMatch | null {
  const spelled = readSpelled(text, start)
  return spelled ? withPercent(text, spelled.value, start, spelled.end, spelled.scale) : null
}

function isWordStart(text: string, i: number): boolean {
  const c = text[i] ?? ''
  return /[A-Za-z]/.test(c) && !ANY_LETTER_OR_DIGIT.test(text[i - 1] ?? '')
}

/** Every number expression in the text, in order, percentages included (flagged). */
export function scanNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = []
  let i = 0
  while (i < text.length) {
    let match: NumberMatch | null = null
    if (isDigit(text[i])) {
      if (canStart(text, i)) match = readNumeral(text, i)
    } else if (isWordStart(text, i)) {
      match = readWords(text, i)
    }
    if (match) {
      found.push(match)
      i = match.end
    } else {
      i++
    }
  }
  return found
}

/** The first number expression in the text that is a count, not a percentage; null when there is none. */
export function parseNumber(text: string): NumberMatch | null {
  return scanNumbers(text).find((m) => !m.percent) ?? null
}
