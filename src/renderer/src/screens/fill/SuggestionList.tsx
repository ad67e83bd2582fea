// The review queue's list: one row per suggestion (the profile, the metric, the value, the confidence, and the
// evidence with its matched words), virtualised. One focusable list carries the keyboard: arrows and Page keys
// move, Shift extends, Space selects, Ctrl/Cmd+A selects all, A accepts, R rejects, Enter opens the profile.
import { Badge } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react'
import { formatMetric } from '../../../../core/metrics/formatMetric'
import type { SuggestionItem } from '../../../../shared/fillApi'
import { METRIC_SHORT } from '../../components/metricLabels'
import { clickRow, navigate, toggleRow, type Selection } from '../library/selection'
import { useRevealRow } from '../library/useRevealRow'
import { Evidence } from './Evidence'
import { excerptStart } from './evidenceParts'
import classes from './fill.module.css'
import { rowId } from './reviewFilters'

export const ROW_HEIGHT = 60
export const LEVEL_COLOR = { high: 'teal', medium: 'yellow', low: 'gray' } as const

interface SuggestionListProps {
  rows: readonly SuggestionItem[]
  focusId: string | null
  onFocus: (id: string | null) => void
  selection: Selection
  onSelection: (selection: Selection) => void
  onAccept: () => void
  onReject: () => void
  onOpen: (profileId: string) => void
}

export function SuggestionList(props: SuggestionListProps) {
  const { rows, focusId, onFocus, selection, onSelection, onAccept, onReject, onOpen } = props
  const scroller = useRef<HTMLDivElement>(null)
  const order = rows.map(rowId)
  const focusIndex = focusId === null ? -1 : order.indexOf(focusId)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })

  const reveal = useRevealRow(scroller, focusIndex, {
    rowHeight: ROW_HEIGHT,
    headerHeight: 0,
    initially: false,
  })

  const focusRow = (index: number) => {
    reveal.current = true
    onFocus(order[index] ?? null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mod = event.ctrlKey || event.metaKey
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1)
    const press = { key: event.key, shift: event.shiftKey, mod, alt: event.altKey }
    const step = navigate(press, selection, order, focusIndex, page)
    if (step) {
      event.preventDefault()
      if (step.focus !== null) focusRow(step.focus)
      if (step.selection) onSelection(step.selection)
      return
    }
    if (mod || event.altKey) return
    const key = event.key.toLowerCase()
    const focused = focusIndex >= 0 ? order[focusIndex] : undefined
    if (event.key === ' ' && focused) {
      event.preventDefault()
      onSelection(toggleRow(selection, focused))
    } else if (key === 'a') {
      event.preventDefault()
      onAccept()
    } else if (key === 'r') {
      event.preventDefault()
      onReject()
    } else if (event.key === 'Enter' && focusIndex >= 0) {
      event.preventDefault()
      onOpen(rows[focusIndex]!.profileId)
    } else if (event.key === 'Escape' && selection.ids.size > 0) {
      event.preventDefault()
      onSelection({ ids: new Set(), anchor: null })
    }
  }

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement
    const index = Number(target.closest<HTMLElement>('[data-index]')?.dataset['index'] ?? NaN)
    const id = order[index]
    if (id === undefined) return
    const mod = event.ctrlKey || event.metaKey
    if (target.dataset['role'] === 'check' && !event.shiftKey) onSelection(toggleRow(selection, id))
    else if (mod || event.shiftKey)
      onSelection(clickRow(selection, order, index, { shift: event.shiftKey, mod }))
    onFocus(id)
  }

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      tabIndex={0}
      role="listbox"
      aria-multiselectable
      aria-label="Suggestions"
      aria-activedescendant={focusIndex >= 0 ? `suggestion-${focusIndex}` : undefined}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onDoubleClick={(event) => {
        const index = Number(
          (event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset['index'] ?? NaN,
        )
        const row = rows[index]
        if (row) onOpen(row.profileId)
      }}
      onFocus={() => {
        if (focusIndex < 0 && rows.length > 0) focusRow(0)
      }}
      style={{ '--row-height': `${ROW_HEIGHT}px` } as CSSProperties}
      data-testid="suggestion-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const s = rows[item.index]!
          const id = order[item.index]!
          const selected = selection.ids.has(id)
          return (
            <div
              key={id}
              id={`suggestion-${item.index}`}
              role="option"
              aria-selected={selected}
              className={classes.row}
              data-index={item.index}
              data-selected={selected || undefined}
              data-focused={item.index === focusIndex || undefined}
              data-testid="suggestion-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <input
                type="checkbox"
                className={classes.check}
                checked={selected}
                readOnly
                tabIndex={-1}
                data-role="check"
                aria-label={`Select ${s.city}: ${METRIC_SHORT[s.metric]}`}
              />
              <div className={classes.head}>
                <span className={classes.city}>{s.city}</span>
                <span className={classes.dim}>{s.country}</span>
                <span className={classes.dim}>·</span>
                <span>{METRIC_SHORT[s.metric]}</span>
                <span className={classes.value}>{formatMetric(s.value)}</span>
              </div>
              <div className={classes.side}>
                <Badge
                  size="sm"
                  variant="light"
                  color={LEVEL_COLOR[s.level]}
                  title={`confidence ${s.confidence.toFixed(2)}`}
                >
                  {s.kind === 'derived' ? 'derived' : s.level}
                </Badge>
              </div>
              <div className={classes.line} title={s.evidence}>
                <Evidence
                  text={s.evidence}
                  matches={s.matches}
                  from={excerptStart(s.evidence, s.matches, 24)}
                />
              </div>
            </div>
          )
        })}
      </div>
    </div>
  )
}
