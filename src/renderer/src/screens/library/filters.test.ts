import { describe, expect, it } from 'vitest'
import type { ProfileSummary } from '../../../../core/library/summary'
import { filterSummaries, filtersKey, NO_FILTERS, type Filters } from './filters'

const summary = (id: string, fields: Partial<ProfileSummary> = {}): ProfileSummary => ({
  id,
  city: id,
  country: 'China',
  status: 'draft',
  layout: 'bulleted',
  percent: 100,
  missing: [],
  unassigned: 0,
  sections: 3,
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: null,
  ...fields,
})

const LIBRARY = [
  summary('a', { status: 'done', country: 'China', missing: ['population'] }),
  summary('b', { status: 'draft', country: 'China', missing: ['population', 'gdpCity'], unassigned: 2 }),
  summary('c', { status: 'draft', country: 'Korea', layout: 'card' }),
  summary('d', { status: 'in-review', country: 'Korea', deleted: '2026-02-01T00:00:00.000Z' }),
]

const filters = (fields: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...fields })
const ids = (rows: ProfileSummary[]) => rows.map((row) => row.id)

describe('filterSummaries', () => {
  it('shows the library or the trash, never both', () => {
    expect(ids(filterSummaries(LIBRARY, NO_FILTERS, null).rows)).toEqual(['a', 'b', 'c'])
    const trash = filterSummaries(LIBRARY, filters({ trash: true }), null)
    expect(ids(trash.rows)).toEqual(['d'])
    expect(trash.counts.status).toEqual(new Map([['in-review', 1]]))
  })

  it('counts every value of every facet with no filter on', () => {
    const { counts, total } = filterSummaries(LIBRARY, NO_FILTERS, null)
    expect(total).toBe(3)
    expect(counts.status).toEqual(
      new Map([
        ['done', 1],
        ['draft', 2],
      ]),
    )
    expect(counts.country).toEqual(
      new Map([
        ['China', 2],
        ['Korea', 1],
      ]),
    )
    expect(counts.layout).toEqual(
      new Map([
        ['bulleted', 2],
        ['card', 1],
      ]),
    )
    expect(counts.missing).toEqual(
      new Map([
        ['population', 2],
        ['gdpCity', 1],
      ]),
    )
    expect(counts.unassigned).toEqual(
      new Map([
        ['no', 2],
        ['yes', 1],
      ]),
    )
  })

  it("keeps a facet's own counts when it filters, and narrows the other facets", () => {
    const { rows, counts } = filterSummaries(LIBRARY, filters({ status: new Set(['draft']) }), null)
    expect(ids(rows)).toEqual(['b', 'c'])
    expect(counts.status).toEqual(
      new Map([
        ['done', 1],
        ['draft', 2],
      ]),
    )
    expect(counts.country).toEqual(
      new Map([
        ['China', 1],
        ['Korea', 1],
      ]),
    )
    expect(counts.missing).toEqual(
      new Map([
        ['population', 1],
        ['gdpCity', 1],
      ]),
    )
  })

  it('ORs values within a facet and ANDs facets', () => {
    const both = filters({ country: new Set(['China', 'Korea']), missing: new Set(['gdpCity']) })
    expect(ids(filterSummaries(LIBRARY, both, null).rows)).toEqual(['b'])
    const { counts } = filterSummaries(LIBRARY, both, null)
    // Country counts among rows missing gdpCity; missing counts among Chinese and Korean rows.
    expect(counts.country).toEqual(new Map([['China', 1]]))
    expect(counts.missing).toEqual(
      new Map([
        ['population', 2],
        ['gdpCity', 1],
      ]),
    )
  })

  it('leaves a row failing two facets out of every count', () => {
    const { counts } = filterSummaries(
      LIBRARY,
      filters({ status: new Set(['done']), unassigned: true }),
      null,
    )
    // b is draft and has unassigned lines: counted for status; c fails both and counts nowhere.
    expect(counts.status).toEqual(new Map([['draft', 1]]))
    expect(counts.unassigned).toEqual(new Map([['no', 1]]))
  })

  it('narrows rows and counts to the search hits', () => {
    const { rows, counts, total } = filterSummaries(LIBRARY, NO_FILTERS, new Set(['c', 'd']))
    expect(ids(rows)).toEqual(['c'])
    expect(counts.country).toEqual(new Map([['Korea', 1]]))
    expect(total).toBe(3)
  })
})

describe('filtersKey', () => {
  it('is the same for equal filters built apart, and differs when one value does', () => {
    const a = filters({ country: new Set(['Korea', 'China']) })
    const b = filters({ country: new Set(['China', 'Korea']) })
    expect(filtersKey(a)).toBe(filtersKey(b))
    expect(filtersKey(a)).not.toBe(filtersKey({ ...a, unassigned: true }))
  })
})
