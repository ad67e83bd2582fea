// Which profile a table row is about: the same city and the same country, compared without case, diacritics,
// apostrophe style, dashes or dots, and with country names resolved to ISO codes (`Republic of Korea` = `South
// Korea`, `Côte d'Ivoire` = `Ivory Coast`). A row that fits several profiles, or none, is reported, never guessed.
import { foldKey } from '../../clean/fold'
import { findCountry } from '../../geo/countries'

// Letters NFD does not split from a mark.
const LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
}

/** A comparison key for a city name. */
export function cityKey(name: string): string {
  return foldKey(name)
    .replace(/[øłđðþıæœß]/g, (c) => LETTERS[c] ?? c)
    .replace(/['.]/g, '')
    .replace(/\s*-\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A comparison key for a country: its ISO code when the name is known, else the folded name. */
export function countryKey(name: string): string {
  const found = findCountry(name)
  return found ? found.code : cityKey(name)
}

export interface Candidate {
  id: string
  city: string
  country: string
}

export type RowMatch =
  | { kind: 'matched'; profile: Candidate }
  | { kind: 'ambiguous'; candidates: Candidate[] }
  | { kind: 'unmatched' }

export class ProfileMatcher {
  private readonly byCity = new Map<string, Array<Candidate & { countryKey: string }>>()

  constructor(profiles: Iterable<Candidate>) {
    for (const p of profiles) {
      const key = cityKey(p.city)
      if (!key) continue
      const list = this.byCity.get(key) ?? []
      list.push({ ...p, countryKey: countryKey(p.country) })
      this.byCity.set(key, list)
    }
  }

  match(city: string, country: string): RowMatch {
    const all = this.byCity.get(cityKey(city)) ?? []
    const wanted = country.trim() ? countryKey(country) : null
    const found = wanted === null ? all : all.filter((p) => p.countryKey === wanted)
    const strip = ({ id, city, country }: Candidate): Candidate => ({ id, city, country })
    if (found.length === 1) return { kind: 'matched', profile: strip(found[0]!) }
    return found.length === 0 ? { kind: 'unmatched' } : { kind: 'ambiguous', candidates: found.map(strip) }
  }
}
