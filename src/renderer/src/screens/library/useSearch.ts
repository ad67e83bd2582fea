// Full-text search through main (library:search), debounced while the curator types. The previous hits stay
// until the new ones arrive, so the table does not flash empty between keystrokes.
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import type { SearchHit } from '../../../../shared/api'
import { call } from '../../api/call'
import { notifyError } from '../../app/notify'

const DEBOUNCE_MS = 200

export interface SearchResult {
  /** Hits by profile id, or null when nothing is searched. */
  hits: ReadonlyMap<string, SearchHit> | null
  pending: boolean
}

/** @param seq the library's seq: an edit can change what matches, so the search runs again. */
export function useSearch(query: string, seq: number | null): SearchResult {
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS)
  const [result, setResult] = useState<{ query: string; hits: Map<string, SearchHit> } | null>(null)

  useEffect(() => {
    if (debounced === '') return
    let current = true
    call('library:search', { query: debounced, limit: 100_000 }).then(
      (hits) => {
        if (current) setResult({ query: debounced, hits: new Map(hits.map((hit) => [hit.id, hit])) })
      },
      (error: unknown) => {
        if (current) notifyError('The search failed', error)
      },
    )
    return () => {
      current = false
    }
  }, [debounced, seq])

  const searching = query.trim() !== ''
  return {
    hits: searching && result ? result.hits : null,
    pending: searching && result?.query !== query.trim(),
  }
}
