// Which column of a reference table holds what: the city, the country, the year, the source, or a metric (by the
// catalogue's labels, with a unit or year in brackets: `Area (ha)`, `Population (2019)`). A mapping given by the
// curator (`Pop 2020=population`) wins; columns nobody recognises are reported, never guessed.
import { foldKey } from '../../clean/fold'
import { METRIC_CATALOGUE, METRIC_KEYS, type MetricKey } from '../../model'
import { matchLabel } from '../../parse/labels'

export type ColumnRole =
  | { kind: 'city' | 'country' | 'year' | 'source' | 'ignore' }
  | { kind: 'metric'; metric: MetricKey; unit: string | null }

const NAMED: ReadonlyArray<readonly [ColumnRole['kind'], readonly string[]]> = [
  ['city', ['city', 'city name', 'municipality', 'town', 'name', 'ville', 'ciudad']],
  ['country', ['country', 'country name', 'nation', 'pays', 'pais', 'país']],
  ['year', ['year', 'reference year', 'ref year', 'data year', 'year of data']],
  ['source', ['source', 'sources', 'data source', 'reference', 'provenance']],
  ['ignore', ['ignore', 'skip', '-']],
]

/** The role a name says (`city`, a metric key, a catalogue label), or null. */
export function roleOfName(name: string): ColumnRole | null {
  const key = foldKey(name)
  for (const [kind, names] of NAMED) if (names.includes(key)) return { kind } as ColumnRole
  const metric = METRIC_KEYS.find((k) => k.toLowerCase() === key.replace(/\s+/g, ''))
  if (metric) return { kind: 'metric', metric, unit: null }
  const label = matchLabel(name)
  if (label?.kind === 'metric') return { kind: 'metric', metric: label.key, unit: label.unit }
  const byLabel = METRIC_CATALOGUE.find((m) => foldKey(m.label) === key || foldKey(m.short) === key)
  return byLabel ? { kind: 'metric', metric: byLabel.key, unit: null } : null
}

export interface ColumnMapping {
  roles: Array<ColumnRole | null>
  /** Headers with no role (their cells are not read). */
  unknown: string[]
  /** A one-line reason per problem that stops the fill (no city column, two columns for one metric, a bad mapping). */
  problems: string[]
}

/** `Pop 2020=population,Nom=city` → { 'Pop 2020': 'population', Nom: 'city' }. */
export function parseMapping(spec: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of spec.split(',')) {
    const eq = part.lastIndexOf('=')
    if (eq <= 0) throw new Error(`--map: "${part.trim()}" is not COLUMN=FIELD`)
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
  }
  return out
}

export function mapColumns(
  header: readonly string[],
  mapping: Readonly<Record<string, string>> = {},
): ColumnMapping {
  const problems: string[] = []
  const given = new Map(Object.entries(mapping).map(([column, name]) => [foldKey(column), name]))
  for (const column of Object.keys(mapping)) {
    if (!header.some((h) => foldKey(h) === foldKey(column)))
      problems.push(`mapping: the table has no column "${column}"`)
  }
  const roles = header.map((h) => {
    const name = given.get(foldKey(h))
    if (name === undefined) return roleOfName(h)
    const role = roleOfName(name)
    if (!role)
      problems.push(
        `mapping: "${name}" (for column "${h}") is not city, country, year, source, ignore or a metric`,
      )
    return role
  })
  const unknown = header.filter((_, i) => roles[i] === null)
  const key = (r: ColumnRole): string => (r.kind === 'metric' ? r.metric : r.kind)
  const seen = new Map<string, string>()
  header.forEach((h, i) => {
    const role = roles[i]
    if (!role || role.kind === 'ignore') return
    const other = seen.get(key(role))
    if (other !== undefined)
      problems.push(`columns "${other}" and "${h}" both hold ${key(role)}: map one of them to ignore`)
    else seen.set(key(role), h)
  })
  if (!roles.some((r) => r?.kind === 'city'))
    problems.push('no city column (name one with --map COLUMN=city)')
  if (!roles.some((r) => r?.kind === 'metric'))
    problems.push('no metric column (name one with --map COLUMN=METRIC)')
  return { roles, unknown, problems }
}
