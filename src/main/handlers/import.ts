// Imports into the current library, run in the background and polled by the window.
import type { Handlers, ImportJob } from '../../shared/api'
import type { ImportJobState } from '../../services/import/importJobs'
import type { Services } from './context'

type ImportHandlers = Pick<Handlers, 'import:start' | 'import:status' | 'import:cancel'>

export function importHandlers({ session, imports }: Services): ImportHandlers {
  /** A finished job carries the library's new state, so the window refreshes without asking. */
  const answer = async (job: ImportJobState): Promise<ImportJob> => ({
    ...job,
    info: job.finished ? await session.info() : null,
  })
  return {
    'import:start': async ({ paths, onConflict }) =>
      answer(imports.start(await session.library(), paths, onConflict)),
    'import:status': ({ jobId }) => answer(imports.status(jobId)),
    'import:cancel': async ({ jobId }) => answer(await imports.cancel(jobId)),
  }
}
