// A fill from a reference table, planned before anything is written: the metrics it fills, what it keeps (the
// curator's own values, values already there, the same figure), the rows it cannot place (ambiguous, unmatched)
// and the cells it cannot read. The app previews this plan; the CLI prints it; applying it is one command.
import { metricDefinition, type Metric, type MetricKey, type Profile } from '../../model'
import { parseMetricValue } from '../../metrics/parseMetricValue'
import { valueWithUnit } from '../../parse/labels'
import type { ColumnMapping, ColumnRole } from './columns'
import { ProfileMatcher, type Candidate } from './match'
import type { RawTable } from './readTable'

export interface FillChange {
  profileId: string
  city: string
  country: string
  metric: MetricKey
  row: number
  before: Metric | null
  after: Metric
}

export type KeptReason = 'manual' | 'has-value' | 'same' | 'earlier-row'

export interface KeptValue {
  profileId: string
  city: string
  metric: MetricKey
  row: number
  reason: KeptReason
  current: Metric | null
  offered: Metric
}

export interface TablePlan {
  file: string
  fills: FillChange[]
  kept: KeptValue[]
  ambiguous: Array<{ row: number; city: string; country: string; candidates: Candidate[] }>
  unmatched: Array<{ row: number; city: string; country: string }>
  invalid: Array<{ row: number; column: string; value: string; reason: string }>
  /** Headers no role was found for. */
  unknownColumns: string[]
}

export interface PlanOptions {
  /** The file name written in the evidence (`cities.csv row 12`). */
  file: string
  /** Replace values that are there already, except the curator's own (`manual`). */
  overwrite?: boolean
  /** Also replace `manual` values: only when the curator confirmed it in the app. */
  replaceManual?: boolean
}

type PlanProfile = Pick<Profile, 'id' | 'city' | 'country' | 'metrics'>

const sameFigure = (a: Metric, b: Metric): boolean =>
  a.value === b.value && a.min === b.min && a.max === b.max && a.year === b.year && a.unit === b.unit

function cell(
  table: RawTable['rows'][number],
  roles: ColumnMapping['roles'],
  kind: ColumnRole['kind'],
): string {
  const i = roles.findIndex((r) => r?.kind === kind)
  return i < 0 ? '' : (table.cells[i] ?? '').trim()
}

function yearOf(text: string): number | null {
  const m = /^\d{4}$/.exec(text.trim())
  return m ? Number(m[0]) : null
}

export function planFill(
  table: RawTable,
  mapping: ColumnMapping,
  profiles: Iterable<PlanProfile>,
  options: PlanOptions,
): TablePlan {
  const list = [...profiles]
  const byId = new Map(list.map((p) => [p.id, p]))
  const matcher = new ProfileMatcher(list)
  const plan: TablePlan = {
    file: options.file,
    fills: [],
    kept: [],
    ambiguous: [],
    unmatched: [],
    invalid: [],
    unknownColumns: mapping.unknown,
  }
  const taken = new Set<string>()
  for (const row of table.rows) {
    const city = cell(row, mapping.roles, 'city')
    const country = cell(row, mapping.roles, 'country')
    if (!city) {
      if (row.cells.some((c) => c.trim())) plan.unmatched.push({ row: row.row, city, country })
      continue
    }
    const match = matcher.match(city, country)
    if (match.kind === 'ambiguous') {
      plan.ambiguous.push({ row: row.row, city, country, candidates: match.candidates })
      continue
    }
    if (match.kind === 'unmatched') {
      plan.unmatched.push({ row: row.row, city, country })
      continue
    }
    const profile = byId.get(match.profile.id)!
    const yearText = cell(row, mapping.roles, 'year')
    const year = yearOf(yearText)
    if (yearText && year === null)
      plan.invalid.push({ row: row.row, column: 'year', value: yearText, reason: 'not a year' })
    const source = cell(row, mapping.roles, 'source')
    mapping.roles.forEach((role, i) => {
      if (role?.kind !== 'metric') return
      const raw = (row.cells[i] ?? '').trim()
      if (!raw) return
      const column = table.header[i] ?? role.metric
      // A year in the header (`Population (2019)`) is the column's own: it wins over the row's Year column.
      const columnYear = role.unit ? yearOf(role.unit.slice(0, 4)) : null
      const read = parseMetricValue(valueWithUnit(raw, columnYear ? null : role.unit), role.metric)
      if (!read) {
        const label = metricDefinition(role.metric).label
        plan.invalid.push({ row: row.row, column, value: raw, reason: `not a figure for ${label}` })
        return
      }
      const evidence = [`${options.file} row ${row.row}`, source || null, read.note]
        .filter(Boolean)
        .join('; ')
      const offered: Metric = {
        value: read.value,
        min: read.min,
        max: read.max,
        unit: read.unit,
        year: read.year ?? columnYear ?? year,
        raw,
        origin: 'reference',
        evidence,
      }
      const current = profile.metrics[role.metric]
      const base = {
        profileId: profile.id,
        city: profile.city,
        metric: role.metric,
        row: row.row,
        current,
        offered,
      }
      const slot = `${profile.id}|${role.metric}`
      if (taken.has(slot)) return void plan.kept.push({ ...base, reason: 'earlier-row' })
      taken.add(slot)
      if (current && sameFigure(current, offered)) return void plan.kept.push({ ...base, reason: 'same' })
      if (current && !options.overwrite) return void plan.kept.push({ ...base, reason: 'has-value' })
      if (current?.origin === 'manual' && !options.replaceManual)
        return void plan.kept.push({ ...base, reason: 'manual' })
      plan.fills.push({
        profileId: profile.id,
        city: profile.city,
        country: profile.country,
        metric: role.metric,
        row: row.row,
        before: current,
        after: offered,
      })
    })
  }
  return plan
}
