import { describe, expect, it } from 'vitest'
import { METRIC_KEYS } from '../model'
import {
  changedFields,
  FIELD_PATHS,
  FieldPathSchema,
  fieldValueSchema,
  getField,
  metricKeyOf,
  setField,
  TOP_FIELDS,
  type FieldPath,
} from './fields'
import { makeMetric, makeProfile } from './testProfile'

const base = makeProfile({
  sections: [{ id: 's1', heading: null, body: 'Intro' }],
  contacts: [{ role: 'mayor', name: 'Ms. A', title: null, email: null }],
  metrics: { population: makeMetric('population', { value: 100_000 }) },
})

describe('field paths', () => {
  it('lists every top-level field and one path per metric', () => {
    expect(FIELD_PATHS).toEqual([...TOP_FIELDS, ...METRIC_KEYS.map((k) => `metrics.${k}`)])
    expect(FieldPathSchema.parse('metrics.gdpCity')).toBe('metrics.gdpCity')
    expect(FieldPathSchema.safeParse('id').success).toBe(false)
    expect(FieldPathSchema.safeParse('metrics.nope').success).toBe(false)
    expect(metricKeyOf('metrics.population')).toBe('population')
    expect(metricKeyOf('city')).toBeNull()
  })

  it('gets top-level fields and metrics', () => {
    expect(getField(base, 'city')).toBe('Cork')
    expect(getField(base, 'sections')).toBe(base.sections)
    expect(getField(base, 'metrics.population')?.value).toBe(100_000)
    expect(getField(base, 'metrics.gdpCity')).toBeNull()
  })
})

describe('setField', () => {
  it('returns a new profile and never changes the old one', () => {
    const before = structuredClone(base)
    const renamed = setField(base, 'city', 'Limerick')
    const filled = setField(base, 'metrics.gdpCity', makeMetric('gdpCity', { value: 30_000 }))
    const cleared = setField(base, 'metrics.population', null)
    expect(base).toEqual(before)
    expect(renamed).not.toBe(base)
    expect(renamed.city).toBe('Limerick')
    expect(filled.metrics).not.toBe(base.metrics)
    expect(filled.metrics.gdpCity?.value).toBe(30_000)
    expect(filled.metrics.population).toBe(base.metrics.population)
    expect(cleared.metrics.population).toBeNull()
    expect(base.metrics.population).not.toBeNull()
  })

  it('does not touch updatedAt (the store stamps it)', () => {
    expect(setField(base, 'notes', 'checked').updatedAt).toBe(base.updatedAt)
  })
})

describe('changedFields', () => {
  it('is empty for equal profiles, even as different objects', () => {
    expect(changedFields(base, structuredClone(base))).toEqual([])
  })

  it('names each kind of field that changed', () => {
    const after = {
      ...base,
      city: 'Limerick',
      headline: 'New',
      status: 'done' as const,
      notes: 'checked',
      links: [{ label: 'Site', url: 'https://example.org' }],
      extraFields: [{ label: 'Region', value: 'Munster' }],
      unassigned: ['stray'],
      boilerplate: ['UIL is not responsible'],
      metrics: { ...base.metrics, gdpCity: makeMetric('gdpCity') },
    }
    expect(changedFields(base, after)).toEqual([
      'city',
      'headline',
      'status',
      'notes',
      'links',
      'extraFields',
      'unassigned',
      'boilerplate',
      'metrics.gdpCity',
    ])
  })

  it('sees a change deep inside a section, a contact or a metric', () => {
    const sections = [{ ...base.sections[0]!, body: 'Intro, edited' }]
    expect(changedFields(base, { ...base, sections })).toEqual(['sections'])
    const contacts = [{ ...base.contacts[0]!, email: 'a@example.org' }]
    expect(changedFields(base, { ...base, contacts })).toEqual(['contacts'])
    const population = makeMetric('population', { value: 100_000, year: 2020 })
    expect(changedFields(base, setField(base, 'metrics.population', population))).toEqual([
      'metrics.population',
    ])
    expect(changedFields(base, setField(base, 'metrics.population', null))).toEqual(['metrics.population'])
  })

  it('sees reordered sections as a change', () => {
    const two = setField(base, 'sections', [...base.sections, { id: 's2', heading: 'Plan', body: 'B' }])
    const swapped = setField(two, 'sections', [...two.sections].reverse())
    expect(changedFields(two, swapped)).toEqual(['sections'])
  })

  it('ignores id, source, createdAt and updatedAt', () => {
    const after = {
      ...base,
      id: 'p-other',
      source: { ...base.source, file: 'other.txt', layout: 'glued' as const },
      createdAt: '2030-01-01T00:00:00Z',
      updatedAt: '2030-01-01T00:00:00Z',
    }
    expect(changedFields(base, after)).toEqual([])
  })
})

describe('fieldValueSchema', () => {
  it('accepts every field value of a valid profile and refuses values of the wrong shape', () => {
    for (const path of FIELD_PATHS)
      expect(fieldValueSchema(path).safeParse(getField(base, path)).success).toBe(true)
    expect(fieldValueSchema('city').safeParse(3).success).toBe(false)
    expect(fieldValueSchema('status').safeParse('finished').success).toBe(false)
    expect(fieldValueSchema('metrics.population').safeParse(null).success).toBe(true)
    expect(fieldValueSchema('metrics.population').safeParse({ value: null }).success).toBe(false)
  })

  it('lets a path known only at run time carry an untyped value', () => {
    const path: FieldPath = FieldPathSchema.parse('notes')
    const value: unknown = 'from a journal'
    expect(setField(base, path, value).notes).toBe('from a journal')
  })
})
