import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markdownToLines } from './markdownToLines'

/** Markdown link syntax whose destination has a scheme (or entity) other than http(s) or mailto. */
const LIVE_UNSAFE_LINK = /\]\(\s*<?(?!https?:\/\/|mailto:)[^\s)/]*[:&]/i
const fixture = readFileSync(new URL('./__fixtures__/profile.md', import.meta.url), 'utf8')

describe('markdownToLines on a Markdown profile', () => {
  const lines = markdownToLines(fixture)
  const text = lines.join('\n')

  it('turns scalar front matter into label lines and drops nested entries', () => {
    expect(lines.slice(0, 5)).toEqual([
      'Title: Wuhan: an innovation-oriented learning city',
      'City: Wuhan',
      'Country: China',
      'Tags: learning-city, gnlc',
      '',
    ])
    expect(text).not.toContain('Zheng Wang')
  })

  it('converts setext headings and keeps ATX headings', () => {
    expect(lines).toContain('# Wuhan, China')
    expect(lines).toContain('## Building an innovation-oriented learning city')
    expect(lines).toContain('## Vision and motivation')
    expect(lines).toContain('### Plan and implementation')
  })

  it('makes every bullet `- ` and strips emphasis', () => {
    expect(lines).toContain('- City population: 11,081,000 (2018)')
    expect(lines).toContain('- Population density: 1,293 inhabitants per km²')
    expect(lines).toContain('- GDP – city: Between USD 15,000 and USD 25,000')
    expect(lines).toContain('- Average number of years of schooling:')
    expect(lines).toContain(
      'Commonly known as the ‘River City’, Wuhan is situated between the Yangtze River and the Han River.',
    )
  })

  it('keeps numbered items and leaves intra-word underscores alone', () => {
    expect(lines).toContain(
      '2. Practical level: a steering group coordinates the Learning City project; file_name_with_underscores stays.',
    )
  })

  it('keeps web links without their title, resolves reference links and autolinks, drops javascript links', () => {
    expect(text).toContain('(see [UIL](https://uil.unesco.org/city/wuhan)).')
    expect(lines).toContain(
      'Contact: [focal.point@wuhan.example.cn](mailto:focal.point@wuhan.example.cn) · [Website](http://www.wuhan.gov.cn/) · Share',
    )
    expect(text).not.toMatch(/javascript|\[site\]:/)
  })

  it('keeps blockquote text, image alt text, table rows and code text', () => {
    expect(lines).toContain('Wuhan’s goal is to become an innovation-oriented learning city.')
    expect(lines).toContain('— Mr Zhou Xianwang, Mayor of Wuhan')
    expect(lines).toContain('Wuhan skyline')
    expect(lines).toContain('Indicator | Value')
    expect(lines).toContain('Member since | 2016')
    expect(lines).toContain('Raw note kept as text')
    expect(text).not.toContain('```')
  })

  it('drops raw HTML tags but keeps their text, and drops scripts', () => {
    expect(lines).toContain('Read the full report.')
    expect(text).not.toMatch(/<|alert/)
  })

  it('keeps one source line per output line: soft-wrapped lines are not joined', () => {
    expect(lines).toContain(
      'Its location benefits the city by facilitating the transport of goods and ideas (see [UIL](https://uil.unesco.org/city/wuhan)).',
    )
  })
})

describe('markdownToLines', () => {
  it('treats --- after a blank line as a thematic break, not a heading', () => {
    expect(markdownToLines('a\n\n---\nb')).toEqual(['a', '', 'b'])
  })

  it('reads a leading --- without a closing one as a break, not front matter', () => {
    expect(markdownToLines('---\ntitle: x')).toEqual(['title: x'])
  })

  it('handles ordered markers with ) and strips ATX closing hashes', () => {
    expect(markdownToLines('3) Third\n## Heading ##\n#hashtag')).toEqual([
      '3. Third',
      '## Heading',
      '#hashtag',
    ])
  })

  it('keeps escaped markers literally and arithmetic stars alone', () => {
    expect(markdownToLines('\\*not emphasis\\* and 2 * 3 * 4')).toEqual(['*not emphasis* and 2 * 3 * 4'])
  })

  it('keeps image alt text inside links and balanced parentheses in URLs', () => {
    expect(markdownToLines('[![Badge](b.png)](https://x.org/Pécs_(city))')).toEqual([
      '[Badge](https://x.org/Pécs_%28city%29)',
    ])
  })

  it('keeps a link whose destination is in angle brackets, as the Markdown export writes it', () => {
    expect(markdownToLines('- [City site](<https://x.org/a_b?q=1&r=2>)')).toEqual([
      '- [City site](https://x.org/a_b?q=1&r=2)',
    ])
  })

  it('splits on <br> in raw HTML', () => {
    expect(markdownToLines('one<br>two<br/>three')).toEqual(['one', 'two', 'three'])
  })

  it('reads the plain-text seeds line for line', () => {
    expect(
      markdownToLines(
        'Changzhou, China\n\n  • City population: \n  • GDP – city: \n    Between USD 15,000 and USD 25,000',
      ),
    ).toEqual([
      'Changzhou, China',
      '',
      '• City population:',
      '• GDP – city:',
      'Between USD 15,000 and USD 25,000',
    ])
  })

  it('never throws and never emits tags or javascript links, on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        const lines = markdownToLines(input)
        expect(lines.every((line) => !/<\/?[a-z][a-z0-9:-]*(?:\s[^<>]*)?\/?>/i.test(line))).toBe(true)
      }),
      { numRuns: 500 },
    )
    const piece = fc.constantFrom(
      '*',
      '**',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      '!',
      '#',
      '---',
      '\n',
      ' ',
      'x',
      '> ',
      '1. ',
      '<b>',
      'javascript:',
      '&#106;',
      '\\[',
      '\\]',
      'https://a.b',
      '\\',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        expect(markdownToLines(pieces.join('')).some((line) => LIVE_UNSAFE_LINK.test(line))).toBe(false)
      }),
      { numRuns: 500 },
    )
  })

  // No timing is asserted: a quadratic scan of these lines takes minutes, and the test's timeout catches it.
  it('gets through lines full of unmatched markers', () => {
    for (const unit of ['*a ', '_a ', '[a', '![a](', '`a ']) {
      expect(markdownToLines(unit.repeat(100_000 / unit.length)).join('').length).toBeGreaterThan(0)
    }
  }, 60_000)
})
