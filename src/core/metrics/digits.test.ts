import { describe, it, expect } from 'vitest'
import { readDigits } from './digits'

describe('readDigits', () => {
  it.each([
    ['8,000', '8000'],
    ['1,234,567.89', '1234567.89'],
    ['1.234.567,89', '1234567.89'],
    ['1 234,5', '1234.5'],
    ['12,34,567', '1234567'],
    ['1,23,45,678', '12345678'],
    ['9,79', '9.79'],
    ['1.234', '1.234'],
    ['2015', '2015'],
    ['15 000 25', '15000'],
    ['1,000.', '1000'],
    ['2019, 2020', '2019'],
  ])('%j → %s', (text, plain) => {
    expect(readDigits(text, 0)?.plain).toBe(plain)
  })

  it.each(['1.2.3', '12.05.2019', '1,234,56', '12,3456', '2015,500', '123,45,678', "1'23"])(
    '%j is malformed',
    (t) => {
      expect(readDigits(t, 0)).toBeNull()
    },
  )

  it('ends where the number ends', () => {
    expect(readDigits('about 120 000 people', 6)?.end).toBe(13)
  })
})
