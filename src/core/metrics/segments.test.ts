import { describe, it, expect } from 'vitest'
import { mask, segmentIds } from './segments'

describe('segments', () => {
  it('numbers the main text 0 and each top-level bracket group from 1', () => {
    expect(segmentIds('a (b [c]) d (e)').join('')).toBe('001111111000222')
  })

  it('leaves an unbalanced closing bracket in the main text', () => {
    expect(segmentIds('a) (b').join('')).toBe('00011')
  })

  it('masks other segments and given spans, keeping positions', () => {
    const text = '19.5 billion yuan (US $2.8 billion)'
    const ids = segmentIds(text)
    expect(mask(text, ids, 1)).toBe(' '.repeat(18) + '(US $2.8 billion)')
    expect(mask(text, ids, 0, [{ start: 13, end: 17 }])).toBe('19.5 billion' + ' '.repeat(23))
  })
})
