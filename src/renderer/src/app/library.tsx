// The library the window works on, as main last described it. The renderer keeps no other truth: a command
// answers the new LibraryInfo, and views refresh when its seq (or the folder) changes.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { LibraryInfo, MutationResult } from '../../../shared/api'
import { asApiError, call } from '../api/call'
import type { ApiError } from '../api/call'
import { notifyError } from './notify'
import { useSaving } from './saving'

interface LibraryValue {
  info: LibraryInfo | null
  /** Why the library could not be shown at all. */
  error: ApiError | null
  accept: (info: LibraryInfo) => void
  /** Asks main again (after a refusal that may itself be news). */
  refresh: () => void
  retry: () => void
  /** Runs a command that changes the library: reported as saving, its answer accepted, a failure notified. */
  mutate: (title: string, write: () => Promise<MutationResult>) => Promise<MutationResult | null>
}

const LibraryContext = createContext<LibraryValue | null>(null)

export function LibraryProvider({ children }: { children: ReactNode }) {
  const { track } = useSaving()
  const [info, setInfo] = useState<LibraryInfo | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    call('library:info', {}).then(
      (value) => {
        if (!current) return
        setInfo(value)
        setError(null)
      },
      (failure: unknown) => {
        if (current) setError(asApiError(failure))
      },
    )
    return () => {
      current = false
    }
  }, [attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  // A failed refresh keeps the last known state: the next command or refresh answers again.
  const refresh = useCallback(() => void call('library:info', {}).then(setInfo, () => {}), [])

  const mutate = useCallback(
    async (title: string, write: () => Promise<MutationResult>) => {
      try {
        const result = await track(write())
        setInfo(result.info)
        return result
      } catch (failure) {
        notifyError(title, failure)
        // The refusal may itself be news (another window took the lock, the stack moved): ask again.
        refresh()
        return null
      }
    },
    [track, refresh],
  )

  const value = useMemo(
    () => ({ info, error, accept: setInfo, refresh, retry, mutate }),
    [info, error, refresh, retry, mutate],
  )
  return <LibraryContext.Provider value={value}>{children}</LibraryContext.Provider>
}

export function useLibrary(): LibraryValue {
  const value = useContext(LibraryContext)
  if (!value) throw new Error('useLibrary outside LibraryProvider')
  return value
}
