// One export at a time: start it, poll its progress every 200 ms, and keep its report for the dialog.
import { useCallback, useEffect, useState } from 'react'
import type { ExportFilter, ExportFormat, ExportJob, ExportReport } from '../../../../shared/exportApi'
import { call } from '../../api/call'

const POLL_MS = 200
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; job: ExportJob }
  | { phase: 'done'; report: ExportReport }
  | { phase: 'failed'; error: string }

export function useExport() {
  const [state, setState] = useState<ExportState>({ phase: 'idle' })
  const jobId = state.phase === 'running' ? state.job.jobId : null

  useEffect(() => {
    if (jobId === null) return
    let active = true
    const poll = async () => {
      while (active) {
        await sleep(POLL_MS)
        if (!active) return
        try {
          const job = await call('export:status', { jobId })
          if (!active) return
          if (job.finished)
            return setState(
              job.report
                ? { phase: 'done', report: job.report }
                : { phase: 'failed', error: job.error ?? 'failed' },
            )
          setState({ phase: 'running', job })
        } catch (error) {
          if (active)
            setState({ phase: 'failed', error: error instanceof Error ? error.message : String(error) })
          return
        }
      }
    }
    void poll()
    return () => {
      active = false
    }
  }, [jobId])

  const start = useCallback(async (out: string, formats: ExportFormat[], filter: ExportFilter) => {
    try {
      const job = await call('export:start', { out, formats, filter })
      setState({ phase: 'running', job })
    } catch (error) {
      setState({ phase: 'failed', error: error instanceof Error ? error.message : String(error) })
    }
  }, [])

  const reset = useCallback(() => setState({ phase: 'idle' }), [])
  return { state, start, reset }
}
