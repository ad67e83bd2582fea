import { describe, expect, it } from 'vitest'
import { countryValues, layoutValues } from './facetValues'

const counts = new Map([
  ['China', 5],
  ['Korea', 2],
  ['Brazil', 2],
  ['Peru', 1],
])

describe('countryValues', () => {
  it('lists by count, then name', () => {
    expect(countryValues(counts, new Set(), { limit: null, match: '' })).toEqual({
      values: ['China', 'Brazil', 'Korea', 'Peru'],
      hidden: 0,
    })
  })

  it('cuts a long list but keeps the chosen countries, and says how many are hidden', () => {
    expect(countryValues(counts, new Set(['Peru']), { limit: 2, match: '' })).toEqual({
      values: ['China', 'Brazil', 'Peru'],
      hidden: 1,
    })
  })

  it('keeps a chosen country that no longer has rows', () => {
    expect(countryValues(new Map(), new Set(['Chile']), { limit: 5, match: '' }).values).toEqual(['Chile'])
  })

  it('narrows to the typed part of a name', () => {
    expect(countryValues(counts, new Set(), { limit: null, match: 'r' }).values).toEqual([
      'Brazil',
      'Korea',
      'Peru',
    ])
  })
})

describe('layoutValues', () => {
  it('lists the layouts present or chosen, in the model order', () => {
    expect(
      layoutValues(
        new Map([
          ['card', 1],
          ['bulleted', 3],
        ]),
        new Set(['csv']),
      ),
    ).toEqual(['bulleted', 'card', 'csv'])
  })
})
