// Loads the sample profiles from main. The renderer keeps no copy of its own: reload asks again.
import { useCallback, useEffect, useState } from 'react'
import type { ApiError, SampleList } from '../../../shared/api'

export type SamplesState =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; list: SampleList }

export function useSamples(): { state: SamplesState; reload: () => void } {
  const [state, setState] = useState<SamplesState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    // Called inside then() so that even a missing bridge ends as an error on screen, not a blank window.
    Promise.resolve()
      .then(() => window.api['samples:list']({}))
      .then(
        (reply) => {
          if (!current) return
          setState(
            reply.ok ? { status: 'ready', list: reply.value } : { status: 'error', error: reply.error },
          )
        },
        (error: unknown) => {
          if (!current) return
          setState({ status: 'error', error: { code: 'internal', message: String(error) } })
        },
      )
    return () => {
      current = false
    }
  }, [attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, reload }
}
