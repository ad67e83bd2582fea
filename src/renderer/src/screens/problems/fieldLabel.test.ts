import { describe, expect, it } from 'vitest'
import { fieldLabel } from './fieldLabel'

describe('fieldLabel', () => {
  it('names metrics, list items and top-level fields as the editor shows them', () => {
    expect(fieldLabel('metrics.gdpCity.min')).toBe('GDP per capita – city')
    expect(fieldLabel('metrics.population')).toBe('City population')
    expect(fieldLabel('links.0.url')).toBe('Link 1')
    expect(fieldLabel('sections.2.heading')).toBe('Section 3, heading')
    expect(fieldLabel('sections.2.body')).toBe('Section 3')
    expect(fieldLabel('city')).toBe('City')
    expect(fieldLabel('somethingElse')).toBe('somethingElse')
  })
})
