// The "done when" on the five real seeds: Hangzhou's population and years of schooling are found with
// their sentences; the metropolitan area, the yuan budgets and every other figure that is not a metric are not.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textToLines } from '../input/plainToLines'
import { parseLines } from '../parse/parse'
import type { Profile } from '../model'
import { suggestFromNarrative } from './suggest'

const SEEDS = join(__dirname, '../../../../shared/seeds')

function seed(prefix: string): Profile {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!
  const parsed = parseLines(textToLines(readFileSync(join(SEEDS, file), 'utf8')), { file, sha256: null })
  return { ...parsed.profile, id: `seed-${prefix}` }
}

describe('suggestions on the seeds', () => {
  const hangzhou = seed('003')
  const result = suggestFromNarrative(hangzhou)

  it('suggests more than 9,000,000 inhabitants for 2015 for Hangzhou, with its sentence', () => {
    const population = result.suggestions.filter((s) => s.metric === 'population')
    expect(population).toHaveLength(1)
    const [s] = population
    expect(s!.value).toMatchObject({
      value: null,
      min: 9_000_000,
      max: null,
      unit: 'people',
      year: 2015,
      origin: 'suggested',
    })
    expect(s!.evidence).toMatch(
      /^However, the city is not dependent on its heritage alone: with more than 9 million inhabitants in 2015 and 21 million people living in its metropolitan area in 2010/,
    )
    const words = s!.matches.map((m) => `${m.kind}:${s!.evidence.slice(m.start, m.end)}`)
    expect(words).toEqual(['bound:more than', 'figure:9 million', 'cue:inhabitants', 'year:2015'])
    expect(s!.level).toBe('high')
  })

  it('suggests 9.79 years of schooling for Hangzhou, with its sentence', () => {
    const schooling = result.suggestions.filter((s) => s.metric === 'yearsOfSchooling')
    expect(schooling.map((s) => s.value.value)).toEqual([9.79])
    expect(schooling[0]!.evidence).toBe(
      'As a result, citizens over the age of 15 currently average 9.79 years of schooling – one of the highest rates in the country.',
    )
  })

  it('takes nothing from the metropolitan area, the yuan budgets or the compulsory schooling', () => {
    const values = result.suggestions.flatMap((s) => [s.value.value, s.value.min, s.value.max])
    for (const wrong of [
      21_000_000, 19_500_000_000, 2_800_000_000, 59_670_000_000, 8_700_000_000, 15, 520_000, 10_000_000,
    ])
      expect(values).not.toContain(wrong)
    expect(result.suggestions.filter((s) => s.metric.startsWith('gdp'))).toEqual([])
    const reasons = result.notices.map((n) => `${n.metric} ${n.figure}: ${n.reason.split(',')[0]}`)
    expect(reasons).toContain('population 21 million: a figure for a wider area (metropolitan area')
    expect(reasons).toContain('gdpCity 19.5 billion: a budget')
    expect(reasons.filter((r) => r.includes('19.5 billion'))).toHaveLength(1)
    expect(reasons).toContain('gdpCity 59.67 billion: a budget')
    expect(reasons.filter((r) => r.startsWith('yearsOfSchooling 15'))).toHaveLength(2)
  })

  it('gives no seed a suggestion from a number that is not its metric', () => {
    const all = ['000', '001', '002', '003', '004'].flatMap((p) => suggestFromNarrative(seed(p)).suggestions)
    expect(all.map((s) => `${s.profileId} ${s.metric} ${s.value.raw}`).sort()).toEqual([
      'seed-000 memberSince joined the Global Network of Learning Cities in 2016',
      'seed-003 population more than 9 million inhabitants in 2015',
      'seed-003 yearsOfSchooling 9.79 years of schooling',
    ])
  })

  it('suggests only for empty metrics', () => {
    const filled = {
      ...hangzhou,
      metrics: {
        ...hangzhou.metrics,
        population: {
          value: 1,
          min: null,
          max: null,
          unit: 'people' as const,
          year: null,
          raw: '1',
          origin: 'manual' as const,
          evidence: null,
        },
      },
    }
    expect(suggestFromNarrative(filled).suggestions.map((s) => s.metric)).toEqual(['yearsOfSchooling'])
  })

  it('leaves out rejected suggestions by their key, which is stable across runs', () => {
    const keys = result.suggestions.map((s) => s.key)
    expect(suggestFromNarrative(hangzhou).suggestions.map((s) => s.key)).toEqual(keys)
    const rest = suggestFromNarrative(hangzhou, new Set([keys[0]!])).suggestions
    expect(rest.map((s) => s.key)).toEqual(keys.slice(1))
  })
})
