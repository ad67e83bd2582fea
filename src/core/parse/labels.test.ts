// Label recognition: a bracketed unit or year after a metric label, and what must not be taken for one.
import { describe, expect, it } from 'vitest'
import { parseMetricValue } from '../metrics/parseMetricValue'
import { matchLabel, valueWithUnit } from './labels'

const metric = (text: string): { key: string; unit: string | null } | null => {
  const m = matchLabel(text)
  return m?.kind === 'metric' ? { key: m.key, unit: m.unit } : null
}

describe('matchLabel: a bracketed unit after a label', () => {
  it('reads the label without its unit and keeps the unit', () => {
    expect(metric('Area (km²): 380')).toEqual({ key: 'urbanArea', unit: 'km²' })
    expect(metric('Urban area (ha):')).toEqual({ key: 'urbanArea', unit: 'ha' })
    expect(metric('• City population (2019):')).toEqual({ key: 'population', unit: '2019' })
    expect(metric('Population density (inhabitants/km²)')).toEqual({
      key: 'populationDensity',
      unit: 'inhabitants/km²',
    })
    expect(metric('GDP per capita (USD): 12,000')).toEqual({ key: 'gdpCity', unit: 'USD' })
    expect(metric('Surface area (sq mi)')).toEqual({ key: 'urbanArea', unit: 'sq mi' })
  })

  it('keeps catalogue labels that have brackets of their own', () => {
    expect(metric('GDP per capita (city):')).toEqual({ key: 'gdpCity', unit: null })
    expect(metric('GDP per capita (country): USD 42,330')).toEqual({ key: 'gdpCountry', unit: null })
    expect(metric('Population density (per km²)')).toEqual({ key: 'populationDensity', unit: null })
  })

  it('strips nothing that is not a unit or a year', () => {
    expect(matchLabel('Population (country): 50 million')).toBeNull()
    expect(matchLabel('Area (see below)')).toBeNull()
    expect(matchLabel('Mayor (since 2019): Ms Ana Ruiz')).toBeNull()
  })
})

describe('valueWithUnit', () => {
  it('gives a bare figure the unit or year of its label, and leaves a value with its own unit alone', () => {
    expect(valueWithUnit('380', 'km²')).toBe('380 km²')
    expect(valueWithUnit('246,563', '2019')).toBe('246,563 (2019)')
    expect(valueWithUnit('380 km²', 'km²')).toBe('380 km²')
    expect(valueWithUnit('USD 12,000', 'USD')).toBe('USD 12,000')
    expect(valueWithUnit('380', null)).toBe('380')
  })

  it('lets the value grammar convert and date a bare figure', () => {
    expect(parseMetricValue(valueWithUnit('380', 'ha'), 'urbanArea')?.value).toBe(3.8)
    expect(parseMetricValue(valueWithUnit('246,563', '2019'), 'population')?.year).toBe(2019)
    expect(parseMetricValue(valueWithUnit('380', 'km²'), 'urbanArea')?.value).toBe(380)
  })
})
