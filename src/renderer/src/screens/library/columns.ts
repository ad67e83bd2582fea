// The table's columns and sizes. The grid template itself is in LibraryTable.module.css, shared by the header
// and every row so that they always line up; the heights reach it as CSS variables.
import type { SortKey } from './sorting'

export const ROW_HEIGHT = 44
export const HEADER_HEIGHT = 38

export interface Column {
  key: SortKey
  label: string
  align?: 'right'
}

export const COLUMNS: readonly Column[] = [
  { key: 'city', label: 'City' },
  { key: 'country', label: 'Country' },
  { key: 'status', label: 'Status' },
  { key: 'percent', label: 'Complete' },
  { key: 'missing', label: 'Missing' },
  { key: 'unassigned', label: 'Problems' },
  { key: 'updatedAt', label: 'Updated', align: 'right' },
]
