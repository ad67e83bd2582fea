import { describe, expect, it } from 'vitest'
import { elsewhereLine, highlightParts } from './highlight'

describe('highlightParts', () => {
  it('marks every occurrence, ignoring case', () => {
    expect(highlightParts('Hangzhou, Zhejiang', ['zh'])).toEqual([
      { text: 'Hang', match: false },
      { text: 'zh', match: true },
      { text: 'ou, ', match: false },
      { text: 'Zh', match: true },
      { text: 'ejiang', match: false },
    ])
  })

  it('marks accented letters that the folded term matches', () => {
    expect(highlightParts('São Paulo', ['sao'])).toEqual([
      { text: 'São', match: true },
      { text: ' Paulo', match: false },
    ])
  })

  it('merges overlapping terms into one mark', () => {
    expect(highlightParts('Wuhan', ['wu', 'uha'])).toEqual([
      { text: 'Wuha', match: true },
      { text: 'n', match: false },
    ])
  })

  it('returns the text unmarked without terms', () => {
    expect(highlightParts('Beijing', [])).toEqual([{ text: 'Beijing', match: false }])
    expect(highlightParts('Beijing', ['x'])).toEqual([{ text: 'Beijing', match: false }])
  })
})

describe('elsewhereLine', () => {
  it('says which terms matched outside the names, and where', () => {
    expect(elsewhereLine(['lifelong', 'lifelong', 'learning'], ['city', 'sections', 'headline'])).toBe(
      'in sections, headline · lifelong, learning',
    )
  })

  it('says nothing when only the names matched', () => {
    expect(elsewhereLine(['wuhan'], ['city'])).toBeNull()
  })
})
