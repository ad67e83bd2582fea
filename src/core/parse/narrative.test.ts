// Card theme lines: sub-headings by position and form, whatever the theme's words.
import { describe, expect, it } from 'vitest'
import { ProfileBuilder } from './builder'
import { readNarrative, sectionBody } from './narrative'
import type { Piece } from './pieces'

/** Lines to items: an empty string is a blank line (a null separator). */
const items = (...lines: string[]): Array<Piece | null> =>
  lines.map((text, i) => (text ? { line: i + 1, text } : null))

function body(lines: string[], themeTitles: boolean): string {
  const b = new ProfileBuilder()
  readNarrative(items(...lines), b, { unknownTitles: 'sub-heading', themeTitles })
  return b.sections.map((s) => sectionBody(s.blocks)).join('\n\n')
}

const PARAGRAPH = 'An online platform gives residents free access to courses in Arabic and English.'

describe('readNarrative: card theme lines', () => {
  it('makes a short title right above its paragraph a sub-heading, whatever its words', () => {
    const lines = [
      'Digital learning',
      PARAGRAPH,
      '',
      'Culture and heritage',
      'Museums open their archives to the schools of every district.',
    ]
    expect(body(lines, true)).toBe(
      `### Digital learning\n\n${PARAGRAPH}\n\n### Culture and heritage\n\nMuseums open their archives to the schools of every district.`,
    )
  })

  it('leaves the line a paragraph outside card pages, or when a paragraph runs on above it', () => {
    expect(body(['Digital learning', PARAGRAPH], false)).toBe(`Digital learning\n\n${PARAGRAPH}`)
    expect(body([PARAGRAPH, 'Digital learning', PARAGRAPH], true)).not.toContain('###')
  })

  it('never takes a sentence, a lead-in or a list item for a theme', () => {
    for (const line of ['The city learns.', 'Digital learning and,', '- Digital learning', 'Why learn?'])
      expect(body([line, PARAGRAPH], true), line).not.toContain('###')
    expect(body(['Digital learning', 'Short line after it'], true)).not.toContain('###')
  })
})
