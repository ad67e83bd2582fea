import { describe, it, expect } from 'vitest'
import { boundOf, isRange, lowEnd, tidy } from './bands'

describe('boundOf', () => {
  it.each([
    ['More than ', '', 'min'],
    ['over ', '', 'min'],
    ['just above ', '', 'min'],
    ['at least ', '', 'min'],
    ['in excess of ', '', 'min'],
    ['≥ ', '', 'min'],
    ['>=', '', 'min'],
    ['not less than ', '', 'min'],
    ['', '+', 'min'],
    ['', ' inhabitants or more', 'min'],
    ['Less than ', '', 'max'],
    ['under ', '', 'max'],
    ['below ', '', 'max'],
    ['up to ', '', 'max'],
    ['fewer than ', '', 'max'],
    ['<', '', 'max'],
    ['≤ ', '', 'max'],
    ['no more than ', '', 'max'],
    ['', ' or less', 'max'],
    ['about ', '', null],
    ['approximately ', '', null],
    ['almost ', '', null],
    ['nearly ', '', null],
    ['some ', '', null],
    ['c. ', '', null],
    ['~', '', null],
    ['turnover ', '', null],
  ])('%j … %j → %s', (before, after, bound) => {
    expect(boundOf(before, after)).toBe(bound)
  })
})

describe('isRange', () => {
  it.each([
    [' and ', 'Between ', true],
    [' and ', 'between    ', true],
    [' and ', '', false],
    [' to ', 'from ', true],
    ['–', '', true],
    [' - ', '', true],
    [' km² – ', '', true],
    ['~', '', true],
    [' inhabitants in 2015 and ', '', false],
    [' or ', '', false],
  ])('%j after %j → %s', (between, before, range) => {
    expect(isRange(between, before)).toBe(range)
  })
})

describe('lowEnd', () => {
  it('shares the scale of the high end when it fits', () => {
    expect(lowEnd({ value: 2.1, scale: 1 }, { value: 2_400_000, scale: 1e6 })).toBe(2_100_000)
    expect(lowEnd({ value: 500, scale: 1 }, { value: 2_000_000, scale: 1e6 })).toBe(500)
    expect(lowEnd({ value: 2_000, scale: 1e3 }, { value: 3_000_000, scale: 1e6 })).toBe(2_000)
  })

  it('tidies float noise', () => {
    expect(tidy(2.1 * 1e6)).toBe(2_100_000)
    expect(tidy(0.1 + 0.2)).toBe(0.3)
  })
})
