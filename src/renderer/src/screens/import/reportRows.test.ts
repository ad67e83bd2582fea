import { describe, expect, it } from 'vitest'
import type { ImportRow } from '../../../../core/library/reports'
import { fileLabel, outcomeLabel, rowDetail } from './reportRows'

const row = (fields: Partial<ImportRow>): ImportRow => ({
  file: '/home/curator/seeds/003_hangzhou.txt',
  item: null,
  outcome: 'new',
  id: 'p-000001',
  city: 'Hangzhou',
  country: 'China',
  action: null,
  differences: [],
  reason: null,
  ...fields,
})

describe('import report rows', () => {
  it('names the file without its folder, and the item of a table file from 1', () => {
    expect(fileLabel(row({}))).toBe('003_hangzhou.txt')
    expect(fileLabel(row({ file: 'C:\\data\\cities.csv', item: 0 }))).toBe('cities.csv #1')
  })

  it('says what was done with a conflict', () => {
    expect(outcomeLabel(row({ outcome: 'conflict', action: 'kept-both' }))).toBe('conflict: kept-both')
    expect(outcomeLabel(row({ outcome: 'failed' }))).toBe('failed')
  })

  it('gives the reason when there is one', () => {
    expect(rowDetail(row({ outcome: 'failed', reason: 'empty file' }))).toBe('empty file')
  })

  it('lists what a merge updated and which edits it kept, never the equal fields', () => {
    const merged = row({
      outcome: 'conflict',
      action: 'merged',
      differences: [
        { field: 'metrics.population', current: null, incoming: 1, taken: true, reason: 'not-edited' },
        { field: 'headline', current: 'a', incoming: 'b', taken: false, reason: 'edited-by-curator' },
        { field: 'city', current: 'x', incoming: 'x', taken: false, reason: 'same' },
      ],
    })
    expect(rowDetail(merged)).toBe('updated Population; kept your edits to headline')
    expect(rowDetail({ ...merged, action: 'skipped' })).toBe('differs in Population, headline')
  })
})
