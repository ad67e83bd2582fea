import { describe, expect, it } from 'vitest'
import { METRIC_CATALOGUE } from '../model'
import { completeness } from './completeness'
import { makeMetric, makeProfile } from './testProfile'

const size = METRIC_CATALOGUE.length
const keys = METRIC_CATALOGUE.map((d) => d.key)

describe('completeness', () => {
  it('is 0 % for an empty profile, every key missing and every origin present', () => {
    const c = completeness(makeProfile())
    expect(c.percent).toBe(0)
    expect(c.filled).toEqual([])
    expect(c.missing).toEqual(keys)
    expect(c.byOrigin).toEqual({ source: [], manual: [], suggested: [], derived: [], reference: [] })
  })

  it('is 100 % when every metric is filled', () => {
    const metrics = Object.fromEntries(keys.map((k) => [k, makeMetric(k)]))
    const c = completeness(makeProfile({ metrics }))
    expect(c.percent).toBe(100)
    expect(c.missing).toEqual([])
    expect(c.byOrigin.source).toEqual(keys)
  })

  it('rounds filled / catalogue size to an integer and groups keys by origin', () => {
    const c = completeness(
      makeProfile({
        metrics: {
          population: makeMetric('population', { origin: 'manual' }),
          urbanArea: makeMetric('urbanArea'),
          populationDensity: makeMetric('populationDensity', {
            origin: 'derived',
            evidence: 'population / urbanArea',
          }),
          gdpCountry: makeMetric('gdpCountry', { origin: 'reference' }),
        },
      }),
    )
    expect(c.percent).toBe(Math.round((4 / size) * 100))
    expect(Number.isInteger(c.percent)).toBe(true)
    expect(c.filled).toEqual(['population', 'urbanArea', 'populationDensity', 'gdpCountry'])
    expect(c.missing).toEqual(keys.filter((k) => !c.filled.includes(k)))
    expect(c.byOrigin).toEqual({
      source: ['urbanArea'],
      manual: ['population'],
      suggested: [],
      derived: ['populationDensity'],
      reference: ['gdpCountry'],
    })
  })

  it('counts one metric as one catalogue share', () => {
    const c = completeness(
      makeProfile({ metrics: { memberSince: makeMetric('memberSince', { value: 2016 }) } }),
    )
    expect(c.percent).toBe(Math.round(100 / size))
    expect(c.byOrigin.source).toEqual(['memberSince'])
  })
})
