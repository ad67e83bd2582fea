// The key under which two profiles are the same city: spelling, case, accents, apostrophes, spaces and
// punctuation do not matter, and a country is its ISO code whatever name the source gives it
// (`Republic of Korea` = `South Korea`, `Viet Nam` = `Vietnam`).
import { foldKey } from '../clean/fold'
import { findCountry } from '../geo/countries'

/** Letters and digits of the folded text only. */
function compact(text: string): string {
  return foldKey(text).replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * `city|COUNTRY`, e.g. `xian|CN`: the city folded to its letters and digits, the country as its ISO 3166 alpha-2
 * code (upper case) or, when the name is not a known country, folded like the city (lower case, so never equal to
 * a code). A city that folds to nothing gives `''`: no identity, which must not match any other profile.
 */
export function identityKey(city: string, country: string): string {
  const place = compact(city)
  if (!place) return ''
  return `${place}|${findCountry(country)?.code ?? compact(country)}`
}
