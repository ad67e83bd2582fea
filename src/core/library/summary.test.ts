import { describe, expect, it } from 'vitest'
import { ProfileSummarySchema, summarize } from './summary'
import { makeMetric, makeProfile } from './testProfile'

describe('summarize', () => {
  const profile = makeProfile({
    id: 'p-1',
    city: 'Changzhou',
    country: 'China',
    status: 'in-review',
    headline: 'A long headline that the index does not need',
    metrics: { population: makeMetric('population', { value: 4_700_000 }) },
    sections: [
      { id: 's1', heading: null, body: 'Changzhou joined the Global Network…' },
      { id: 's2', heading: 'Vision and motivation', body: 'A long narrative.' },
    ],
    unassigned: ['Cheng Mr Yongwen', 'stray'],
    source: { file: '000.txt', layout: 'glued', sha256: 'ab'.repeat(32) },
    updatedAt: '2026-03-04T05:06:07Z',
  })

  it('gives the small record the list shows, valid under its schema', () => {
    const s = summarize(profile, { deleted: null })
    expect(ProfileSummarySchema.parse(s)).toEqual(s)
    expect(s).toMatchObject({
      id: 'p-1',
      city: 'Changzhou',
      country: 'China',
      status: 'in-review',
      layout: 'glued',
      unassigned: 2,
      sections: 2,
      updatedAt: '2026-03-04T05:06:07Z',
      deleted: null,
    })
    expect(s.missing).not.toContain('population')
    expect(s.missing).toContain('gdpCity')
    expect(s.percent).toBeGreaterThan(0)
  })

  it('carries no narrative text', () => {
    const line = JSON.stringify(summarize(profile, { deleted: null }))
    expect(line).not.toContain('narrative')
    expect(line).not.toContain('headline')
    expect(line).not.toContain('Cheng')
  })

  it('records deletion and a source without a file', () => {
    const s = summarize(makeProfile({ source: { sha256: null } }), { deleted: '2026-05-01T00:00:00Z' })
    expect(ProfileSummarySchema.safeParse(s).success).toBe(true)
    expect(s.deleted).toBe('2026-05-01T00:00:00Z')
  })

  it('refuses a record with extra keys or a bad percent', () => {
    const s = summarize(profile, { deleted: null })
    expect(ProfileSummarySchema.safeParse({ ...s, headline: 'x' }).success).toBe(false)
    expect(ProfileSummarySchema.safeParse({ ...s, percent: 101 }).success).toBe(false)
  })
})
