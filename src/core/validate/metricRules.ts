// Problems in the metrics, driven by the catalogue: missing, outside the plausible range, not whole, an exact
// value outside its own band, a density that disagrees with population and area, an impossible member-since year.
import { formatNumber } from '../metrics/formatMetric'
import { METRIC_CATALOGUE, NETWORK_FOUNDED, type Metric, type MetricDefinition, type Profile } from '../model'
import type { Problem } from './problem'

/** How far density may stray from population / area before it is reported (a relative difference). */
export const DENSITY_TOLERANCE = 0.2

export interface ValidateOptions {
  /** The current year, for a member-since year in the future: a parameter so that validation stays pure. */
  year: number
}

type Draft = Omit<Problem, 'profileId'>

const figures = (m: Metric): Array<['value' | 'min' | 'max', number]> =>
  (['value', 'min', 'max'] as const).flatMap((f) => (m[f] === null ? [] : [[f, m[f]] as [typeof f, number]]))

const FIGURE_NAME = { value: 'value', min: 'lower bound', max: 'upper bound' } as const

function rangeProblems(def: MetricDefinition, metric: Metric): Draft[] {
  const target = `metrics.${def.key}` as const
  const out: Draft[] = []
  const n = (x: number): string => formatNumber(x, def.unit)
  for (const [field, x] of figures(metric)) {
    // Member-since years have rules of their own with clearer messages.
    if (def.key === 'memberSince') continue
    if (x < def.range.min || x > def.range.max)
      out.push({
        rule: 'out-of-range',
        severity: 'warning',
        field: `${target}.${field}`,
        target,
        message: `${def.label}: the ${FIGURE_NAME[field]} ${n(x)} is outside the plausible range ${n(def.range.min)}–${n(def.range.max)} ${def.unit}; check the unit and the digits.`,
        fixes: [],
      })
    else if (def.integer && !Number.isInteger(x))
      out.push({
        rule: 'not-integer',
        severity: 'warning',
        field: `${target}.${field}`,
        target,
        message: `${def.label}: ${x} should be a whole number.`,
        fixes: [
          { label: `Round to ${Math.round(x)}`, set: { [target]: { ...metric, [field]: Math.round(x) } } },
        ],
      })
  }
  return out
}

function bandProblem(def: MetricDefinition, metric: Metric): Draft | null {
  const { value, min, max } = metric
  if (value === null || (min === null && max === null)) return null
  if ((min === null || value >= min) && (max === null || value <= max)) return null
  const n = (x: number): string => formatNumber(x, def.unit)
  const band =
    min !== null && max !== null ? `${n(min)}–${n(max)}` : min !== null ? `≥ ${n(min)}` : `≤ ${n(max!)}`
  const target = `metrics.${def.key}` as const
  return {
    rule: 'value-outside-band',
    severity: 'error',
    field: `${target}.value`,
    target,
    message: `${def.label}: the exact value ${n(value)} is outside its own band ${band}; one of them is wrong.`,
    fixes: [
      { label: 'Keep the exact value', set: { [target]: { ...metric, min: null, max: null } } },
      { label: 'Keep the band', set: { [target]: { ...metric, value: null } } },
    ],
  }
}

function memberSinceProblems(metric: Metric, year: number): Draft[] {
  const out: Draft[] = []
  for (const [field, x] of figures(metric)) {
    const base = { field: `metrics.memberSince.${field}`, target: 'metrics.memberSince' as const, fixes: [] }
    if (x < NETWORK_FOUNDED)
      out.push({
        ...base,
        rule: 'member-before-network',
        severity: 'error',
        message: `Member since ${x} is before the Global Network of Learning Cities existed (${NETWORK_FOUNDED}).`,
      })
    else if (x > year)
      out.push({
        ...base,
        rule: 'member-in-future',
        severity: 'error',
        message: `Member since ${x} is in the future (this is ${year}).`,
      })
  }
  return out
}

/** population / area, to compare with the stated density. */
function densityProblem(profile: Profile): Draft | null {
  const { population, urbanArea, populationDensity } = profile.metrics
  const p = population?.value
  const a = urbanArea?.value
  const d = populationDensity?.value
  if (p == null || a == null || d == null || a <= 0) return null
  const computed = p / a
  if (Math.abs(d - computed) <= DENSITY_TOLERANCE * computed) return null
  const n = (x: number): string => formatNumber(x, 'people/km2')
  const rounded = Math.round(computed * 100) / 100
  return {
    rule: 'density-mismatch',
    severity: 'warning',
    field: 'metrics.populationDensity.value',
    target: 'metrics.populationDensity',
    message: `Population density ${n(d)} people/km² disagrees with population / area = ${n(rounded)} people/km² (more than ${DENSITY_TOLERANCE * 100}% apart).`,
    fixes: [
      {
        label: `Set density to ${n(rounded)} (population / area)`,
        set: {
          'metrics.populationDensity': {
            ...populationDensity!,
            value: rounded,
            min: null,
            max: null,
            year: population!.year,
            raw: null,
            origin: 'derived',
            evidence: 'population / urbanArea',
          },
        },
      },
    ],
  }
}

export function metricProblems(profile: Profile, options: ValidateOptions): Draft[] {
  const out: Draft[] = []
  for (const def of METRIC_CATALOGUE) {
    const metric = profile.metrics[def.key]
    const target = `metrics.${def.key}` as const
    if (!metric) {
      out.push({
        rule: 'missing-metric',
        severity: 'info',
        field: target,
        target,
        message: `${def.label} is missing.`,
        fixes: [],
      })
      continue
    }
    out.push(...rangeProblems(def, metric))
    const band = bandProblem(def, metric)
    if (band) out.push(band)
    if (def.key === 'memberSince') out.push(...memberSinceProblems(metric, options.year))
  }
  const density = densityProblem(profile)
  if (density) out.push(density)
  return out
}
