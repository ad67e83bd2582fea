// Which profiles the table shows, and the facet counts beside it, in one pass over the summaries (fast at
// 100,000). A facet's counts reflect every other active filter but not its own, so the curator can see what
// picking another value of the same facet would add.
import type { ProfileSummary } from '../../../../core/library/summary'
import type { Layout, MetricKey, Status } from '../../../../core/model'

export interface Filters {
  /** Deleted profiles only (the trash), or none of them. */
  trash: boolean
  status: ReadonlySet<Status>
  country: ReadonlySet<string>
  layout: ReadonlySet<Layout>
  /** Profiles missing any of these metrics. */
  missing: ReadonlySet<MetricKey>
  /** Profiles with (true) or without (false) unassigned lines; null for both. */
  unassigned: boolean | null
}

export const NO_FILTERS: Filters = {
  trash: false,
  status: new Set(),
  country: new Set(),
  layout: new Set(),
  missing: new Set(),
  unassigned: null,
}

export type FacetName = 'status' | 'country' | 'layout' | 'missing' | 'unassigned'

export interface FacetCounts {
  status: Map<Status, number>
  country: Map<string, number>
  layout: Map<Layout, number>
  missing: Map<MetricKey, number>
  unassigned: Map<'yes' | 'no', number>
}

export interface Filtered {
  rows: ProfileSummary[]
  counts: FacetCounts
  /** Profiles in the current view (library or trash) before facets and search: "12 of 340". */
  total: number
}

const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1)

/**
 * @param hits the ids a full-text search found, or null when nothing is searched: search narrows the rows and
 *   every facet's counts alike.
 */
export function filterSummaries(
  summaries: readonly ProfileSummary[],
  filters: Filters,
  hits: ReadonlySet<string> | null,
): Filtered {
  const counts: FacetCounts = {
    status: new Map(),
    country: new Map(),
    layout: new Map(),
    missing: new Map(),
    unassigned: new Map(),
  }
  const rows: ProfileSummary[] = []
  let total = 0
  for (const summary of summaries) {
    if ((summary.deleted !== null) !== filters.trash) continue
    total += 1
    if (hits && !hits.has(summary.id)) continue
    const status = filters.status.size === 0 || filters.status.has(summary.status)
    const country = filters.country.size === 0 || filters.country.has(summary.country)
    const layout = filters.layout.size === 0 || filters.layout.has(summary.layout)
    const missing = filters.missing.size === 0 || summary.missing.some((key) => filters.missing.has(key))
    const unassigned = filters.unassigned === null || summary.unassigned > 0 === filters.unassigned
    const failing = +!status + +!country + +!layout + +!missing + +!unassigned
    // A row that fails two facets shows in no count: choosing more in either would still leave it out.
    if (failing > 1) continue
    if (failing === 0) rows.push(summary)
    // A row that fails one facet counts only in that facet: picking that value would bring it in.
    if (failing === 0 || !status) add(counts.status, summary.status)
    if (failing === 0 || !country) add(counts.country, summary.country)
    if (failing === 0 || !layout) add(counts.layout, summary.layout)
    if (failing === 0 || !unassigned) add(counts.unassigned, summary.unassigned > 0 ? 'yes' : 'no')
    if (failing === 0 || !missing) for (const key of summary.missing) add(counts.missing, key)
  }
  return { rows, counts, total }
}

/** A string that changes exactly when the filters do (sets compared by content, not identity). */
export function filtersKey(filters: Filters): string {
  const sorted = (set: ReadonlySet<string>) => [...set].sort()
  return JSON.stringify([
    filters.trash,
    sorted(filters.status),
    sorted(filters.country),
    sorted(filters.layout),
    sorted(filters.missing),
    filters.unassigned,
  ])
}
