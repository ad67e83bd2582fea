import { describe, it, expect } from 'vitest'
import { parseNumber, scanNumbers } from './parseNumber'
import { isReferenceYear, isYearLike } from './years'

/** Whether the last number of the text is its reference year. */
function lastIsYear(text: string, inBrackets = false): boolean {
  const n = scanNumbers(text).at(-1)
  return n !== undefined && isReferenceYear(text, n, inBrackets)
}

describe('years', () => {
  it.each(['2016', '1800', '2100'])('%s is year-like', (t) => {
    const n = parseNumber(t)
    expect(n && isYearLike(t, n)).toBe(true)
  })

  it.each(['2,016', '2016.5', '1799', '2101', '16'])('%s is not year-like', (t) => {
    const n = parseNumber(t)
    expect(n && isYearLike(t, n)).toBe(false)
  })

  it.each([
    ['1.2 million in 2015', false],
    ['1.2 million as of 2019', false],
    ['1.2 million as at 2019', false],
    ['1.2 million, 2019 estimate', false],
    ['850 km², 2018 census', false],
    ['1.2 million (2020)', true],
    ['1.2 million (World Bank, 2019)', true],
  ])('%j names a reference year', (text, inBrackets) => {
    expect(lastIsYear(text, inBrackets)).toBe(true)
  })

  it.each([
    ['More than 2000', false],
    ['between 1900 and 2000', false],
    ['(2000 inhabitants)', true],
    ['(2000 km²)', true],
  ])('%j has no reference year', (text, inBrackets) => {
    expect(lastIsYear(text, inBrackets)).toBe(false)
  })
})
