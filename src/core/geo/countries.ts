// Country names, from i18n-iso-countries (a maintained ISO 3166 list) plus a small alias table.
import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import { COUNTRY_ALIASES } from './countryAliases'
import { foldKey } from '../clean/fold'

countries.registerLocale(en)

export interface CountryMatch {
  /** ISO 3166-1 alpha-2 code. */
  code: string
  /** The short English name, e.g. `Republic of Korea` → `South Korea`. */
  name: string
}

const byKey = new Map<string, string>()
for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const name of names) byKey.set(foldKey(name), code)
}
for (const [name, code] of Object.entries(COUNTRY_ALIASES)) byKey.set(foldKey(name), code)

function lookup(key: string): string | undefined {
  return byKey.get(key) ?? byKey.get(key.replace(/^the /, ''))
}

/** The country a name denotes, or null. Tolerates case, diacritics, `the`, and UN parenthesised forms. */
export function findCountry(name: string): CountryMatch | null {
  const trimmed = name.trim().replace(/[.,;:]+$/, '')
  if (!trimmed) return null
  const code = lookup(foldKey(trimmed)) ?? lookup(foldKey(trimmed.replace(/\s*\([^)]*\)\s*/g, ' ')))
  if (!code) return null
  return { code, name: countries.getName(code, 'en') ?? trimmed }
}

/**
 * Country names worth searching for in running text: longest first so that `Republic of Korea` wins over
 * `Korea`, and without the short codes (`US`, `UK`) that also appear in currencies and abbreviations.
 */
export const COUNTRY_NAMES_FOR_TEXT: readonly string[] = [
  ...new Set([
    ...Object.values(countries.getNames('en', { select: 'all' })).flat(),
    ...Object.keys(COUNTRY_ALIASES),
  ]),
]
  .filter((n) => n.length > 3 && !/^[A-Z.]+$/.test(n))
  .sort((a, b) => b.length - a.length)
