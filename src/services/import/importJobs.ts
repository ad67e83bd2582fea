// Imports that run in the background while the window polls their progress: one at a time per library,
// cancellable between files. What was imported before a cancel stays (each batch is its own undoable step),
// and the report says it was cancelled.
import { randomUUID } from 'node:crypto'
import type { ConflictPolicy, ImportReport } from '../../core/library/reports'
import type { ImportJob } from '../../shared/api'
import { LibraryError } from '../library/errors'
import type { Library } from '../library/library'
import { importFiles } from './importFiles'

/** A job as this service knows it; the app adds the library's state when it answers. */
export type ImportJobState = Omit<ImportJob, 'info'>

interface Running {
  state: ImportJobState
  library: Library
  controller: AbortController
  done: Promise<void>
}

/** Finished jobs kept for a late status call. */
const KEEP_FINISHED = 20

export class ImportJobs {
  private readonly jobs = new Map<string, Running>()

  /** Starts importing `paths` into `library`; refuses while another import runs in it. */
  start(library: Library, paths: readonly string[], onConflict?: ConflictPolicy): ImportJobState {
    if (library.readOnly) throw new LibraryError('read-only', `${library.paths.dir} is open read-only`)
    const running = [...this.jobs.values()].find((job) => job.library === library && !job.state.finished)
    if (running) {
      throw new LibraryError(
        'conflict',
        `an import is already running in this library (${running.state.done} of ${running.state.total} files); wait for it or cancel it`,
      )
    }
    const state: ImportJobState = {
      jobId: randomUUID(),
      done: 0,
      total: 0,
      file: '',
      finished: false,
      report: null,
      error: null,
    }
    const controller = new AbortController()
    const finish = (report: ImportReport | null, error: string | null) => {
      Object.assign(state, { finished: true, file: '', report, error })
    }
    const done = importFiles(library, paths, {
      ...(onConflict ? { onConflict } : {}),
      signal: controller.signal,
      onProgress: (progress) => Object.assign(state, progress),
    }).then(
      (report) => finish(report, null),
      (error: unknown) => finish(null, error instanceof Error ? error.message : String(error)),
    )
    this.jobs.set(state.jobId, { state, library, controller, done })
    this.forgetOld()
    return { ...state }
  }

  status(jobId: string): ImportJobState {
    return { ...this.job(jobId).state }
  }

  /** Stops the job after the file it is reading, and answers once it has stopped. */
  async cancel(jobId: string): Promise<ImportJobState> {
    const job = this.job(jobId)
    job.controller.abort()
    await job.done
    return { ...job.state }
  }

  /** Stops every import into `library` (it is being closed). */
  async cancelAll(library: Library): Promise<void> {
    const jobs = [...this.jobs.values()].filter((job) => job.library === library)
    for (const job of jobs) job.controller.abort()
    await Promise.all(jobs.map((job) => job.done))
  }

  private job(jobId: string): Running {
    const job = this.jobs.get(jobId)
    if (!job) throw new LibraryError('not-found', `no import job ${jobId}`)
    return job
  }

  private forgetOld(): void {
    const finished = [...this.jobs.values()].filter((job) => job.state.finished)
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(job.state.jobId)
    }
  }
}
