// Every profile's summary (the library list's one line per profile), shared by the library screen and the
// command palette. Fetched again whenever the library's seq moves; the previous list stays on screen meanwhile,
// so a bulk action does not flash the table.
import { createContext, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { ProfileSummary } from '../../../core/library/summary'
import { asApiError, call } from '../api/call'
import type { ApiError } from '../api/call'
import { useLibrary } from './library'

interface Loaded {
  dir: string
  summaries: ProfileSummary[]
}

interface SummariesValue {
  /** Null until the first list of this library arrives. */
  summaries: ProfileSummary[] | null
  error: ApiError | null
}

const SummariesContext = createContext<SummariesValue | null>(null)

export function SummariesProvider({ children }: { children: ReactNode }) {
  const { info } = useLibrary()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const dir = info?.dir ?? null
  const seq = info?.seq ?? null

  useEffect(() => {
    if (dir === null) return
    let current = true
    call('library:summaries', {}).then(
      (value) => {
        if (!current) return
        setLoaded({ dir, summaries: value.summaries })
        setError(null)
      },
      (failure: unknown) => {
        if (current) setError(asApiError(failure))
      },
    )
    return () => {
      current = false
    }
  }, [dir, seq])

  const value = useMemo(
    // Another library's list is never shown as this one's.
    () => ({ summaries: loaded && loaded.dir === dir ? loaded.summaries : null, error }),
    [loaded, dir, error],
  )
  return <SummariesContext.Provider value={value}>{children}</SummariesContext.Provider>
}

export function useSummaries(): SummariesValue {
  const value = useContext(SummariesContext)
  if (!value) throw new Error('useSummaries outside SummariesProvider')
  return value
}
