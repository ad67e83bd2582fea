// The review queue's filters: by metric, by least confidence, by country. Pure, so the screen only renders.
import type { ConfidenceLevel } from '../../../../core/suggest/types'
import type { MetricKey } from '../../../../core/model'
import type { SuggestionItem } from '../../../../shared/fillApi'

export interface ReviewFilters {
  metric: MetricKey | null
  /** The least confidence shown: `medium` shows high and medium. */
  level: ConfidenceLevel | 'all'
  country: string | null
}

export const NO_REVIEW_FILTERS: ReviewFilters = { metric: null, level: 'all', country: null }

const RANK: Record<ConfidenceLevel, number> = { high: 0, medium: 1, low: 2 }

export function filterSuggestions(
  items: readonly SuggestionItem[],
  filters: ReviewFilters,
): SuggestionItem[] {
  return items.filter(
    (s) =>
      (filters.metric === null || s.metric === filters.metric) &&
      (filters.level === 'all' || RANK[s.level] <= RANK[filters.level]) &&
      (filters.country === null || s.country === filters.country),
  )
}

/** The values a filter can take with how many suggestions each has, most first (then by name). */
export function counts<K extends string>(
  items: readonly SuggestionItem[],
  key: (s: SuggestionItem) => K,
): Array<[K, number]> {
  const out = new Map<K, number>()
  for (const s of items) out.set(key(s), (out.get(key(s)) ?? 0) + 1)
  return [...out].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

/** A row's id in the queue: a key is unique within a profile, not across profiles. */
export const rowId = (s: Pick<SuggestionItem, 'profileId' | 'key'>): string => `${s.profileId}/${s.key}`
