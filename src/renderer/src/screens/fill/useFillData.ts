// Data the fill screens show, fetched again whenever the library's seq moves (an accept, a reject, an undo):
// main computes it, the renderer only shows it.
import { useEffect, useState } from 'react'
import type { Channel, Output } from '../../../../shared/api'
import { asApiError, call, type ApiError } from '../../api/call'
import { useLibrary } from '../../app/library'

export function useFillData<C extends 'suggestions:list' | 'completeness:get'>(
  channel: C,
): { data: Output<C> | null; error: ApiError | null } {
  const { info } = useLibrary()
  const [data, setData] = useState<Output<C> | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const seq = info?.seq ?? null
  const dir = info?.dir ?? null
  useEffect(() => {
    if (dir === null) return
    let current = true
    call(channel as Channel, {}).then(
      (value) => {
        if (!current) return
        setData(value as Output<C>)
        setError(null)
      },
      (failure: unknown) => {
        if (current) setError(asApiError(failure))
      },
    )
    return () => {
      current = false
    }
  }, [channel, dir, seq])
  return { data, error }
}
