// The sticky header: every column sorts on click or on Enter/Space (its label is a button), and the checkbox
// selects every row in view, or none.
import { memo } from 'react'
import { Icon } from '../../components/icons'
import { COLUMNS } from './columns'
import classes from './LibraryTable.module.css'
import type { Sort, SortKey } from './sorting'

interface TableHeaderProps {
  /** The trash dates its rows by deletion, not update. */
  trash: boolean
  sort: Sort
  onSort: (key: SortKey) => void
  checked: 'none' | 'some' | 'all'
  onCheck: () => void
}

/** Memoised: the table renders again at every scroll step, its header need not. */
export const TableHeader = memo(function TableHeader({
  trash,
  sort,
  onSort,
  checked,
  onCheck,
}: TableHeaderProps) {
  return (
    <div className={classes.header} role="row" aria-rowindex={1}>
      <span role="columnheader" className={classes.checkCell}>
        <button
          type="button"
          className={classes.check}
          data-checked={checked === 'all' || undefined}
          data-mixed={checked === 'some' || undefined}
          aria-label={checked === 'all' ? 'Select none' : 'Select every row shown'}
          onClick={(event) => {
            // The table's own click handler reads rows; this is not one.
            event.stopPropagation()
            onCheck()
          }}
          data-testid="select-all"
        />
      </span>
      {COLUMNS.map((column) => {
        const active = sort.key === column.key
        return (
          <span
            key={column.key}
            role="columnheader"
            aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            className={column.align === 'right' ? classes.right : undefined}
          >
            <button
              type="button"
              className={classes.sortButton}
              data-active={active || undefined}
              onClick={(event) => {
                event.stopPropagation()
                onSort(column.key)
              }}
              data-testid={`sort-${column.key}`}
            >
              {trash && column.key === 'updatedAt' ? 'Deleted' : column.label}
              <span className={classes.sortMark} data-direction={active ? sort.direction : undefined}>
                <Icon name="chevronDown" size={13} stroke={2.2} />
              </span>
            </button>
          </span>
        )
      })}
    </div>
  )
})
