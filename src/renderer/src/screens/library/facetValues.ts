// The values a facet lists, in the order a curator scans them.
import { LAYOUTS, METRIC_KEYS, type Layout, type MetricKey, type Status } from '../../../../core/model'

export const STATUSES: readonly Status[] = ['draft', 'in-review', 'done']

/** Catalogue order, every metric, so the list never jumps as counts change. */
export const MISSING_KEYS: readonly MetricKey[] = METRIC_KEYS

/** Layouts present (or chosen), in the model's order. */
export function layoutValues(counts: ReadonlyMap<Layout, number>, chosen: ReadonlySet<Layout>): Layout[] {
  return LAYOUTS.filter((layout) => (counts.get(layout) ?? 0) > 0 || chosen.has(layout))
}

/**
 * Countries by count, then name; the chosen ones always listed. `limit` keeps a list of 150 countries short
 * until the curator asks for all of them.
 */
export function countryValues(
  counts: ReadonlyMap<string, number>,
  chosen: ReadonlySet<string>,
  { limit, match }: { limit: number | null; match: string },
): { values: string[]; hidden: number } {
  const wanted = match.trim().toLowerCase()
  const all = [...new Set([...counts.keys(), ...chosen])]
    .filter((country) => wanted === '' || country.toLowerCase().includes(wanted))
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b))
  if (limit === null || all.length <= limit) return { values: all, hidden: 0 }
  const shown = all.slice(0, limit)
  const extra = all.slice(limit).filter((country) => chosen.has(country))
  return { values: [...shown, ...extra], hidden: all.length - shown.length - extra.length }
}
