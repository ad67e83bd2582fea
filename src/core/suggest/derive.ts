// Derived values: population density from population and area, and area from population and density. A value
// stored as `derived` is checked again against its inputs: when they changed, a suggestion to recompute it
// replaces it; when they are gone, a notice flags it.
import { formatMetric } from '../metrics/formatMetric'
import { hashId } from '../model/hashId'
import type { Metric, MetricKey, Metrics, Profile } from '../model'
import { levelOf, type Notice, type Suggestion } from './types'

interface Formula {
  target: MetricKey
  /** target = a / b */
  a: MetricKey
  b: MetricKey
  /** Decimals kept in the result. */
  decimals: number
}

export const FORMULAS: readonly Formula[] = [
  { target: 'populationDensity', a: 'population', b: 'urbanArea', decimals: 1 },
  { target: 'urbanArea', a: 'population', b: 'populationDensity', decimals: 2 },
]

const round = (n: number, decimals: number): number => Number(n.toFixed(decimals))

/** The figure a / b, as a value or a band: a band in `a` over an exact `b` stays a band; otherwise exact only. */
function divide(a: Metric, b: Metric, decimals: number): Pick<Metric, 'value' | 'min' | 'max'> | null {
  if (b.value === null || b.value <= 0) return null
  const by = (n: number | null): number | null => (n === null ? null : round(n / b.value!, decimals))
  if (a.value !== null) return { value: by(a.value), min: null, max: null }
  return a.min !== null || a.max !== null ? { value: null, min: by(a.min), max: by(a.max) } : null
}

const show = (m: Metric): string => formatMetric({ ...m, year: null })

function yearOf(a: Metric, b: Metric): number | null {
  if (a.year !== null && b.year !== null) return a.year === b.year ? a.year : null
  return a.year ?? b.year
}

/** The value a formula gives for the profile's metrics, or null when an input is missing or unusable. */
export function derive(metrics: Metrics, formula: Formula): Metric | null {
  const a = metrics[formula.a]
  const b = metrics[formula.b]
  // A derived input would make two derived values feed each other.
  if (!a || !b || a.origin === 'derived' || b.origin === 'derived') return null
  const figure = divide(a, b, formula.decimals)
  if (!figure) return null
  const years =
    a.year !== null && b.year !== null && a.year !== b.year
      ? ` (${formula.a} ${a.year}, ${formula.b} ${b.year})`
      : ''
  return {
    ...figure,
    unit: formula.target === 'urbanArea' ? 'km2' : 'people/km2',
    year: yearOf(a, b),
    raw: null,
    origin: 'derived',
    evidence: `${formula.target} = ${formula.a} / ${formula.b} = ${show(a)} / ${show(b)}${years}`,
  }
}

const sameFigure = (x: Metric, y: Metric): boolean =>
  x.value === y.value && x.min === y.min && x.max === y.max && x.year === y.year

export interface DeriveResult {
  suggestions: Suggestion[]
  notices: Notice[]
}

/** Derived values for empty metrics, and recomputations of stale derived ones; `rejected` keys are left out. */
export function deriveForProfile(
  profile: Pick<Profile, 'id' | 'metrics'>,
  rejected: ReadonlySet<string> = new Set(),
): DeriveResult {
  const out: DeriveResult = { suggestions: [], notices: [] }
  for (const formula of FORMULAS) {
    const current = profile.metrics[formula.target]
    if (current && current.origin !== 'derived') continue
    const value = derive(profile.metrics, formula)
    if (!value) {
      if (current)
        out.notices.push({
          profileId: profile.id,
          metric: formula.target,
          evidence: current.evidence ?? '',
          figure: show(current),
          reason: `derived from ${formula.a} and ${formula.b}, which are no longer both there: check it`,
        })
      continue
    }
    if (current && sameFigure(current, value)) continue
    const key = `${formula.target}:derived:${hashId(value.evidence!).slice(0, 12)}`
    if (rejected.has(key)) continue
    const confidence = value.year !== null || !value.evidence!.includes('(') ? 0.9 : 0.8
    out.suggestions.push({
      key,
      profileId: profile.id,
      metric: formula.target,
      kind: 'derived',
      value,
      evidence: value.evidence!,
      matches: [],
      sectionId: null,
      heading: null,
      confidence,
      level: levelOf(confidence),
      says: current ? `${formula.a} or ${formula.b} changed: recompute` : `${formula.a} / ${formula.b}`,
      replaces: current,
    })
  }
  return out
}
