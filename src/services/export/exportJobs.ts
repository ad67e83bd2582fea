// Exports that run in the background while the window polls their progress, one at a time per library.
import { randomUUID } from 'node:crypto'
import type { ExportFilter, ExportFormat } from '../../core/export'
import type { Problem } from '../../core/validate'
import { LibraryError } from '../library/errors'
import type { Library } from '../library/library'
import type { ExportJob } from '../../shared/exportApi'
import { exportLibrary } from './exportLibrary'

export type ExportJobState = ExportJob

const KEEP_FINISHED = 20

export class ExportJobs {
  private readonly jobs = new Map<string, { state: ExportJobState; library: Library; done: Promise<void> }>()

  start(
    library: Library,
    out: string,
    options: { formats: readonly ExportFormat[]; filter: ExportFilter; problems?: readonly Problem[] },
  ): ExportJobState {
    const running = [...this.jobs.values()].find((job) => job.library === library && !job.state.finished)
    if (running)
      throw new LibraryError('conflict', 'an export of this library is already running; wait for it')
    const state: ExportJobState = {
      jobId: randomUUID(),
      done: 0,
      total: 0,
      file: '',
      finished: false,
      report: null,
      error: null,
    }
    const done = exportLibrary(library, out, { ...options, onProgress: (p) => Object.assign(state, p) }).then(
      (report) => void Object.assign(state, { finished: true, file: '', report }),
      (error: unknown) =>
        void Object.assign(state, {
          finished: true,
          file: '',
          error: error instanceof Error ? error.message : String(error),
        }),
    )
    this.jobs.set(state.jobId, { state, library, done })
    for (const [id, job] of this.jobs)
      if (this.jobs.size > KEEP_FINISHED && job.state.finished) this.jobs.delete(id)
    return { ...state }
  }

  status(jobId: string): ExportJobState {
    const job = this.jobs.get(jobId)
    if (!job) throw new LibraryError('not-found', `no export job ${jobId}`)
    return { ...job.state }
  }

  /** Waits for the exports of `library` (it is being closed): an export is never cut off half-way. */
  async settle(library: Library): Promise<void> {
    await Promise.all([...this.jobs.values()].filter((j) => j.library === library).map((j) => j.done))
  }
}
