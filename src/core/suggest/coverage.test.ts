import { describe, expect, it } from 'vitest'
import { makeProfile } from '../library/testProfile'
import type { Metric } from '../model'
import { metricCoverage } from './coverage'

const metric = (origin: Metric['origin']): Metric => ({
  value: 1000,
  min: null,
  max: null,
  unit: 'people',
  year: null,
  raw: null,
  origin,
  evidence: null,
})

describe('metric coverage', () => {
  it('counts each metric by origin and the profiles missing it', () => {
    const rows = metricCoverage([
      makeProfile({ metrics: { population: metric('source') } }),
      makeProfile({ metrics: { population: metric('suggested') } }),
      makeProfile({ metrics: { population: metric('suggested') } }),
      makeProfile(),
    ])
    const population = rows.find((r) => r.metric === 'population')!
    expect(population).toMatchObject({ label: 'City population', total: 4, missing: 1 })
    expect(population.byOrigin).toEqual({ source: 1, manual: 0, suggested: 2, derived: 0, reference: 0 })
    expect(rows.find((r) => r.metric === 'memberSince')!.missing).toBe(4)
    expect(rows).toHaveLength(7)
  })
})
