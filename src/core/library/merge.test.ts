import { describe, expect, it } from 'vitest'
import { ProfileSchema } from '../model'
import type { FieldPath } from './fields'
import { compareImported, mergeImported, SOURCE_FIELDS } from './merge'
import { makeMetric, makeProfile } from './testProfile'

const existing = makeProfile({
  id: 'lib-1',
  headline: 'Old headline',
  status: 'done',
  notes: 'checked against the city website',
  sections: [{ id: 's1', heading: null, body: 'Old intro' }],
  metrics: {
    population: makeMetric('population', { value: 100_000 }),
    urbanArea: makeMetric('urbanArea', { value: 50, origin: 'manual' }),
    gdpCity: makeMetric('gdpCity', { value: 20_000, origin: 'suggested', evidence: 'a sentence' }),
    gdpCountry: makeMetric('gdpCountry', { value: 9_000, origin: 'reference', evidence: 'gdp.csv row 3' }),
    populationDensity: makeMetric('populationDensity', {
      value: 2_000,
      origin: 'derived',
      evidence: 'p / a',
    }),
  },
  source: { file: 'a.txt', sha256: 'old', importedAt: '2026-01-01T00:00:00Z' },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-02-01T00:00:00Z',
})

const incoming = makeProfile({
  id: 'p-parsed',
  headline: 'New headline',
  sections: [{ id: 's1', heading: null, body: 'New intro' }],
  unassigned: ['a new stray line'],
  metrics: {
    population: makeMetric('population', { value: 120_000 }),
    urbanArea: makeMetric('urbanArea', { value: 55 }),
    gdpCity: makeMetric('gdpCity', { value: 21_000 }),
    gdpCountry: makeMetric('gdpCountry', { value: 9_500 }),
    populationDensity: null,
    yearsOfSchooling: makeMetric('yearsOfSchooling', { value: 10 }),
  },
  source: { file: 'a.txt', sha256: 'new', importedAt: '2026-06-01T00:00:00Z' },
  createdAt: '2026-06-01T00:00:00Z',
  updatedAt: '2026-06-01T00:00:00Z',
})

const byField = (ds: { field: FieldPath }[]) => new Map(ds.map((d) => [d.field, d]))

describe('mergeImported', () => {
  it('takes the incoming value of fields the curator has not edited', () => {
    const { merged, differences } = mergeImported(existing, incoming, new Set())
    const d = byField(differences)
    expect(merged.headline).toBe('New headline')
    expect(merged.sections).toEqual(incoming.sections)
    expect(merged.unassigned).toEqual(['a new stray line'])
    expect(merged.metrics.population?.value).toBe(120_000)
    expect(merged.metrics.yearsOfSchooling?.value).toBe(10)
    expect(d.get('headline')).toEqual({
      field: 'headline',
      current: 'Old headline',
      incoming: 'New headline',
      taken: true,
      reason: 'not-edited',
    })
    expect(d.get('metrics.yearsOfSchooling')).toMatchObject({
      current: null,
      taken: true,
      reason: 'not-edited',
    })
  })

  it('keeps the fields the curator edited', () => {
    const { merged, differences } = mergeImported(
      existing,
      incoming,
      new Set<FieldPath>(['headline', 'sections']),
    )
    const d = byField(differences)
    expect(merged.headline).toBe('Old headline')
    expect(merged.sections).toEqual(existing.sections)
    expect(d.get('headline')).toMatchObject({
      taken: false,
      reason: 'edited-by-curator',
      incoming: 'New headline',
    })
    expect(d.get('sections')).toMatchObject({ taken: false, reason: 'edited-by-curator' })
    expect(merged.unassigned).toEqual(['a new stray line'])
  })

  it('keeps an edited metric, even one the curator cleared', () => {
    const cleared = { ...existing, metrics: { ...existing.metrics, yearsOfSchooling: null } }
    const { merged } = mergeImported(cleared, incoming, new Set<FieldPath>(['metrics.yearsOfSchooling']))
    expect(merged.metrics.yearsOfSchooling).toBeNull()
  })

  it('never overwrites a manual, suggested, reference or derived metric with a source value', () => {
    const { merged, differences } = mergeImported(existing, incoming, new Set())
    const d = byField(differences)
    expect(merged.metrics.urbanArea).toEqual(existing.metrics.urbanArea)
    expect(merged.metrics.gdpCity).toEqual(existing.metrics.gdpCity)
    expect(merged.metrics.gdpCountry).toEqual(existing.metrics.gdpCountry)
    expect(merged.metrics.populationDensity).toEqual(existing.metrics.populationDensity)
    for (const f of ['urbanArea', 'gdpCity', 'gdpCountry', 'populationDensity'] as const) {
      expect(d.get(`metrics.${f}`)).toMatchObject({ taken: false, reason: 'edited-by-curator' })
    }
  })

  it('keeps the curator fields and the library identity, and takes the incoming source', () => {
    const { merged, differences } = mergeImported(existing, incoming, new Set())
    expect(merged.id).toBe('lib-1')
    expect(merged.createdAt).toBe(existing.createdAt)
    expect(merged.updatedAt).toBe(existing.updatedAt)
    expect(merged.status).toBe('done')
    expect(merged.notes).toBe('checked against the city website')
    expect(merged.source).toEqual(incoming.source)
    const fields = differences.map((d) => d.field)
    expect(fields).not.toContain('status')
    expect(fields).not.toContain('notes')
  })

  it('lists only the fields that differ', () => {
    const { differences } = mergeImported(existing, incoming, new Set())
    expect(differences.map((d) => d.field)).toEqual([
      'headline',
      'sections',
      'unassigned',
      'metrics.population',
      'metrics.urbanArea',
      'metrics.populationDensity',
      'metrics.gdpCity',
      'metrics.gdpCountry',
      'metrics.yearsOfSchooling',
    ])
    expect(differences.every((d) => d.reason !== 'same')).toBe(true)
  })

  it('gives a valid profile and changes neither input', () => {
    const before = structuredClone([existing, incoming])
    const { merged } = mergeImported(existing, incoming, new Set<FieldPath>(['city']))
    expect(ProfileSchema.safeParse(merged).error?.issues ?? []).toEqual([])
    expect([existing, incoming]).toEqual(before)
  })

  it('has no differences when the source is unchanged', () => {
    const again = {
      ...existing,
      id: 'p-parsed',
      status: 'draft' as const,
      notes: '',
      source: incoming.source,
    }
    expect(mergeImported(existing, again, new Set()).differences).toEqual([])
  })
})

describe('compareImported', () => {
  it('decides every source field, equal ones as same', () => {
    const all = compareImported(existing, incoming, new Set())
    expect(all.map((d) => d.field)).toEqual(SOURCE_FIELDS)
    expect(byField(all).get('city')).toEqual({
      field: 'city',
      current: 'Cork',
      incoming: 'Cork',
      taken: false,
      reason: 'same',
    })
  })
})
