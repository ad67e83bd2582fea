import { describe, it, expect } from 'vitest'
import { areaConversion, unitKinds, withoutUnitWords } from './units'

describe('unitKinds', () => {
  it.each([
    ['More than 500 inhabitants per km²', ['density', 'people']],
    ['≥ 500 people/km²', ['density', 'people']],
    ['1,200 persons per square mile', ['density', 'people']],
    ['850 km²', ['area']],
    ['3 400 sq km', ['area']],
    ['1,500 square kilometres', ['area']],
    ['12,500 hectares', ['area']],
    ['12 500 ha', ['area']],
    ['100 sq mi', ['area']],
    ['1.2 million inhabitants', ['people']],
    ['USD 8,000 per person', []],
    ['9.79 years', ['years']],
    ['1.2 million (year 2018)', []],
  ])('%j → %j', (text, kinds) => {
    expect([...unitKinds(text)].sort()).toEqual(kinds)
  })
})

describe('areaConversion', () => {
  it.each([
    ['12,500 hectares', false, 0.01, 'converted from hectares to km²'],
    ['100 sq mi', false, 2.589988110336, 'converted from square miles to km²'],
    ['640 acres', false, 0.0040468564224, 'converted from acres to km²'],
    ['5,000,000 m²', false, 1e-6, 'converted from m² to km²'],
    ['25 inhabitants per hectare', true, 100, 'converted from people per hectare to people/km²'],
  ])('%j', (text, density, factor, note) => {
    const c = areaConversion(text, density)
    expect(c?.factor).toBeCloseTo(factor, 12)
    expect(c?.note).toBe(note)
  })

  it('leaves km² and unitless figures alone', () => {
    expect(areaConversion('850 km²', false)).toBeNull()
    expect(areaConversion('500 inhabitants per km²', true)).toBeNull()
    expect(areaConversion('850', false)).toBeNull()
  })
})

describe('withoutUnitWords', () => {
  it('blanks units so that only the connector of a range remains', () => {
    expect(withoutUnitWords(' km² – ').trim()).toBe('–')
    expect(withoutUnitWords(' inhabitants per km² to ').trim()).toBe('to')
  })
})
