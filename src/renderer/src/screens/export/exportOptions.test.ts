import { describe, expect, it } from 'vitest'
import type { ProfileSummary } from '../../../../core/library/summary'
import { selection, toFilter, type ExportChoices } from './exportOptions'

const summary = (
  id: string,
  country: string,
  status: ProfileSummary['status'],
  deleted: string | null = null,
) => ({ id, city: id, country, status, deleted }) as ProfileSummary

const all: ExportChoices = { formats: ['csv'], status: [], countries: [], problems: 'all' }
const summaries = [
  summary('a', 'China', 'draft'),
  summary('b', 'Ireland', 'done'),
  summary('c', 'China', 'done'),
  summary('d', 'China', 'done', '2026-01-01T00:00:00Z'),
]
const counts = { a: { error: 1, warning: 0, info: 2 }, c: { error: 0, warning: 0, info: 3 } }

describe('export choices', () => {
  it('count the profiles selected and those with problems left, never the trash', () => {
    expect(selection(summaries, counts, all)).toEqual({ profiles: 3, withProblems: 1 })
    expect(selection(summaries, counts, { ...all, status: ['done'] })).toEqual({
      profiles: 2,
      withProblems: 0,
    })
    expect(selection(summaries, counts, { ...all, countries: ['China'], problems: 'with' })).toEqual({
      profiles: 1,
      withProblems: 1,
    })
    expect(selection(summaries, counts, { ...all, problems: 'without' })).toEqual({
      profiles: 2,
      withProblems: 0,
    })
  })

  it('become the filter main applies, leaving out what is not restricted', () => {
    expect(toFilter(all)).toEqual({})
    expect(toFilter({ ...all, status: ['done'], countries: ['China'], problems: 'without' })).toEqual({
      status: ['done'],
      country: ['China'],
      hasProblems: false,
    })
  })
})
