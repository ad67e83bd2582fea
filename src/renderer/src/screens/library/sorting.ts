// Sorting the table by any column. Ties fall back to city, then id, so the order never jumps between
// refreshes of equal rows.
import type { ProfileSummary } from '../../../../core/library/summary'
import type { Status } from '../../../../core/model'

export const SORT_KEYS = [
  'city',
  'country',
  'status',
  'percent',
  'missing',
  'unassigned',
  'updatedAt',
] as const
export type SortKey = (typeof SORT_KEYS)[number]

export interface Sort {
  key: SortKey
  direction: 'asc' | 'desc'
}

export const DEFAULT_SORT: Sort = { key: 'city', direction: 'asc' }

/** Work order: what still needs doing first. */
const STATUS_ORDER: Record<Status, number> = { draft: 0, 'in-review': 1, done: 2 }

/**
 * A name as it sorts: without case or accents, so Évora sorts with the Es, and numbers by value. Plain string comparison of these
 * keys sorts 100,000 rows in a few tens of milliseconds; Intl.Collator took 400 ms, on every refresh.
 */
export function sortKey(text: string): string {
  // Most names are plain ASCII: skip the Unicode work for them.
  // eslint-disable-next-line no-control-regex -- the ASCII range, control characters included
  const plain = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '')
  // Numbers in numeric order (District 2 before District 10): pad them to one width.
  const key = plain.toLowerCase()
  return /\d/.test(key) ? key.replace(/\d+/g, (digits) => digits.padStart(12, '0')) : key
}

/** What each column sorts by: names by their sort key, everything else as a number. */
const SORT_VALUE: Record<SortKey, (row: ProfileSummary) => string | number> = {
  city: (row) => sortKey(row.city),
  country: (row) => sortKey(row.country),
  status: (row) => STATUS_ORDER[row.status],
  percent: (row) => row.percent,
  missing: (row) => row.missing.length,
  unassigned: (row) => row.unassigned,
  // In the trash the column shows when a profile was deleted, and sorts by it. Timestamps may carry different
  // offsets, so compare instants, not strings.
  updatedAt: (row) => Date.parse(row.deleted ?? row.updatedAt),
}

const compare = <T extends string | number>(a: T, b: T) => (a < b ? -1 : a > b ? 1 : 0)

export function sortSummaries(rows: readonly ProfileSummary[], sort: Sort): ProfileSummary[] {
  const valueOf = SORT_VALUE[sort.key]
  const sign = sort.direction === 'asc' ? 1 : -1
  // Each key computed once, not at every comparison.
  const keyed = rows.map((row) => ({
    row,
    value: valueOf(row),
    city: sort.key === 'city' ? '' : sortKey(row.city),
  }))
  keyed.sort(
    (a, b) => sign * compare(a.value, b.value) || compare(a.city, b.city) || compare(a.row.id, b.row.id),
  )
  return keyed.map(({ row }) => row)
}

/** A click on a header: the same column flips its direction, another starts ascending. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
  return { key, direction: 'asc' }
}
