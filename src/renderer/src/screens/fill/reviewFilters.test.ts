import { describe, expect, it } from 'vitest'
import type { SuggestionItem } from '../../../../shared/fillApi'
import { counts, filterSuggestions, NO_REVIEW_FILTERS, rowId } from './reviewFilters'

const item = (
  profileId: string,
  metric: SuggestionItem['metric'],
  level: SuggestionItem['level'],
  country: string,
) => ({ profileId, key: `${metric}:k`, metric, level, country }) as SuggestionItem

const ITEMS = [
  item('p1', 'population', 'high', 'China'),
  item('p2', 'population', 'low', 'Ireland'),
  item('p2', 'urbanArea', 'medium', 'Ireland'),
]

describe('review filters', () => {
  it('filters by metric, least confidence and country', () => {
    expect(filterSuggestions(ITEMS, NO_REVIEW_FILTERS)).toHaveLength(3)
    expect(filterSuggestions(ITEMS, { ...NO_REVIEW_FILTERS, level: 'medium' }).map(rowId)).toEqual([
      'p1/population:k',
      'p2/urbanArea:k',
    ])
    expect(
      filterSuggestions(ITEMS, { metric: 'population', level: 'all', country: 'Ireland' }).map(rowId),
    ).toEqual(['p2/population:k'])
  })

  it('counts the values of a filter, most first', () => {
    expect(counts(ITEMS, (s) => s.country)).toEqual([
      ['Ireland', 2],
      ['China', 1],
    ])
  })
})
