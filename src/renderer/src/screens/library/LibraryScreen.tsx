// The library: facets on the left, then the search, the table of profiles and, while rows are selected, the
// bulk actions. Everything shown comes from main's summaries and search; this screen only filters and sorts.
import { Alert, Button, Skeleton, Stack } from '@mantine/core'
import { useCallback, useMemo } from 'react'
import { useLibrary } from '../../app/library'
import { useSummaries } from '../../app/summaries'
import { BulkBar } from './BulkBar'
import { EmptyTable } from './EmptyTable'
import { FacetPanel } from './FacetPanel'
import { filterSummaries, filtersKey, NO_FILTERS } from './filters'
import { LibraryTable } from './LibraryTable'
import classes from './LibraryScreen.module.css'
import { NO_SELECTION, selectedInView } from './selection'
import { nextSort, sortSummaries, type SortKey } from './sorting'
import { Toolbar } from './Toolbar'
import type { LibraryView } from './useLibraryView'
import { useSearch } from './useSearch'

interface LibraryScreenProps {
  view: LibraryView
  onOpen: (id: string) => void
  onImport: (purpose: 'import-files' | 'import-folder') => void
}

export function LibraryScreen({ view, onOpen, onImport }: LibraryScreenProps) {
  const { info, retry } = useLibrary()
  const { summaries, error } = useSummaries()
  const { filters, sort, query, selection } = view
  const search = useSearch(query, info?.seq ?? null)

  const hitIds = useMemo(() => (search.hits ? new Set(search.hits.keys()) : null), [search.hits])
  // Sorted once per list and sort, then filtered in that order: a facet click or a search at 100,000
  // profiles is one pass, not a sort of every row shown.
  const sorted = useMemo(() => sortSummaries(summaries ?? [], sort), [summaries, sort])
  const filtered = useMemo(() => filterSummaries(sorted, filters, hitIds), [sorted, filters, hitIds])
  const rows = filtered.rows
  const order = useMemo(() => rows.map((row) => row.id), [rows])
  const selected = useMemo(() => selectedInView(selection, order), [selection, order])
  const { setSort } = view
  const onSort = useCallback((key: SortKey) => setSort(nextSort(sort, key)), [setSort, sort])
  const viewCounts = useMemo(() => {
    const trash = (summaries ?? []).reduce((n, s) => n + +(s.deleted !== null), 0)
    return { trash, library: (summaries?.length ?? 0) - trash }
  }, [summaries])

  if (error && !summaries) {
    return (
      <Alert color="red" variant="light" title="The profiles could not be listed" data-testid="library-error">
        {error.message}
        <Button size="xs" variant="light" color="red" mt="sm" display="block" onClick={retry}>
          Try again
        </Button>
      </Alert>
    )
  }

  const searching = query.trim() !== ''
  const empty =
    rows.length > 0
      ? null
      : filtered.total === 0 && !searching
        ? filters.trash
          ? 'empty-trash'
          : 'empty-library'
        : 'no-match'

  return (
    <div className={classes.screen} data-testid="library-screen">
      <aside className={classes.facets} aria-label="Filters">
        {/* Nothing to narrow in an empty view; the column stays, so the table does not jump sideways. */}
        {filtered.total > 0 && (
          <FacetPanel counts={filtered.counts} filters={filters} setFilters={view.setFilters} />
        )}
      </aside>
      <div className={classes.main}>
        <Toolbar
          query={query}
          onQuery={view.setQuery}
          searching={search.pending}
          namesOnly={search.namesOnly}
          searchInput={view.searchInput}
          trash={filters.trash}
          onTrash={view.showTrash}
          counts={viewCounts}
          shown={rows.length}
          total={filtered.total}
        />
        <div className={classes.table}>
          {!summaries ? (
            <Stack gap={6} data-testid="library-loading">
              {Array.from({ length: 8 }, (_, n) => (
                <Skeleton key={n} height={36} radius="sm" />
              ))}
            </Stack>
          ) : empty ? (
            <div className={classes.empty}>
              <EmptyTable
                why={empty}
                onImport={onImport}
                onClearFilters={() => {
                  view.setQuery('')
                  view.setFilters((f) => ({ ...NO_FILTERS, trash: f.trash }))
                }}
              />
            </div>
          ) : (
            <LibraryTable
              rows={rows}
              sort={sort}
              onSort={onSort}
              selection={selection}
              onSelection={view.setSelection}
              focusId={view.focusId}
              onFocus={view.setFocusId}
              hits={search.hits}
              onOpen={onOpen}
              trash={filters.trash}
              scrollKey={JSON.stringify([sort, query.trim(), filtersKey(filters)])}
            />
          )}
        </div>
      </div>
      <BulkBar ids={selected} trash={filters.trash} onClear={() => view.setSelection(NO_SELECTION)} />
    </div>
  )
}
