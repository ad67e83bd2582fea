import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { normaliseLine, textToLines } from './plainToLines'

const SEEDS = fileURLToPath(new URL('../../../../shared/seeds', import.meta.url))
const seeds = (() => {
  try {
    return readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))
  } catch {
    return []
  }
})()

describe('textToLines', () => {
  it('splits on every kind of line break', () => {
    expect(textToLines('a\r\nb\rc\nd\u2028e\u2029f\vg\fh\u0085i')).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      'i',
    ])
  })

  it('does not make a line of the final line break, and keeps blank lines inside', () => {
    expect(textToLines('a\n\nb\n')).toEqual(['a', '', 'b'])
    expect(textToLines('a\r\n')).toEqual(['a'])
    expect(textToLines('')).toEqual([])
    expect(textToLines('\n')).toEqual([''])
  })

  it('trims both ends of each line', () => {
    expect(textToLines('  • City population: \n\tvalue\t')).toEqual(['• City population:', 'value'])
  })

  it.skipIf(seeds.length === 0)('keeps one line per source line of every seed, with the text intact', () => {
    for (const name of seeds) {
      const text = readFileSync(join(SEEDS, name), 'utf8')
      const lines = textToLines(text)
      expect(lines.length, name).toBe(text.replace(/\n$/, '').split('\n').length)
      expect(lines.join(' ').replace(/\s+/g, ''), name).toBe(text.replace(/\s+/g, ''))
    }
  })
})

describe('normaliseLine', () => {
  it('composes to NFC', () => {
    expect(normaliseLine('Cafe\u0301')).toBe('Café')
  })

  it('turns no-break, narrow no-break and figure spaces into spaces', () => {
    expect(normaliseLine('500\u00a0km²\u202fand\u20071')).toBe('500 km² and 1')
  })

  it('removes zero-width spaces, word joiners, soft hyphens, BOMs and control characters', () => {
    expect(normaliseLine('\ufeffPopu\u00adla\u200btion\u2060 de\u0007nsity\u009b')).toBe('Population density')
  })

  it('keeps ZWNJ and ZWJ, which change spelling in Persian and form emoji', () => {
    expect(normaliseLine('می\u200cخواهم')).toBe('می\u200cخواهم')
    expect(normaliseLine('👩\u200d🎓')).toBe('👩\u200d🎓')
  })

  it('keeps inner tabs and spaces', () => {
    expect(normaliseLine('a\t b')).toBe('a\t b')
  })
})
