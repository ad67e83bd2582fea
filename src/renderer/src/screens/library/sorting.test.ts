import { describe, expect, it } from 'vitest'
import type { ProfileSummary } from '../../../../core/library/summary'
import { nextSort, sortSummaries } from './sorting'

const summary = (id: string, fields: Partial<ProfileSummary>): ProfileSummary => ({
  id,
  city: id,
  country: '',
  status: 'draft',
  layout: 'plain',
  percent: 0,
  missing: [],
  unassigned: 0,
  sections: 0,
  updatedAt: '2026-01-01T00:00:00Z',
  deleted: null,
  ...fields,
})

const cities = (rows: ProfileSummary[]) => rows.map((row) => row.city)

describe('sortSummaries', () => {
  it('sorts names ignoring case and accents', () => {
    const rows = [
      summary('1', { city: 'zagreb' }),
      summary('2', { city: 'Évora' }),
      summary('3', { city: 'Aarhus' }),
    ]
    expect(cities(sortSummaries(rows, { key: 'city', direction: 'asc' }))).toEqual([
      'Aarhus',
      'Évora',
      'zagreb',
    ])
    expect(cities(sortSummaries(rows, { key: 'city', direction: 'desc' }))).toEqual([
      'zagreb',
      'Évora',
      'Aarhus',
    ])
  })

  it('sorts numbers in names by value', () => {
    const rows = [summary('1', { city: 'District 10' }), summary('2', { city: 'District 2' })]
    expect(cities(sortSummaries(rows, { key: 'city', direction: 'asc' }))).toEqual([
      'District 2',
      'District 10',
    ])
  })

  it('sorts status in work order, ties by city', () => {
    const rows = [
      summary('1', { city: 'B', status: 'done' }),
      summary('2', { city: 'C', status: 'draft' }),
      summary('3', { city: 'A', status: 'in-review' }),
      summary('4', { city: 'A', status: 'draft' }),
    ]
    expect(cities(sortSummaries(rows, { key: 'status', direction: 'asc' }))).toEqual(['A', 'C', 'A', 'B'])
  })

  it('sorts counts by size and instants across offsets', () => {
    const rows = [
      summary('1', { missing: ['population', 'gdpCity'], updatedAt: '2026-01-01T10:00:00+02:00' }),
      summary('2', { missing: [], updatedAt: '2026-01-01T09:00:00Z' }),
    ]
    expect(cities(sortSummaries(rows, { key: 'missing', direction: 'asc' }))).toEqual(['2', '1'])
    // 10:00+02:00 is 08:00Z: earlier than 09:00Z although the string sorts later.
    expect(cities(sortSummaries(rows, { key: 'updatedAt', direction: 'asc' }))).toEqual(['1', '2'])
  })

  it('sorts deleted profiles by when they were deleted', () => {
    const rows = [
      summary('1', { updatedAt: '2026-01-01T00:00:00Z', deleted: '2026-03-01T00:00:00Z' }),
      summary('2', { updatedAt: '2026-02-01T00:00:00Z', deleted: '2026-02-15T00:00:00Z' }),
    ]
    expect(cities(sortSummaries(rows, { key: 'updatedAt', direction: 'asc' }))).toEqual(['2', '1'])
  })

  it('leaves its input alone', () => {
    const rows = [summary('b', {}), summary('a', {})]
    sortSummaries(rows, { key: 'city', direction: 'asc' })
    expect(cities(rows)).toEqual(['b', 'a'])
  })
})

describe('nextSort', () => {
  it('flips the same column and starts another ascending', () => {
    expect(nextSort({ key: 'city', direction: 'asc' }, 'city')).toEqual({ key: 'city', direction: 'desc' })
    expect(nextSort({ key: 'city', direction: 'desc' }, 'percent')).toEqual({
      key: 'percent',
      direction: 'asc',
    })
  })
})
