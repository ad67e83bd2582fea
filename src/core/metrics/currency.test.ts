import { describe, it, expect } from 'vitest'
import { currencyOf, findCurrencyMarkers } from './currency'
import { parseNumber } from './parseNumber'

/** The currency of the first number in the text. */
function currency(text: string): string | null {
  const n = parseNumber(text)
  return n ? currencyOf(text, findCurrencyMarkers(text), n) : 'no number'
}

describe('currencyOf', () => {
  it.each([
    ['USD$ 8,000', 'USD'],
    ['USD 7,560', 'USD'],
    ['US $2.8 billion', 'USD'],
    ['U.S. $ 900', 'USD'],
    ['US$ 1,200', 'USD'],
    ['$ 12,000', 'USD'],
    ['12,000$', 'USD'],
    ['12,000 USD', 'USD'],
    ['12 000 US dollars', 'USD'],
    ['12 000 dollars', 'USD'],
    ['usd: 500', 'USD'],
    ['€30,000', 'other'],
    ['30 000 EUR', 'other'],
    ['19.5 billion yuan', 'other'],
    ['RMB 120,000', 'other'],
    ['Rs. 1,20,000', 'other'],
    ['HK$ 380,000', 'other'],
    ['R$ 40 000', 'other'],
    ['45,000 Canadian dollars', 'other'],
    ['£ 25,000', 'other'],
    ['8,000 per capita', null],
    ['more than 500 inhabitants', null],
    ['USD, about 8,000', null],
  ])('%j → %s', (text, expected) => {
    expect(currency(text)).toBe(expected)
  })

  it('tags the figure the marker touches, not its neighbour', () => {
    const text = '19.5 billion yuan (US $2.8 billion)'
    const markers = findCurrencyMarkers(text)
    expect(currencyOf(text, markers, { start: 0, end: 12 })).toBe('other')
    expect(currencyOf(text, markers, { start: 23, end: 34 })).toBe('USD')
  })
})
