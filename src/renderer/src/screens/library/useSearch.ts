// Full-text search through main (library:search), debounced while the curator types. The previous hits stay
// until the new ones arrive, so the table does not flash empty between keystrokes. Just after a large library
// opens, main answers from the names alone while it builds the full-text index: the search asks again until
// the answer is complete.
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import type { SearchHit } from '../../../../shared/api'
import { call } from '../../api/call'
import { notifyError } from '../../app/notify'

const DEBOUNCE_MS = 200
/** How soon an answer from the names alone is asked again. */
const RETRY_MS = 1500

export interface SearchResult {
  /** Hits by profile id, or null when nothing is searched. */
  hits: ReadonlyMap<string, SearchHit> | null
  pending: boolean
  /** The hits come from the cities and countries only: the full-text index is not ready yet. */
  namesOnly: boolean
}

interface Answer {
  query: string
  hits: Map<string, SearchHit>
  complete: boolean
}

/** @param seq the library's seq: an edit can change what matches, so the search runs again. */
export function useSearch(query: string, seq: number | null): SearchResult {
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS)
  const [result, setResult] = useState<Answer | null>(null)
  const [attempt, setAttempt] = useState(0)

  // A cleared search forgets its hits at once: the next query must not show them while it runs.
  const cleared = query.trim() === ''
  useEffect(() => {
    if (cleared) setResult(null)
  }, [cleared])

  useEffect(() => {
    if (debounced === '') return
    let current = true
    let retry: ReturnType<typeof setTimeout> | undefined
    call('library:search', { query: debounced, limit: 100_000 }).then(
      ({ hits, complete }) => {
        if (!current) return
        setResult({ query: debounced, hits: new Map(hits.map((hit) => [hit.id, hit])), complete })
        if (!complete) retry = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS)
      },
      (error: unknown) => {
        if (current) notifyError('The search failed', error)
      },
    )
    return () => {
      current = false
      clearTimeout(retry)
    }
  }, [debounced, seq, attempt])

  const searching = query.trim() !== ''
  return {
    hits: searching && result ? result.hits : null,
    pending: searching && result?.query !== query.trim(),
    namesOnly: searching && result !== null && !result.complete,
  }
}
