// Which numbers in a metric value are years: the reference year of the figure (`(2020)`, `in 2015`, `as of 2019`,
// `2019 estimate`, `[2018]`, `(2018 census)`), or the figure itself for `memberSince`.
import type { NumberMatch } from './parseNumber'

const EARLIEST_YEAR = 1800
const LATEST_YEAR = 2100

/** Four plain digits in the range of plausible years: `2,016`, `2016.5` and `2 thousand` are quantities. */
export function isYearLike(text: string, n: NumberMatch): boolean {
  return (
    !n.percent &&
    /^\d{4}$/.test(text.slice(n.start, n.end)) &&
    n.value >= EARLIEST_YEAR &&
    n.value <= LATEST_YEAR
  )
}

const YEAR_BEFORE =
  /(?:(?<!\p{L})(?:in|as\s+(?:of|at|on)|year|since|during|census|est\.?|estimated?|fy|updated)\s*)$/iu
const YEAR_AFTER =
  /^\s*(?:(?:estimates?|est\.?|census|data|figures?|survey|projections?|statistics)(?!\p{L})|:)/iu
const UNIT_AFTER =
  /^\s*(?:inhabitants?|people|persons?|residents?|km|sq|square|hectares?|ha|acres?|years)(?!\p{L})/iu

/**
 * Whether a year-like number is the reference year of the figure, by its context: a year preposition or noun
 * next to it, or brackets around it (`(World Bank, 2019)`); never when a unit follows it (`2000 inhabitants`).
 */
export function isReferenceYear(text: string, n: NumberMatch, inBrackets: boolean): boolean {
  if (!isYearLike(text, n)) return false
  const after = text.slice(n.end, n.end + 24)
  if (UNIT_AFTER.test(after)) return false
  return (
    inBrackets || YEAR_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start)) || YEAR_AFTER.test(after)
  )
}
