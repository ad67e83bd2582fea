// What the curator has set up on the library screen: filters, sort, search, selection and the focused row.
// Held by the app, not the screen, so that it survives a visit to the editor and the palette and menu can
// change it (show the trash, focus the search).
import { useCallback, useMemo, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { DEFAULT_SORT, type Sort } from './sorting'
import { NO_FILTERS, type Filters } from './filters'
import { NO_SELECTION, type Selection } from './selection'

export interface LibraryView {
  filters: Filters
  setFilters: (update: (filters: Filters) => Filters) => void
  sort: Sort
  setSort: (sort: Sort) => void
  query: string
  setQuery: (query: string) => void
  selection: Selection
  setSelection: (selection: Selection) => void
  focusId: string | null
  setFocusId: (id: string | null) => void
  searchInput: RefObject<HTMLInputElement | null>
  showTrash: (trash: boolean) => void
  focusSearch: () => void
  /** Another library: nothing set up for the previous one applies. */
  reset: () => void
}

export function useLibraryView(): LibraryView {
  const [filters, setFilterState] = useState<Filters>(NO_FILTERS)
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT)
  const [query, setQuery] = useState('')
  const [selection, setSelection] = useState<Selection>(NO_SELECTION)
  const [focusId, setFocusId] = useState<string | null>(null)
  const searchInput = useRef<HTMLInputElement | null>(null)

  const setFilters = useCallback((update: (filters: Filters) => Filters) => setFilterState(update), [])

  const showTrash = useCallback((trash: boolean) => {
    // The trash and the library hold different profiles: a selection in one means nothing in the other.
    setFilterState((current) => (current.trash === trash ? current : { ...current, trash }))
    setSelection(NO_SELECTION)
  }, [])

  const focusSearch = useCallback(() => {
    searchInput.current?.focus()
    searchInput.current?.select()
  }, [])

  const reset = useCallback(() => {
    setFilterState(NO_FILTERS)
    setQuery('')
    setSelection(NO_SELECTION)
    setFocusId(null)
  }, [])

  return useMemo(
    () => ({
      filters,
      setFilters,
      sort,
      setSort,
      query,
      setQuery,
      selection,
      setSelection,
      focusId,
      setFocusId,
      searchInput,
      showTrash,
      focusSearch,
      reset,
    }),
    [filters, setFilters, sort, query, selection, focusId, showTrash, focusSearch, reset],
  )
}
