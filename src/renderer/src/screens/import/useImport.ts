// One import at a time: start it, poll its progress every 200 ms, cancel it, and keep its report until the
// curator closes it. Main does the work; this only asks how far it got.
import { useCallback, useEffect, useState } from 'react'
import type { ImportJob } from '../../../../shared/api'
import type { ImportReport } from '../../../../core/library/reports'
import { call } from '../../api/call'
import { useLibrary } from '../../app/library'
import { notifyError } from '../../app/notify'
import { useSaving } from '../../app/saving'

const POLL_MS = 200

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; job: ImportJob; cancelling: boolean }
  | { phase: 'done'; report: ImportReport }

export interface ImportControl {
  state: ImportState
  start: (paths: string[]) => void
  choose: (purpose: 'import-files' | 'import-folder') => void
  cancel: () => void
  closeReport: () => void
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export function useImport(): ImportControl {
  const { accept } = useLibrary()
  const { report } = useSaving()
  const [state, setState] = useState<ImportState>({ phase: 'idle' })
  const jobId = state.phase === 'running' ? state.job.jobId : null

  const finish = useCallback(
    (job: ImportJob) => {
      if (job.info) accept(job.info)
      report('import', job.error ? 'error' : 'saved')
      if (job.error) notifyError('The import stopped', new Error(job.error))
      setState(job.report ? { phase: 'done', report: job.report } : { phase: 'idle' })
    },
    [accept, report],
  )

  useEffect(() => {
    if (jobId === null) return
    let active = true
    const poll = async () => {
      while (active) {
        await sleep(POLL_MS)
        if (!active) return
        let job: ImportJob
        try {
          job = await call('import:status', { jobId })
        } catch (error) {
          if (!active) return
          notifyError('The import could not be followed', error)
          report('import', 'error')
          setState({ phase: 'idle' })
          return
        }
        if (!active) return
        if (job.finished) return finish(job)
        setState((current) => (current.phase === 'running' ? { ...current, job } : current))
      }
    }
    void poll()
    return () => {
      active = false
    }
  }, [jobId, finish, report])

  const start = useCallback(
    (paths: string[]) => {
      if (state.phase === 'running') {
        notifyError(
          'An import is running',
          new Error('Wait for it to finish, or cancel it, before starting another.'),
        )
        return
      }
      report('import', 'saving')
      call('import:start', { paths }).then(
        (job) => (job.finished ? finish(job) : setState({ phase: 'running', job, cancelling: false })),
        (error: unknown) => {
          report('import', 'error')
          notifyError('The import could not start', error)
        },
      )
    },
    [state.phase, finish, report],
  )

  const choose = useCallback(
    (purpose: 'import-files' | 'import-folder') => {
      call('library:choose', { purpose }).then(
        (paths) => paths && paths.length > 0 && start(paths),
        (error: unknown) => notifyError('Nothing was chosen', error),
      )
    },
    [start],
  )

  const cancel = useCallback(() => {
    if (jobId === null) return
    setState((current) => (current.phase === 'running' ? { ...current, cancelling: true } : current))
    // The job stops between files and reports what it did so far; polling picks that up.
    call('import:cancel', { jobId }).catch((error: unknown) =>
      notifyError('The import could not be cancelled', error),
    )
  }, [jobId])

  const closeReport = useCallback(() => setState({ phase: 'idle' }), [])

  return { state, start, choose, cancel, closeReport }
}
