import { describe, expect, it } from 'vitest'
import { METRIC_KEYS, ProfileSchema } from '../model'
import { makeMetric, makeProfile } from './testProfile'

describe('makeProfile', () => {
  it('makes a valid profile with every metric missing', () => {
    const p = makeProfile()
    expect(ProfileSchema.safeParse(p).success).toBe(true)
    expect(Object.keys(p.metrics).sort()).toEqual([...METRIC_KEYS].sort())
    expect(Object.values(p.metrics).every((m) => m === null)).toBe(true)
  })

  it('applies overrides, merging metrics and source', () => {
    const p = makeProfile({
      city: 'Wuhan',
      metrics: { population: makeMetric('population') },
      source: { layout: 'glued' },
    })
    expect(p.city).toBe('Wuhan')
    expect(p.metrics.population?.unit).toBe('people')
    expect(p.metrics.gdpCity).toBeNull()
    expect(p.source.layout).toBe('glued')
    expect(p.source.importedAt).toBe(p.createdAt)
  })

  it('refuses an invalid override', () => {
    expect(() => makeProfile({ createdAt: 'yesterday' })).toThrow()
  })
})
