import { describe, it, expect } from 'vitest'
import { readSpelled } from './spelled'

describe('readSpelled', () => {
  it.each([
    ['nine million inhabitants', 9_000_000, 'nine million'],
    ['a hundred thousand', 100_000, 'a hundred thousand'],
    ['two million three hundred thousand', 2_300_000, 'two million three hundred thousand'],
    ['one hundred and twenty-five', 125, 'one hundred and twenty-five'],
    ['one thousand and one nights', 1001, 'one thousand and one'],
    ['twelve hundred', 1200, 'twelve hundred'],
    ['half a billion', 500_000_000, 'half a billion'],
    ['seven and eight', 7, 'seven'],
    ['five twenty', 5, 'five'],
    ['ninety-nine', 99, 'ninety-nine'],
    ['three hundred and more', 300, 'three hundred'],
  ])('%j', (text, value, matched) => {
    const r = readSpelled(text, 0)
    expect(r?.value).toBe(value)
    expect(r && text.slice(0, r.end)).toBe(matched)
  })

  it('reports the scale the expression ends with, for ranges to share', () => {
    expect(readSpelled('three million', 0)?.scale).toBe(1e6)
    expect(readSpelled('two thousand five', 0)?.scale).toBe(1)
  })

  it.each(['a city', 'an estimated 2 million', 'million', 'hundred', 'and', 'someone', ''])(
    '%j is no number',
    (t) => {
      expect(readSpelled(t, 0)).toBeNull()
    },
  )

  it('reads scales only in decreasing order (`one thousand million` stops at thousand)', () => {
    expect(readSpelled('one thousand million', 0)?.value).toBe(1000)
  })
})
