// The report's rows, virtualised: an import of a folder of 10,000 files gives 10,000 rows.
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { ImportRow } from '../../../../core/library/reports'
import { fileLabel, OUTCOME_COLOR, outcomeLabel, rowDetail } from './reportRows'
import classes from './ReportTable.module.css'

const ROW_HEIGHT = 36

export function ReportTable({ rows }: { rows: readonly ImportRow[] }) {
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  return (
    <div className={classes.table} role="table" aria-rowcount={rows.length} data-testid="import-report-table">
      <div className={`${classes.row} ${classes.head}`} role="row">
        <span role="columnheader">File</span>
        <span role="columnheader">Outcome</span>
        <span role="columnheader">City</span>
        <span role="columnheader">Reason or differences</span>
      </div>
      <div
        ref={scroller}
        className={classes.body}
        style={{ height: Math.min(rows.length * ROW_HEIGHT, 420) }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]
            if (!row) return null
            const detail = rowDetail(row)
            return (
              <div
                key={item.key}
                className={classes.row}
                role="row"
                data-testid="import-report-row"
                data-outcome={row.outcome}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span className={classes.file} title={row.file}>
                  {fileLabel(row)}
                </span>
                <span>
                  <span
                    className={classes.badge}
                    data-color={OUTCOME_COLOR[row.outcome]}
                    data-testid="import-outcome"
                  >
                    {outcomeLabel(row)}
                  </span>
                </span>
                <span className={classes.cell} title={row.country ? `${row.city}, ${row.country}` : row.city}>
                  {row.city || '—'}
                </span>
                <span className={classes.detail} title={detail}>
                  {detail || '—'}
                </span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
