// Where a profile says which city it is: an identity line (`Cork, Ireland`), lines of their own, a
// citation line, a speaker's title, or only the running text.
import { COUNTRY_NAMES_FOR_TEXT, findCountry } from '../geo/countries'
import { isTitleLike } from './headings'

export interface Identity {
  city: string
  country: string
}

const CITY_NAME = /^[\p{Lu}][\p{L}\p{M}’'.-]*(?:[ -][\p{L}\p{M}’'.()-]+){0,5}$/u

function plausibleCity(text: string): boolean {
  return CITY_NAME.test(text) && !/\d/.test(text) && text.length <= 60 && !findCountry(text)
}

/** `Changzhou, China`, `Cork – Ireland`, `Osan (Republic of Korea)`, `Yeonsu-gu, Incheon, Republic of Korea`. */
export function identityFromLine(text: string): Identity | null {
  const t = text.replace(/^#+\s*/, '').trim()
  const paren = /^(.+?)\s*\(([^()]+(?:\([^()]*\))?)\)$/.exec(t)
  if (paren && findCountry(paren[2]!) && plausibleCity(paren[1]!))
    return { city: paren[1]!, country: paren[2]! }
  for (const sep of [', ', ' – ', ' — ', ' - ', ' | ']) {
    const at = t.lastIndexOf(sep)
    if (at <= 0) continue
    const city = t.slice(0, at).trim()
    const country = t.slice(at + sep.length).trim()
    if (findCountry(country) && (plausibleCity(city) || /^[^,]+, [^,]+$/.test(city))) return { city, country }
  }
  return null
}

/** A line that is only a country name. */
export function countryFromLine(text: string): string | null {
  const t = text.trim()
  return t.length <= 60 && findCountry(t) ? t : null
}

/** A line that could be a city name on its own (the line before a country line). */
export function cityFromLine(text: string): string | null {
  const t = text.trim()
  const words = t.split(/\s+/)
  const capitalised = words.every(
    (w) => /^[\p{Lu}(]/u.test(w) || /^(de|del|la|le|do|da|sur|upon|am|an|der|on)$/.test(w),
  )
  return plausibleCity(t) && words.length <= 4 && capitalised && isTitleLike(t, 4) ? t : null
}

/** `Last update: 2 August 2017. Hangzhou. China. UNESCO Institute for Lifelong Learning. (Accessed on: …)`. */
export function identityFromCitation(text: string): Identity | null {
  if (!/UNESCO Institute for Lifelong Learning|Accessed on/i.test(text)) return null
  const parts = text.split(/\.\s+/).map((p) => p.trim())
  for (let i = 1; i < parts.length; i++) {
    if (findCountry(parts[i]!) && plausibleCity(parts[i - 1]!))
      return { city: parts[i - 1]!, country: parts[i]! }
  }
  return null
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const COUNTRY_IN_TEXT = new RegExp(
  `(?<![\\p{L}])(${COUNTRY_NAMES_FOR_TEXT.map(escape).join('|')})(?![\\p{L}])`,
  'gu',
)

/** The country mentioned most often in the text (first mention wins ties). */
export function countryFromText(text: string): string | null {
  const counts = new Map<string, { name: string; n: number; first: number }>()
  for (const m of text.matchAll(COUNTRY_IN_TEXT)) {
    const code = findCountry(m[1]!)?.code
    if (!code) continue
    const entry = counts.get(code) ?? { name: m[1]!, n: 0, first: m.index }
    entry.n += 1
    counts.set(code, entry)
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0]
  return best?.name ?? null
}

const NAME = "([\\p{Lu}][\\p{L}\\p{M}’'-]+(?:[ -](?:de |del |la |do |da )?[\\p{Lu}][\\p{L}\\p{M}’'-]+){0,3})"
const CITY_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:[Tt]he|[Oo]ur) (?:city|town|municipality|district|county) of ${NAME}`, 'gu'),
  new RegExp(
    `${NAME},? (?:is|was) (?:a|an|the) (?:[\\p{L}-]+ ){0,4}(?:city|town|municipality|capital|district|county|port)\\b`,
    'gu',
  ),
  new RegExp(
    `${NAME},? (?:a|an|the) (?:[\\p{L}-]+ ){0,4}(?:city|town|municipality|capital|district|county)\\b`,
    'gu',
  ),
  new RegExp(`${NAME} (?:joined|became a member of) (?:the )?(?:UNESCO )?Global Network`, 'gu'),
  new RegExp(`(?:[Cc]ity|[Mm]unicipality|[Mm]ayor) of ${NAME}`, 'gu'),
]

const NOT_CITY =
  /^(The|This|It|Its|Our|In|As|A|An|Since|With|UNESCO|Global|Learning|City|Municipality|Mayor)$/

/** The city the text is about: the candidate that the patterns find and the text names most often. */
export function cityFromText(text: string): string | null {
  const candidates = new Map<string, number>()
  for (const pattern of CITY_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!.trim()
      if (NOT_CITY.test(name) || findCountry(name)) continue
      candidates.set(name, (candidates.get(name) ?? 0) + 1)
    }
  }
  let best: string | null = null
  let bestScore = 0
  for (const [name, hits] of candidates) {
    const mentions = text.split(name).length - 1
    const score = hits * 10 + mentions
    if (score > bestScore) {
      best = name
      bestScore = score
    }
  }
  return best
}
