import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { METRIC_CATALOGUE } from '../model'
import { formatMetric, formatNumber, MISSING, type MetricFigure } from './formatMetric'
import { parseMetricValue } from './parseMetricValue'

const figure = (f: Partial<MetricFigure> & Pick<MetricFigure, 'unit'>): MetricFigure => ({
  value: null,
  min: null,
  max: null,
  year: null,
  ...f,
})

describe('formatMetric', () => {
  it.each([
    [figure({ min: 500, unit: 'people/km2' }), '≥ 500 people/km²'],
    [figure({ min: 15000, max: 25000, unit: 'USD' }), '15,000–25,000 USD'],
    [figure({ value: 8000, unit: 'USD', year: 2019 }), '8,000 USD (2019)'],
    [figure({ max: 300, unit: 'people/km2' }), '≤ 300 people/km²'],
    [figure({ value: 9.79, unit: 'years' }), '9.79 years'],
    [figure({ value: 1_200_000, unit: 'people', year: 2019 }), '1,200,000 people (2019)'],
    [figure({ value: 258.9988110336, unit: 'km2' }), '259 km²'],
    [figure({ value: 0.004, unit: 'km2' }), '0.004 km²'],
    [figure({ value: 2016, unit: 'year' }), '2016'],
    [figure({ value: 8000, min: 7000, max: 9000, unit: 'USD' }), '8,000 USD [7,000–9,000]'],
    [figure({ unit: 'USD' }), MISSING],
    [null, MISSING],
  ])('%j → %s', (metric, text) => {
    expect(formatMetric(metric)).toBe(text)
  })

  it('never groups the digits of a year', () => {
    expect(formatNumber(2016, 'year')).toBe('2016')
    expect(formatNumber(2016, 'people')).toBe('2,016')
  })

  it('reads back as the same metric', () => {
    const amount = fc.oneof(
      fc.integer({ min: 0, max: 1e12 }),
      fc.integer({ min: 0, max: 1e9 }).map((cents) => cents / 100),
    )
    const year = fc.option(fc.integer({ min: 1800, max: 2100 }))
    const band = fc.oneof(
      amount.map((value) => ({ value, min: null, max: null })),
      amount.map((min) => ({ value: null, min, max: null })),
      amount.map((max) => ({ value: null, min: null, max })),
      fc.tuple(amount, amount).map(([a, b]) => ({ value: null, min: Math.min(a, b), max: Math.max(a, b) })),
      // A value with the band it lies in: `8,000 USD [7,000–9,000]`, `[≥ 7,000]`, `[≤ 9,000]`.
      fc
        .tuple(amount, fc.option(amount), fc.option(amount))
        .filter(([, a, b]) => a !== null || b !== null)
        .map(([value, a, b]) => ({
          value,
          min: a !== null && b !== null ? Math.min(a, b) : a,
          max: a !== null && b !== null ? Math.max(a, b) : b,
        })),
    )
    const metrics = METRIC_CATALOGUE.filter((m) => m.unit !== 'year')
    fc.assert(
      fc.property(fc.constantFrom(...metrics), band, year, (def, b, y) => {
        const metric = { ...b, unit: def.unit, year: y }
        expect(parseMetricValue(formatMetric(metric), def.key)).toEqual({ ...metric, note: null })
      }),
      { numRuns: 2000 },
    )
  })

  it('reads back a member-since year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2100 }), (value) => {
        const metric = figure({ value, unit: 'year' })
        expect(parseMetricValue(formatMetric(metric), 'memberSince')).toEqual({ ...metric, note: null })
      }),
    )
  })

  it('reads back a missing metric as missing', () => {
    expect(parseMetricValue(formatMetric(null), 'population')).toBeNull()
  })
})
