// One row of the library table. Only the rows on screen exist, and each is plain markup with CSS classes (no
// Mantine components), so that scrolling through 100,000 profiles stays smooth. Events are handled once, on
// the table, through data-index.
import { memo } from 'react'
import type { ProfileSummary } from '../../../../core/library/summary'
import { METRIC_LABEL, METRIC_SHORT } from '../../components/metricLabels'
import { STATUS_COLOR, STATUS_LABEL } from '../../components/status'
import { useProblemCount } from '../../app/problems'
import { Highlighted } from './Highlighted'
import { relativeTime } from './relativeTime'
import classes from './LibraryTable.module.css'

// One formatter for every row: toLocaleString() would build a new one per row while scrolling.
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

interface TableRowProps {
  summary: ProfileSummary
  index: number
  top: number
  selected: boolean
  focused: boolean
  /** Search terms to mark in the names, and where else they matched. */
  terms: readonly string[] | null
  elsewhere: string | null
  now: Date
}

export const TableRow = memo(function TableRow({
  summary,
  index,
  top,
  selected,
  focused,
  terms,
  elsewhere,
  now,
}: TableRowProps) {
  const when = summary.deleted ?? summary.updatedAt
  const missing = summary.missing.map((key) => METRIC_SHORT[key]).join(', ')
  const problems = useProblemCount(summary.id)
  return (
    <div
      id={`row-${summary.id}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      data-testid="library-row"
      data-id={summary.id}
      className={classes.row}
      data-selected={selected || undefined}
      data-focused={focused || undefined}
      data-snippet={elsewhere ? true : undefined}
      style={{ transform: `translateY(${top}px)` }}
    >
      <span role="gridcell" className={classes.checkCell}>
        <span className={classes.check} data-role="check" data-checked={selected || undefined} aria-hidden />
      </span>
      <span role="gridcell" className={classes.cityCell}>
        <span className={classes.city} data-testid="row-city">
          {summary.city ? (
            <Highlighted text={summary.city} terms={terms} />
          ) : (
            <span className={classes.dim}>Unknown city</span>
          )}
        </span>
        {elsewhere && (
          <span className={classes.snippet} data-testid="row-snippet">
            {elsewhere}
          </span>
        )}
      </span>
      <span role="gridcell" className={classes.text} data-testid="row-country">
        {summary.country ? (
          <Highlighted text={summary.country} terms={terms} />
        ) : (
          <span className={classes.dim}>—</span>
        )}
      </span>
      <span role="gridcell">
        <span className={classes.badge} data-color={STATUS_COLOR[summary.status]} data-testid="row-status">
          {STATUS_LABEL[summary.status]}
        </span>
      </span>
      <span role="gridcell" className={classes.complete} title={`${summary.percent}% of the metrics filled`}>
        <span className={classes.bar}>
          <span className={classes.barFill} style={{ width: `${summary.percent}%` }} />
        </span>
        <span className={classes.number}>{summary.percent}%</span>
      </span>
      <span
        role="gridcell"
        className={classes.text}
        title={summary.missing.map((key) => METRIC_LABEL[key]).join('\n') || undefined}
        data-testid="row-missing"
      >
        {missing || <span className={classes.dim}>none</span>}
      </span>
      <span role="gridcell" className={classes.text}>
        {problems > 0 || summary.unassigned > 0 ? (
          <span className={classes.warn} data-testid="row-problems">
            {[
              problems > 0 ? `${problems} ${problems === 1 ? 'problem' : 'problems'}` : '',
              summary.unassigned > 0 ? `${summary.unassigned} unassigned` : '',
            ]
              .filter(Boolean)
              .join(', ')}
          </span>
        ) : (
          <span className={classes.dim}>—</span>
        )}
      </span>
      {/* In the trash, when it was deleted: what a curator about to restore a profile looks for. */}
      <span
        role="gridcell"
        className={`${classes.text} ${classes.updated}`}
        title={fullDate.format(new Date(when))}
      >
        {relativeTime(when, now)}
      </span>
    </div>
  )
})
