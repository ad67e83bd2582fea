// Every rule with a case that fails and a case that passes, on profiles built without the parser.
import { describe, expect, it } from 'vitest'
import { setField, type FieldPath } from '../library/fields'
import { makeMetric, makeProfile, type ProfileOverrides } from '../library/testProfile'
import { METRIC_KEYS, ProfileSchema, type Profile } from '../model'
import type { ProblemRule } from './problem'
import { countProblems, needsAttention, validateProfile, validateProfiles } from './validate'

const NOW = { year: 2026 }

/** A profile with every metric present and plausible, so that only what a test adds is a problem. */
function complete(overrides: ProfileOverrides = {}): Profile {
  return makeProfile({
    ...overrides,
    metrics: {
      population: makeMetric('population', { value: 1_000_000 }),
      urbanArea: makeMetric('urbanArea', { value: 500 }),
      populationDensity: makeMetric('populationDensity', { value: 2000 }),
      gdpCity: makeMetric('gdpCity', { value: 20_000 }),
      gdpCountry: makeMetric('gdpCountry', { value: 12_000 }),
      yearsOfSchooling: makeMetric('yearsOfSchooling', { value: 10.5 }),
      memberSince: makeMetric('memberSince', { value: 2016 }),
      ...overrides.metrics,
    },
  })
}

const rules = (p: Profile): ProblemRule[] => validateProfile(p, NOW).map((x) => x.rule)

/** Applies a fix the way the library would, and checks the result is a valid profile. */
function applyFix(profile: Profile, set: Partial<Record<FieldPath, unknown>>): Profile {
  let next = profile
  for (const [path, value] of Object.entries(set)) next = setField(next, path as FieldPath, value)
  return ProfileSchema.parse(next)
}

describe('validation of metrics', () => {
  it('passes a complete, plausible profile', () => {
    expect(validateProfile(complete(), NOW)).toEqual([])
  })

  it('reports each missing metric as info, with its field', () => {
    const problems = validateProfile(makeProfile(), NOW)
    expect(problems.map((p) => p.field)).toEqual(METRIC_KEYS.map((k) => `metrics.${k}`))
    expect(new Set(problems.map((p) => `${p.rule} ${p.severity}`))).toEqual(new Set(['missing-metric info']))
    expect(problems[0]!.message).toBe('City population is missing.')
  })

  it('reports values outside the plausible range, for the value and each bound', () => {
    const p = complete({
      metrics: {
        yearsOfSchooling: makeMetric('yearsOfSchooling', { value: 97 }),
        gdpCity: makeMetric('gdpCity', { value: null, min: 15, max: 25_000 }),
      },
    })
    const problems = validateProfile(p, NOW).filter((x) => x.rule === 'out-of-range')
    expect(problems.map((x) => x.field)).toEqual(['metrics.gdpCity.min', 'metrics.yearsOfSchooling.value'])
    expect(problems[1]!.message).toMatch(
      /Average years of schooling: the value 97 is outside the plausible range 0\.5–20/,
    )
    expect(
      rules(complete({ metrics: { yearsOfSchooling: makeMetric('yearsOfSchooling', { value: 19.9 }) } })),
    ).toEqual([])
  })

  it('reports a fractional count and offers to round it', () => {
    const p = complete({ metrics: { population: makeMetric('population', { value: 1_000_000.5 }) } })
    const [problem] = validateProfile(p, NOW)
    expect(problem!.rule).toBe('not-integer')
    const fixed = applyFix(p, problem!.fixes[0]!.set)
    expect(fixed.metrics.population!.value).toBe(1_000_001)
    expect(rules(fixed)).toEqual([])
  })

  it('reports an exact value outside its own band, with both ways out', () => {
    const p = complete({
      metrics: { gdpCity: makeMetric('gdpCity', { value: 30_000, min: 15_000, max: 25_000 }) },
    })
    const [problem] = validateProfile(p, NOW)
    expect([problem!.rule, problem!.severity, problem!.field]).toEqual([
      'value-outside-band',
      'error',
      'metrics.gdpCity.value',
    ])
    expect(problem!.fixes.map((f) => f.label)).toEqual(['Keep the exact value', 'Keep the band'])
    for (const fix of problem!.fixes) expect(rules(applyFix(p, fix.set))).toEqual([])
    const inside = complete({
      metrics: { gdpCity: makeMetric('gdpCity', { value: 20_000, min: 15_000, max: 25_000 }) },
    })
    expect(rules(inside)).toEqual([])
  })

  it('reports a density that disagrees with population / area beyond the tolerance, and derives it', () => {
    const p = complete({ metrics: { populationDensity: makeMetric('populationDensity', { value: 5000 }) } })
    const [problem] = validateProfile(p, NOW)
    expect(problem!.rule).toBe('density-mismatch')
    expect(problem!.message).toMatch(/population \/ area = 2,000 people\/km²/)
    const fixed = applyFix(p, problem!.fixes[0]!.set)
    expect(fixed.metrics.populationDensity).toMatchObject({
      value: 2000,
      origin: 'derived',
      evidence: 'population / urbanArea',
    })
    expect(rules(fixed)).toEqual([])
    // Within 20%: rounding and different reference years are not problems.
    expect(
      rules(complete({ metrics: { populationDensity: makeMetric('populationDensity', { value: 2300 }) } })),
    ).toEqual([])
  })

  it('reports a member-since year before the network existed or in the future', () => {
    const before = complete({ metrics: { memberSince: makeMetric('memberSince', { value: 1999 }) } })
    const future = complete({ metrics: { memberSince: makeMetric('memberSince', { value: 2027 }) } })
    expect(validateProfile(before, NOW).map((p) => [p.rule, p.severity])).toEqual([
      ['member-before-network', 'error'],
    ])
    expect(validateProfile(future, NOW).map((p) => p.message)).toEqual([
      'Member since 2027 is in the future (this is 2026).',
    ])
    expect(rules(future)).toEqual(['member-in-future'])
    expect(validateProfile(future, { year: 2027 })).toEqual([])
  })
})

describe('validation of links and sections', () => {
  it('reports a link that is not a valid address, with the repair when one exists', () => {
    const p = complete({
      links: [
        { label: 'City website', url: 'http://eng.han gzhou.gov.cn/' },
        { label: 'Plan', url: 'see the plan' },
        { label: 'Good', url: 'https://www.cork.ie/' },
      ],
    })
    const problems = validateProfile(p, NOW)
    expect(problems.map((x) => [x.rule, x.field, x.fixes.length])).toEqual([
      ['invalid-link', 'links.0.url', 1],
      ['invalid-link', 'links.1.url', 0],
    ])
    const fixed = applyFix(p, problems[0]!.fixes[0]!.set)
    expect(fixed.links[0]!.url).toBe('http://eng.hangzhou.gov.cn/')
    expect(validateProfile(fixed, NOW)).toHaveLength(1)
  })

  it('reports an empty section and removes it', () => {
    const p = complete({
      sections: [
        { id: 's1', heading: 'Vision and motivation', body: '  \n ' },
        { id: 's2', heading: 'Plan and implementation', body: 'Text.' },
      ],
    })
    const [problem] = validateProfile(p, NOW)
    expect([problem!.rule, problem!.field, problem!.target]).toEqual([
      'empty-section',
      'sections.0.body',
      'sections',
    ])
    expect(problem!.message).toBe('Section “Vision and motivation” has no text; the export leaves it out.')
    expect(rules(applyFix(p, problem!.fixes[0]!.set))).toEqual([])
  })

  it('reports duplicates of the same city and country after folding, on both profiles', () => {
    const a = complete({ id: 'p-1', city: 'Xi’an', country: 'China' })
    const b = complete({ id: 'p-2', city: 'XIAN', country: "People's Republic of China" })
    const c = complete({ id: 'p-3', city: 'Cork', country: 'Ireland' })
    const problems = validateProfiles([a, b, c], NOW)
    expect(problems.map((p) => [p.profileId, p.rule])).toEqual([
      ['p-1', 'duplicate-profile'],
      ['p-2', 'duplicate-profile'],
    ])
    expect(problems[0]!.message).toMatch(/Same city and country as XIAN, People's Republic of China \(p-2\)/)
    expect(validateProfiles([a, c], NOW)).toEqual([])
  })
})

describe('validation of leftover damage', () => {
  it('reports words run together in the headline and in sections', () => {
    const p = complete({
      city: 'Wuhan',
      headline: 'Building an innovation-oriented learning cityCommonly known as the River City',
      sections: [{ id: 's1', heading: null, body: 'First paragraph.\n\nIt goes to Wuhan.Vision and more.' }],
    })
    const problems = validateProfile(p, NOW)
    expect(problems.map((x) => [x.rule, x.field])).toEqual([
      ['glued-words', 'headline'],
      ['glued-words', 'sections.0.body'],
    ])
    expect(problems[0]!.message).toMatch(/learning cityCommonly known/)
    const clean = complete({
      headline: 'Building an innovation-oriented learning city',
      sections: [
        {
          id: 's1',
          heading: 'Vision',
          body: 'Visit www.visitCork.ie and the YouTube channel. See e.g. the iPhone app.',
        },
      ],
    })
    expect(rules(clean)).toEqual([])
  })

  it('reports an address broken by a space in a section, and joins it', () => {
    const p = complete({
      sections: [{ id: 's1', heading: 'Contact', body: 'Website: http://eng.han gzhou.gov.cn/' }],
    })
    const [problem] = validateProfile(p, NOW)
    expect(problem!.rule).toBe('broken-url-in-text')
    const fixed = applyFix(p, problem!.fixes[0]!.set)
    expect(fixed.sections[0]!.body).toBe('Website: http://eng.hangzhou.gov.cn/')
    expect(rules(fixed)).toEqual([])
  })

  it('reports icon words on a line of their own, and removes them', () => {
    const p = complete({
      headline: 'emoji_events',
      sections: [{ id: 's1', heading: null, body: 'groups\nAbout 1.2 million people.\nschool' }],
    })
    const problems = validateProfile(p, NOW)
    expect(problems.map((x) => [x.rule, x.field])).toEqual([
      ['icon-word', 'sections.0.body'],
      ['icon-word', 'headline'],
    ])
    let fixed = p
    for (const problem of problems) fixed = applyFix(fixed, problem.fixes[0]!.set)
    expect(fixed.sections[0]!.body).toBe('About 1.2 million people.')
    expect(rules(fixed)).toEqual([])
    expect(
      rules(complete({ sections: [{ id: 's1', heading: null, body: 'The school serves people.' }] })),
    ).toEqual([])
  })
})

describe('problem counts', () => {
  it('counts by severity; missing metrics alone do not need attention', () => {
    const counts = countProblems(validateProfiles([makeProfile({ id: 'p-a' })], NOW))
    expect(counts.get('p-a')).toEqual({ error: 0, warning: 0, info: 7 })
    expect(needsAttention(counts.get('p-a'))).toBe(false)
    expect(needsAttention({ error: 0, warning: 1, info: 0 })).toBe(true)
  })
})
