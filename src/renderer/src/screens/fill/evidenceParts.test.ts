import { describe, expect, it } from 'vitest'
import { evidenceParts, excerptStart } from './evidenceParts'

describe('evidence parts', () => {
  it('marks the matched words and merges overlaps, the figure winning', () => {
    const text = 'with more than 9 million inhabitants in 2015'
    const parts = evidenceParts(text, [
      { start: 5, end: 14, kind: 'bound' },
      { start: 15, end: 24, kind: 'figure' },
      { start: 20, end: 36, kind: 'cue' },
      { start: 40, end: 44, kind: 'year' },
    ])
    expect(parts.map((p) => `${p.kind ?? '-'}:${p.text}`)).toEqual([
      '-:with ',
      'bound:more than',
      '-: ',
      'figure:9 million',
      'cue: inhabitants',
      '-: in ',
      'year:2015',
    ])
  })

  it('starts a long sentence near its first match, at a word', () => {
    const text = `${'word '.repeat(30)}has 9 million inhabitants`
    const start = excerptStart(text, [{ start: 154, end: 163, kind: 'figure' }], 20)
    expect(text.slice(start)).toBe('word word word has 9 million inhabitants')
    expect(excerptStart('short 9', [{ start: 6, end: 7, kind: 'figure' }])).toBe(0)
  })
})
