// The unit words around a figure. They convert areas to km², and they reveal a figure that belongs to another
// metric (`500 inhabitants per km²` pasted under `population`), which must not be stored as if it fitted.

/** What a text measures, as told by its unit words (currencies are told by ./currency.ts). */
export type UnitKind = 'people' | 'area' | 'density' | 'years'

interface AreaUnit {
  name: string
  /** The name after `per` (`people per hectare`). */
  one: string
  /** How many km² one unit is. */
  km2: number
  pattern: string
}

const AREA_UNITS: readonly AreaUnit[] = [
  {
    name: 'km²',
    one: 'km²',
    km2: 1,
    pattern:
      'km²|km2(?!\\d)|km\\^2|sq\\.?\\s?km(?!\\p{L})|square\\s+kilomet(?:re|er)s?(?!\\p{L})|kilomet(?:re|er)s?\\s+squared|㎢',
  },
  { name: 'hectares', one: 'hectare', km2: 0.01, pattern: 'hectares?(?!\\p{L})|ha(?!\\p{L})' },
  {
    name: 'square miles',
    one: 'square mile',
    km2: 2.589988110336,
    pattern: 'sq\\.?\\s?mi(?:les?)?(?!\\p{L})|square\\s+miles?(?!\\p{L})|mi²|mi2(?!\\d)',
  },
  { name: 'acres', one: 'acre', km2: 0.0040468564224, pattern: 'acres?(?!\\p{L})' },
  {
    name: 'm²',
    one: 'm²',
    km2: 1e-6,
    pattern: 'm²|m2(?!\\d)|sq\\.?\\s?m(?!\\p{L})|square\\s+met(?:re|er)s?(?!\\p{L})',
  },
]

const unitRegex = (unit: AreaUnit): RegExp => new RegExp(`(?<!\\p{L})(?:${unit.pattern})`, 'giu')
const PER_BEFORE = /(?:(?<!\p{L})per\s+|\/\s*)$/iu
const PEOPLE =
  /(?<!(?<!\p{L})per\s+|\/\s*)(?<!\p{L})(?:inhabitants?|habitants?|hab\.|people|persons?|residents?|population|citizens|dwellers|pop\.)(?!\p{L})/iu
const YEARS = /(?<!\p{L})(?:years|yrs)(?!\p{L})/iu
const UNIT_WORDS = new RegExp(
  [
    ...AREA_UNITS.map((u) => `(?<!\\p{L})(?:${u.pattern})`),
    '(?<!\\p{L})(?:inhabitants?|habitants?|hab\\.|people|persons?|residents?|years|yrs|per|capita)(?!\\p{L})',
    '/',
  ].join('|'),
  'giu',
)

interface AreaUse {
  unit: AreaUnit
  index: number
  /** Written as `per km²` or `/km²`: a density, not an area. */
  density: boolean
}

function areaUses(text: string): AreaUse[] {
  return AREA_UNITS.flatMap((unit) =>
    [...text.matchAll(unitRegex(unit))].map((m) => ({
      unit,
      index: m.index,
      density: PER_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)),
    })),
  ).sort((a, b) => a.index - b.index)
}

export function unitKinds(text: string): Set<UnitKind> {
  const kinds = new Set<UnitKind>()
  for (const use of areaUses(text)) kinds.add(use.density ? 'density' : 'area')
  if (PEOPLE.test(text)) kinds.add('people')
  if (YEARS.test(text)) kinds.add('years')
  return kinds
}

export interface Conversion {
  factor: number
  note: string
}

/**
 * The factor that turns figures written in the text's first area unit into km² (or, for a density, into people
 * per km²), with a note for the curator; null when the text is already in km² or names no unit.
 */
export function areaConversion(text: string, density: boolean): Conversion | null {
  const use = areaUses(text).find((u) => u.density === density)
  if (!use || use.unit.km2 === 1) return null
  return density
    ? { factor: 1 / use.unit.km2, note: `converted from people per ${use.unit.one} to people/km²` }
    : { factor: use.unit.km2, note: `converted from ${use.unit.name} to km²` }
}

/** The text with its unit words blanked out, so that `15 000 km² – 25 000 km²` reads as a range. */
export function withoutUnitWords(text: string): string {
  return text.replace(UNIT_WORDS, ' ')
}
