import { describe, expect, it } from 'vitest'
import { identityKey } from './identityKey'

describe('identityKey', () => {
  it.each([
    [
      ['Suwon', 'Republic of Korea'],
      ['Suwon', 'South Korea'],
    ],
    [
      ['Hanoi', 'Viet Nam'],
      ['Hanoi', 'Vietnam'],
    ],
    [
      ['Bristol', 'United Kingdom of Great Britain and Northern Ireland'],
      ['Bristol', 'United Kingdom'],
    ],
    [
      ['Changzhou', 'China'],
      ['  CHANGZHOU ', 'china'],
    ],
    [
      ['Xi’an', 'China'],
      ["Xi'an", 'China'],
    ],
    [
      ["Xi'an", 'China'],
      ['Xian', 'China'],
    ],
    [
      ['Montréal', 'Canada'],
      ['Montreal', 'Canada'],
    ],
    [
      ['São Paulo', 'Brazil'],
      ['Sao  Paulo', 'Brazil'],
    ],
    [
      ['Saint-Denis', 'France'],
      ['Saint Denis', 'France'],
    ],
    [
      ['Mérida', 'Mexico'],
      ['Merida.', 'Mexico.'],
    ],
    [
      ['Cork', 'Ireland'],
      ['Cork', 'the Ireland'],
    ],
    [
      ['La Paz', 'Bolivia (Plurinational State of)'],
      ['La Paz', 'Bolivia'],
    ],
    [
      ['Gotham', 'New Atlantis'],
      ['gotham', 'NEW-ATLANTIS'],
    ],
  ])('%j and %j are the same city', ([cityA, countryA], [cityB, countryB]) => {
    expect(identityKey(cityA!, countryA!)).toBe(identityKey(cityB!, countryB!))
  })

  it('differs for different cities or countries', () => {
    expect(identityKey('Suwon', 'Republic of Korea')).not.toBe(identityKey('Seoul', 'Republic of Korea'))
    expect(identityKey('Suwon', 'Republic of Korea')).not.toBe(
      identityKey('Suwon', "Democratic People's Republic of Korea"),
    )
    expect(identityKey('Cordoba', 'Spain')).not.toBe(identityKey('Cordoba', 'Argentina'))
    expect(identityKey('Gotham', 'New Atlantis')).not.toBe(identityKey('Gotham', 'Old Atlantis'))
  })

  it('names the country by its ISO code', () => {
    expect(identityKey('Hanoi', 'Viet Nam')).toBe('hanoi|VN')
  })

  it('gives no identity to a profile without a city', () => {
    expect(identityKey('', 'China')).toBe('')
    expect(identityKey(' – ', 'China')).toBe('')
  })

  it('keeps letters of any script', () => {
    expect(identityKey('北京', 'China')).toBe('北京|CN')
    expect(identityKey('北京', 'China')).not.toBe(identityKey('上海', 'China'))
  })
})
