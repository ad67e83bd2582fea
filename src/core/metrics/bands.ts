// Bands: the words that make a figure a lower or upper bound (`More than 500`, `Less than 300`, `500+`), and
// the connectors that make two figures a range (`between A and B`, `from A to B`, `A–B`).
//
// Approximations (`about`, `around`, `approximately`, `almost`, `nearly`, `some`, `c.`, `~`, `≈`) are not bands:
// the figure stays an exact value, as the source meant a best estimate, not a bound. They need no rule here.
import { withoutUnitWords } from './units'

export type Bound = 'min' | 'max'

const BEFORE: ReadonlyArray<readonly [RegExp, Bound]> = [
  // The negated forms first: `no more than` ends with `more than` but is an upper bound.
  [/(?<!\p{L})(?:no|not)\s+(?:more|greater|higher)\s+than$/iu, 'max'],
  [/(?<!\p{L})(?:no|not)\s+(?:less|fewer|lower)\s+than$/iu, 'min'],
  [
    /(?:(?<!\p{L})(?:(?:more|greater|higher)\s+than|over|above|at\s+least|in\s+excess\s+of|upwards\s+of|exceeding|minimum(?:\s+of)?|min\.?)|>=?|≥|⩾)$/iu,
    'min',
  ],
  [
    /(?:(?<!\p{L})(?:(?:less|fewer|lower)\s+than|under|below|up\s+to|at\s+most|not\s+exceeding|maximum(?:\s+of)?|max\.?)|<=?|≤|⩽)$/iu,
    'max',
  ],
]

const AFTER_MIN = /^\s*\+|(?<!\p{L})(?:or|and)\s+(?:more|above|over|higher|greater|upwards)(?!\p{L})/iu
const AFTER_MAX = /(?<!\p{L})(?:or|and)\s+(?:less|fewer|below|under|lower)(?!\p{L})/iu

/**
 * The bound a single figure states, from the text right before it and right after it (both without currency
 * markers, up to the neighbouring numbers); null for an exact value.
 */
export function boundOf(before: string, after: string): Bound | null {
  const head = before.trimEnd()
  for (const [re, bound] of BEFORE) if (re.test(head)) return bound
  if (AFTER_MIN.test(after)) return 'min'
  if (AFTER_MAX.test(after)) return 'max'
  return null
}

const CONNECTOR = /^(?:to|till|until|-|–|—|−|‒|~|〜|…|\.\.\.?)$/iu

/**
 * Whether two figures form a range, from the text between them and the text before the first (both without
 * currency markers): `and` needs a `between` (`1,200 people and 500 km²` is not a range).
 */
export function isRange(between: string, beforeFirst: string): boolean {
  const joint = withoutUnitWords(between).trim().replace(/\s+/g, ' ').toLowerCase()
  if (joint === 'and') return /(?<!\p{L})between\s*$/iu.test(beforeFirst)
  return CONNECTOR.test(joint)
}

/** Cleans the float noise of scaling and converting (`2.1 * 1e6` → 2100000, not 2100000.0000000002). */
export function tidy(n: number): number {
  return Number(n.toPrecision(15))
}

/**
 * The low end of a range, given the scale written only after the high end: `between 2.1 and 2.4 million` →
 * 2 100 000. The scale is shared only if the result stays at most the high end (`between 500 and 2 million` → 500).
 */
export function lowEnd(
  low: { value: number; scale: number },
  high: { value: number; scale: number },
): number {
  if (low.scale !== 1 || high.scale === 1) return low.value
  const shared = tidy(low.value * high.scale)
  return shared <= high.value ? shared : low.value
}
