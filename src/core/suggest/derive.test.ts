import { describe, expect, it } from 'vitest'
import { makeProfile } from '../library/testProfile'
import type { Metric, MetricKey } from '../model'
import { deriveForProfile } from './derive'

const m = (unit: Metric['unit'], value: number | null, extra: Partial<Metric> = {}): Metric => ({
  value,
  min: null,
  max: null,
  unit,
  year: null,
  raw: null,
  origin: 'source',
  evidence: null,
  ...extra,
})

const profile = (metrics: Partial<Record<MetricKey, Metric>>) => makeProfile({ metrics })

describe('derived values', () => {
  it('derives density from population and area, with the formula as evidence', () => {
    const { suggestions } = deriveForProfile(
      profile({
        population: m('people', 9_000_000, { year: 2015 }),
        urbanArea: m('km2', 16_850, { year: 2015 }),
      }),
    )
    expect(suggestions).toHaveLength(1)
    expect(suggestions[0]).toMatchObject({
      metric: 'populationDensity',
      kind: 'derived',
      value: { value: 534.1, unit: 'people/km2', year: 2015, origin: 'derived', raw: null },
      evidence: 'populationDensity = population / urbanArea = 9,000,000 people / 16,850 km²',
      replaces: null,
      level: 'high',
    })
  })

  it('derives area from population and density, and keeps a population band a band', () => {
    const area = deriveForProfile(
      profile({ population: m('people', 1_000_000), populationDensity: m('people/km2', 2500) }),
    )
    expect(area.suggestions.map((s) => [s.metric, s.value.value])).toEqual([['urbanArea', 400]])
    const band = deriveForProfile(
      profile({ population: { ...m('people', null), min: 9_000_000 }, urbanArea: m('km2', 3000) }),
    )
    expect(band.suggestions[0]!.value).toMatchObject({ value: null, min: 3000, max: null })
  })

  it('names both years when the inputs are of different years, and gives no year', () => {
    const { suggestions } = deriveForProfile(
      profile({ population: m('people', 600, { year: 2010 }), urbanArea: m('km2', 2, { year: 2020 }) }),
    )
    expect(suggestions[0]!.value.year).toBeNull()
    expect(suggestions[0]!.evidence).toMatch(/\(population 2010, urbanArea 2020\)$/)
    expect(suggestions[0]!.level).toBe('high')
  })

  it('leaves a value from another origin alone, and derives nothing from a derived input', () => {
    expect(
      deriveForProfile(
        profile({
          population: m('people', 600),
          urbanArea: m('km2', 2),
          populationDensity: m('people/km2', 1),
        }),
      ).suggestions,
    ).toEqual([])
    const fromDerived = profile({
      population: m('people', 600),
      urbanArea: m('km2', 2, { origin: 'derived' }),
    })
    expect(deriveForProfile(fromDerived).suggestions).toEqual([])
  })

  it('recomputes a stale derived value, and flags one whose inputs are gone', () => {
    const stale = profile({
      population: m('people', 1000),
      urbanArea: m('km2', 2),
      populationDensity: m('people/km2', 300, { origin: 'derived', evidence: 'old' }),
    })
    const [s] = deriveForProfile(stale).suggestions
    expect(s).toMatchObject({ metric: 'populationDensity', value: { value: 500 }, replaces: { value: 300 } })
    const fresh = profile({ ...stale.metrics, populationDensity: s!.value } as Partial<
      Record<MetricKey, Metric>
    >)
    expect(deriveForProfile(fresh).suggestions).toEqual([])
    const orphan = profile({
      populationDensity: m('people/km2', 300, { origin: 'derived', evidence: 'old' }),
    })
    expect(deriveForProfile(orphan).notices[0]!.reason).toMatch(/no longer both there/)
  })

  it('leaves out a rejected derived suggestion', () => {
    const p = profile({ population: m('people', 600), urbanArea: m('km2', 2) })
    const [s] = deriveForProfile(p).suggestions
    expect(deriveForProfile(p, new Set([s!.key])).suggestions).toEqual([])
  })
})
