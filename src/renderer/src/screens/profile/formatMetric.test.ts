import { describe, expect, it } from 'vitest'
import type { Metric } from '../../../../core/model'
import { formatMetric } from './formatMetric'

const metric = (fields: Partial<Metric>): Metric => ({
  value: null,
  min: null,
  max: null,
  unit: 'USD',
  year: null,
  raw: null,
  origin: 'source',
  evidence: null,
  ...fields,
})

describe('formatMetric', () => {
  it('shows an exact value with its unit', () => {
    expect(formatMetric(metric({ value: 8000 }))).toBe('8,000 USD')
  })

  it('shows a band, or its one bound', () => {
    expect(formatMetric(metric({ min: 15000, max: 25000 }))).toBe('15,000 – 25,000 USD')
    expect(formatMetric(metric({ min: 500, unit: 'people/km2' }))).toBe('≥ 500 people/km²')
    expect(formatMetric(metric({ max: 300, unit: 'km2' }))).toBe('≤ 300 km²')
  })

  it('adds the reference year, and writes years without separators', () => {
    expect(formatMetric(metric({ value: 9_000_000, unit: 'people', year: 2015 }))).toBe(
      '9,000,000 people (2015)',
    )
    expect(formatMetric(metric({ value: 2016, unit: 'year' }))).toBe('2016')
  })
})
