// The library's problems (errors and warnings, with counts per profile), shared by the library table's Problems
// column, the problems view and the export dialog. Fetched again whenever the library's seq moves; main keeps
// each profile's own problems, so only what changed is validated again.
import { createContext, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import type { ProblemList } from '../../../shared/exportApi'
import { call } from '../api/call'
import { useLibrary } from './library'

const ProblemsContext = createContext<ProblemList | null>(null)

export function ProblemsProvider({ children }: { children: ReactNode }) {
  const { info } = useLibrary()
  const [loaded, setLoaded] = useState<{ dir: string; list: ProblemList } | null>(null)
  const dir = info?.dir ?? null
  const seq = info?.seq ?? null

  useEffect(() => {
    if (dir === null) return
    let current = true
    // A failure leaves the previous counts; the problems view asks again on its own.
    call('problems:list', {}).then(
      (list) => current && setLoaded({ dir, list }),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [dir, seq])

  const value = useMemo(() => (loaded && loaded.dir === dir ? loaded.list : null), [loaded, dir])
  return <ProblemsContext.Provider value={value}>{children}</ProblemsContext.Provider>
}

/** Null until the first list of this library arrives. */
export function useProblems(): ProblemList | null {
  return useContext(ProblemsContext)
}

/** Errors and warnings of one profile (missing metrics are not counted here). */
export function useProblemCount(id: string): number {
  const list = useContext(ProblemsContext)
  const c = list?.counts[id]
  return c ? c.error + c.warning : 0
}
