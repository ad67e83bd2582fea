// The quiet "saving / saved" indicator in the header, and the context any screen reports its writes to.
// Each screen reports under its own name, so that one screen saving never hides another's error.
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { combineSaving, type SavingState, type ShownSaving } from './savingState'

interface SavingValue {
  state: ShownSaving
  /** What a screen's writes are doing now; the editor passes this as its onSavingChange. */
  report: (source: string, state: SavingState) => void
  /** Runs one write of the app shell or the library screen and reports it. */
  track: <T>(write: Promise<T>) => Promise<T>
}

const SavingContext = createContext<SavingValue | null>(null)

export function SavingProvider({ children }: { children: ReactNode }) {
  const [sources, setSources] = useState<Record<string, SavingState>>({})
  const running = useRef(0)

  const report = useCallback((source: string, state: SavingState) => {
    setSources((current) => (current[source] === state ? current : { ...current, [source]: state }))
  }, [])

  const track = useCallback(
    async <T,>(write: Promise<T>): Promise<T> => {
      // Overlapping writes share one source: it says "saving" until the last one ends.
      running.current += 1
      report('app', 'saving')
      try {
        const value = await write
        running.current -= 1
        if (running.current === 0) report('app', 'saved')
        return value
      } catch (error) {
        running.current -= 1
        report('app', 'error')
        throw error
      }
    },
    [report],
  )

  const value = useMemo(
    () => ({ state: combineSaving(Object.values(sources)), report, track }),
    [sources, report, track],
  )
  return <SavingContext.Provider value={value}>{children}</SavingContext.Provider>
}

export function useSaving(): SavingValue {
  const value = useContext(SavingContext)
  if (!value) throw new Error('useSaving outside SavingProvider')
  return value
}
