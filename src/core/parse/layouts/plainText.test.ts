// The plain layout's title line: a first line that is only the city's name is the identity, not the headline.
import { describe, expect, it } from 'vitest'
import { parseLines } from '../parse'

const parse = (text: string): { city: string; headline: string | null } => {
  const { profile } = parseLines(text.split('\n'), { file: null, sha256: null })
  return { city: profile.city, headline: profile.headline }
}

describe('plain layout: a name-only first line', () => {
  it('is the city when the text names it again', () => {
    expect(
      parse(
        [
          'Kisumu',
          'A lakeside city that learns together',
          'Kisumu, a port city on Lake Victoria in Kenya, joined the Global Network of Learning Cities in 2018.',
          'Vision and motivation',
          'The county wants every resident to have the chance to learn throughout life.',
        ].join('\n'),
      ),
    ).toEqual({ city: 'Kisumu', headline: 'A lakeside city that learns together' })
  })

  it('is the city when the text names it but no pattern gives a city', () => {
    const { city } = parse(
      ['Mannheim', 'Learning for all', 'In Mannheim, libraries and schools work together.'].join('\n'),
    )
    expect(city).toBe('Mannheim')
  })

  it('is a headline when the text is about another city, or never names it', () => {
    const other = parse(
      [
        'Learning Together',
        'The city of Wyndham, on the western edge of Melbourne in Australia, is growing fast.',
        'Wyndham joined the network in 2016.',
      ].join('\n'),
    )
    expect(other).toEqual({ city: 'Wyndham', headline: 'Learning Together' })
    const unnamed = parse(
      ['Green Futures', 'A city of rivers', 'Libraries and schools work together in every district.'].join(
        '\n',
      ),
    )
    expect(unnamed.city).toBe('')
    expect(unnamed.headline).toBe('Green Futures')
  })
})
