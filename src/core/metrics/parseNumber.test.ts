import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { parseNumber, scanNumbers } from './parseNumber'

// [text, value, matched text]; a null value means no count is read.
const CASES: ReadonlyArray<readonly [string, number | null, string | null]> = [
  ['8,000', 8000, '8,000'],
  ['7 924', 7924, '7 924'],
  ['120 000', 120_000, '120 000'],
  ['120\u00A0000', 120_000, '120\u00A0000'],
  ['120\u202F000', 120_000, '120\u202F000'],
  ['1\u2009234\u2009567', 1_234_567, '1\u2009234\u2009567'],
  ['9.79', 9.79, '9.79'],
  ['2.8 billion', 2_800_000_000, '2.8 billion'],
  ['9 million', 9_000_000, '9 million'],
  ['1.2m inhabitants', 1_200_000, '1.2m'],
  ['3bn', 3_000_000_000, '3bn'],
  ['2.5 bn', 2_500_000_000, '2.5 bn'],
  ['12k', 12000, '12k'],
  ['4.5 mln', 4_500_000, '4.5 mln'],
  ['2 Mio.', 2_000_000, '2 Mio'],
  ['3 lakh', 300_000, '3 lakh'],
  ['1.5 crore', 15_000_000, '1.5 crore'],
  ['2 millions', 2_000_000, '2 millions'],
  ['15,000', 15000, '15,000'],
  ['1,234,567.5', 1_234_567.5, '1,234,567.5'],
  ['1.234.567', 1_234_567, '1.234.567'],
  ['1.234.567,89', 1_234_567.89, '1.234.567,89'],
  ['1.234,5', 1234.5, '1.234,5'],
  ['1 234,56', 1234.56, '1 234,56'],
  ["1'234'567", 1_234_567, "1'234'567"],
  ['1\u2019234', 1234, '1\u2019234'],
  ['12,34,567', 1_234_567, '12,34,567'],
  ['9,79', 9.79, '9,79'],
  ['1,5 million', 1_500_000, '1,5 million'],
  // A single dot is always a decimal point: 1.234 is one point two three four.
  ['1.234', 1.234, '1.234'],
  ['nine million', 9_000_000, 'nine million'],
  ['two thousand', 2000, 'two thousand'],
  ['a million', 1_000_000, 'a million'],
  ['half a million', 500_000, 'half a million'],
  ['twenty-five', 25, 'twenty-five'],
  ['one hundred and twenty people', 120, 'one hundred and twenty'],
  ['two thousand five hundred', 2500, 'two thousand five hundred'],
  ['Nine Million', 9_000_000, 'Nine Million'],
  ['population: 1,200,000.', 1_200_000, '1,200,000'],
  ['USD8,000', 8000, '8,000'],
  ['the 2nd city, 500 residents', 500, '500'],
  ['500 km2', 500, '500'],
  ['16% growth, then 300', 300, '300'],
  // Not counts.
  ['16%', null, null],
  ['16 per cent', null, null],
  ['16 percent', null, null],
  ['1st', null, null],
  ['km2', null, null],
  ['COVID19', null, null],
  ['1.2.3', null, null],
  ['12.05.2019', null, null],
  ['12,3456', null, null],
  ['2015,500', null, null],
  ['a city', null, null],
  ['million', null, null],
  ['Cheng Mr Yongwen', null, null],
  ['', null, null],
]

describe('parseNumber', () => {
  it.each(CASES)('%j', (text, value, matched) => {
    const m = parseNumber(text)
    if (value === null) return expect(m).toBeNull()
    expect(m?.value).toBe(value)
    expect(m && text.slice(m.start, m.end)).toBe(matched)
  })

  it('does not read a spaced m as millions (it is metres), nor a spaced k', () => {
    expect(parseNumber('500 m')?.value).toBe(500)
    expect(parseNumber('5 K')?.value).toBe(5)
    expect(parseNumber('500 m²')?.value).toBe(500)
  })

  it('flags percentages with their span, sign included', () => {
    expect(scanNumbers('up 16 % and 3 per cent')).toEqual([
      { value: 16, start: 3, end: 7, scale: 1, percent: true },
      { value: 3, start: 12, end: 22, scale: 1, percent: true },
    ])
  })

  it('reports the scale so that a range can share it', () => {
    expect(scanNumbers('between 2.1 and 2.4 million (2020)').map((m) => [m.value, m.scale])).toEqual([
      [2.1, 1],
      [2_400_000, 1e6],
      [2020, 1],
    ])
  })

  it('never throws, and finds ordered, non-overlapping, finite matches', () => {
    const pieces = fc.constantFrom(
      '1',
      '23',
      '000',
      ',',
      '.',
      ' ',
      '\u202F',
      "'",
      'million',
      'k',
      'm',
      '%',
      'one',
      '-',
    )
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: pieces })),
        (text) => {
          parseNumber(text)
          let last = 0
          for (const m of scanNumbers(text)) {
            expect(Number.isFinite(m.value)).toBe(true)
            expect(m.start).toBeGreaterThanOrEqual(last)
            expect(m.end).toBeGreaterThan(m.start)
            last = m.end
          }
          expect(last).toBeLessThanOrEqual(text.length)
        },
      ),
      { numRuns: 3000 },
    )
  })

  // Whole numbers and numbers with one or two decimals (three would be ambiguous in `1,234`).
  const amounts = fc.oneof(
    fc.integer({ min: 0, max: 1e12 }),
    fc.integer({ min: 0, max: 1e11 }).map((cents) => cents / 100),
  )

  it.each([
    ['en-US', {}],
    ['en-GB', {}],
    ['en-IN', {}],
    ['de-CH', {}],
    ['fr-FR', { maximumFractionDigits: 2 }],
    // A lone `.` group is a decimal point here, so German figures are tested with their decimal comma.
    ['de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 2 }],
  ] as const)('reads back a number formatted with %s thousands separators', (locale, options) => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...options })
    fc.assert(
      fc.property(amounts, (n) => {
        const text = `about ${format.format(n)} inhabitants`
        const m = parseNumber(text)
        expect(m?.value).toBe(n)
        expect(m && text.slice(m.start, m.end)).toBe(format.format(n))
      }),
    )
  })

  it('reads back a number grouped by plain spaces', () => {
    const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseNumber(grouped(n))?.value).toBe(n)
      }),
    )
  })
})
