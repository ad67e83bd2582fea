// The virtualised table of profiles: a sticky header, then only the rows in view. One focusable grid carries
// the keyboard (arrows, Page keys, Home/End, Shift to extend, Space to select, Enter to open, Ctrl/Cmd+A).
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react'
import type { ProfileSummary } from '../../../../core/library/summary'
import type { SearchHit } from '../../../../shared/api'
import { HEADER_HEIGHT, ROW_HEIGHT } from './columns'
import { elsewhereLine } from './highlight'
import classes from './LibraryTable.module.css'
import { clickRow, navigate, NO_SELECTION, selectAll, toggleRow, type Selection } from './selection'
import type { Sort, SortKey } from './sorting'
import { useRevealRow } from './useRevealRow'
import { TableHeader } from './TableHeader'
import { TableRow } from './TableRow'
import { useNow } from './useNow'

interface LibraryTableProps {
  rows: readonly ProfileSummary[]
  sort: Sort
  onSort: (key: SortKey) => void
  selection: Selection
  onSelection: (selection: Selection) => void
  focusId: string | null
  onFocus: (id: string | null) => void
  hits: ReadonlyMap<string, SearchHit> | null
  onOpen: (id: string) => void
  trash: boolean
  /** Changes when the list is a different one (filters, sort, search). */
  scrollKey: string
}

export function LibraryTable(props: LibraryTableProps) {
  const { rows, sort, onSort, selection, onSelection, focusId, onFocus, hits, onOpen, trash, scrollKey } =
    props
  const scroller = useRef<HTMLDivElement>(null)
  const now = useNow()
  const order = useMemo(() => rows.map((row) => row.id), [rows])
  const focusIndex = useMemo(() => (focusId === null ? -1 : order.indexOf(focusId)), [order, focusId])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    scrollMargin: HEADER_HEIGHT,
    overscan: 8,
  })

  // Keep the focused row in view when the keyboard moves it, and when the screen comes back from the editor.
  const reveal = useRevealRow(scroller, focusIndex, {
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    initially: true,
  })
  // Back from the editor, the keys go on where they left off.
  const returning = useRef(focusId !== null)
  useEffect(() => {
    if (returning.current) scroller.current?.focus({ preventScroll: true })
  }, [])

  // Another filter, sort or search is a new list: it starts from the top (but a refresh after an edit is not).
  const firstKey = useRef(scrollKey)
  useEffect(() => {
    if (scrollKey === firstKey.current || !scroller.current) return
    firstKey.current = scrollKey
    scroller.current.scrollTop = 0
  }, [scrollKey])

  const focusRow = (index: number) => {
    reveal.current = true
    onFocus(order[index] ?? null)
  }

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement
    const index = Number(target.closest<HTMLElement>('[data-index]')?.dataset['index'] ?? NaN)
    if (Number.isNaN(index)) return
    const id = order[index]
    if (id === undefined) return
    const mod = event.ctrlKey || event.metaKey
    if (target.dataset['role'] === 'check' && !event.shiftKey) onSelection(toggleRow(selection, id))
    else onSelection(clickRow(selection, order, index, { shift: event.shiftKey, mod }))
    onFocus(id)
  }

  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')
    const id = order[Number(row?.dataset['index'] ?? NaN)]
    if (id !== undefined && (event.target as HTMLElement).dataset['role'] !== 'check') onOpen(id)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys on a header button (Enter sorts) are that button's, not the focused row's.
    if (event.target !== event.currentTarget) return
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
    const id = order[focusIndex]
    if (event.key === ' ' && id !== undefined) {
      event.preventDefault()
      onSelection(toggleRow(selection, id))
    } else if (event.key === 'Enter' && id !== undefined) {
      event.preventDefault()
      onOpen(id)
    } else if (event.key === 'Escape' && selection.ids.size > 0) {
      event.preventDefault()
      onSelection(NO_SELECTION)
    }
  }

  const selectedCount = useMemo(
    () => order.reduce((n, id) => n + +selection.ids.has(id), 0),
    [order, selection],
  )

  const onCheck = useCallback(
    () => onSelection(selectedCount === order.length ? NO_SELECTION : selectAll(selection, order)),
    [onSelection, selectedCount, order, selection],
  )

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      role="grid"
      aria-label="Profiles"
      aria-rowcount={rows.length + 1}
      aria-multiselectable
      aria-activedescendant={focusIndex >= 0 ? `row-${order[focusIndex]}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
      data-testid="library-table"
      style={{ '--row-height': `${ROW_HEIGHT}px`, '--header-height': `${HEADER_HEIGHT}px` } as CSSProperties}
    >
      <TableHeader
        trash={trash}
        sort={sort}
        onSort={onSort}
        checked={selectedCount === 0 ? 'none' : selectedCount === order.length ? 'all' : 'some'}
        onCheck={onCheck}
      />
      <div className={classes.rows} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const summary = rows[item.index]
          if (!summary) return null
          const hit = hits?.get(summary.id)
          return (
            <TableRow
              key={summary.id}
              summary={summary}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              selected={selection.ids.has(summary.id)}
              focused={item.index === focusIndex}
              terms={hit ? hit.terms : null}
              elsewhere={hit ? elsewhereLine(hit.terms, hit.fields) : null}
              now={now}
            />
          )
        })}
      </div>
    </div>
  )
}
