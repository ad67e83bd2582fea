import { describe, expect, it } from 'vitest'
import type { Metric } from '../../../../core/model'
import {
  draftOf,
  metricFromDraft,
  metricFromText,
  metricWarnings,
  readNumber,
  sameFigure,
  switchMode,
  type MetricDraft,
} from './metricInput'

const source: Metric = {
  value: null,
  min: 15000,
  max: 25000,
  unit: 'USD',
  year: null,
  raw: 'Between USD 15,000 and USD 25,000',
  origin: 'source',
  evidence: null,
}
const draft = (fields: Partial<MetricDraft>): MetricDraft => ({
  mode: 'value',
  value: '',
  min: '',
  max: '',
  year: '',
  ...fields,
})

describe('reading a metric row', () => {
  it('shows a stored band as a range, every digit kept', () => {
    expect(draftOf(source, 'gdpCity')).toEqual(draft({ mode: 'range', min: '15,000', max: '25,000' }))
    expect(draftOf(null, 'population')).toEqual(draft({}))
    expect(draftOf({ ...source, value: 2016, min: null, max: null, unit: 'year' }, 'memberSince').value).toBe(
      '2016',
    )
    expect(draftOf({ ...source, value: 9.791, min: null, max: null }, 'yearsOfSchooling').value).toBe('9.791')
  })

  it('reads what a stored metric shows back as the same figure', () => {
    const reading = metricFromDraft('gdpCity', draftOf(source, 'gdpCity'))
    expect(reading.ok && sameFigure(reading.metric, source)).toBe(true)
  })

  it('makes a typed value manual, with what was typed as its raw text', () => {
    expect(metricFromDraft('population', draft({ value: '9 million', year: '2015' }))).toEqual({
      ok: true,
      metric: {
        value: 9_000_000,
        min: null,
        max: null,
        unit: 'people',
        year: 2015,
        raw: '9 million',
        origin: 'manual',
        evidence: null,
      },
    })
  })

  it('writes a typed band in words the parser reads back', () => {
    const reading = metricFromDraft('populationDensity', draft({ mode: 'range', min: '500' }))
    expect(reading).toMatchObject({ ok: true, metric: { min: 500, max: null, raw: '≥ 500 people/km²' } })
  })

  it('clears the metric when every field is empty', () => {
    expect(metricFromDraft('population', draft({ value: '  ' }))).toEqual({ ok: true, metric: null })
  })

  it('refuses what the model refuses, naming the field', () => {
    expect(metricFromDraft('gdpCity', draft({ mode: 'range', min: '500', max: '100' }))).toEqual({
      ok: false,
      error: 'the band is reversed: min is greater than max',
      at: ['min', 'max'],
    })
    expect(metricFromDraft('population', draft({ value: '12 apples' }))).toEqual({
      ok: false,
      error: 'Value: "12 apples" is not a number',
      at: ['value'],
    })
    expect(metricFromDraft('population', draft({ value: '100', year: '1750' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Year: .*1800/),
      at: ['year'],
    })
    expect(metricFromDraft('population', draft({ year: '2015' }))).toMatchObject({
      ok: false,
      error: expect.stringContaining('a metric needs a value or a band'),
      at: ['value'],
    })
  })

  it('reads plain numbers only', () => {
    expect(readNumber('8,000')).toBe(8000)
    expect(readNumber('')).toBeNull()
    expect(readNumber('15%')).toBeNaN()
    expect(readNumber('USD 8,000')).toBeNaN()
  })

  it('moves the figure across when switching between a value and a band', () => {
    expect(switchMode(draft({ value: '8,000' }), 'range')).toEqual(draft({ mode: 'range', min: '8,000' }))
    expect(switchMode(draft({ mode: 'range', max: '300' }), 'value')).toEqual(draft({ value: '300' }))
  })
})

describe('reading free text', () => {
  it('reads a band and a year as a source writes them', () => {
    expect(metricFromText('populationDensity', 'More than 500 inhabitants per km²')).toEqual({
      ok: true,
      metric: {
        value: null,
        min: 500,
        max: null,
        unit: 'people/km2',
        year: null,
        raw: 'More than 500 inhabitants per km²',
        origin: 'manual',
        evidence: null,
      },
    })
    expect(metricFromText('population', '9 million inhabitants in 2015')).toMatchObject({
      ok: true,
      metric: { value: 9_000_000, year: 2015 },
    })
  })

  it('notes a unit conversion as evidence', () => {
    const reading = metricFromText('urbanArea', '380 hectares')
    expect(reading).toMatchObject({ ok: true, metric: { value: 3.8, evidence: expect.any(String) } })
  })

  it('says when the text holds no figure for the metric', () => {
    expect(metricFromText('population', 'about 300 km²')).toEqual({
      ok: false,
      error: 'No city population figure found in this text',
      at: [],
    })
  })
})

describe('metricWarnings', () => {
  it('warns about figures outside the plausible range and fractions of counts', () => {
    expect(
      metricWarnings('population', { ...source, value: 50, min: null, max: null, unit: 'people' }),
    ).toEqual(['50: outside the plausible range, 100 to 40,000,000'])
    expect(
      metricWarnings('population', { ...source, value: 1000.5, min: null, max: null, unit: 'people' }),
    ).toEqual(['Expected a whole number'])
    expect(metricWarnings('gdpCity', source)).toEqual([])
    expect(metricWarnings('gdpCity', null)).toEqual([])
  })
})
