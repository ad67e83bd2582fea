// Validation and export of the current library: the problems view and the library table's counts, the export
// dialog's job (run in the background and polled), and showing the result in the file manager.
import { countProblems } from '../../core/validate'
import { ExportJobs } from '../../services/export/exportJobs'
import { LibraryProblems } from '../../services/validate/libraryProblems'
import type { Handlers } from '../../shared/api'
import type { Services } from './context'

type ExportHandlers = Pick<Handlers, 'problems:list' | 'export:start' | 'export:status' | 'export:reveal'>

export function exportHandlers({ session, context }: Services): ExportHandlers {
  const problems = new LibraryProblems()
  const jobs = new ExportJobs()
  session.onClosing((library) => jobs.settle(library))
  return {
    'problems:list': async ({ profileId }) => {
      const library = await session.library()
      const seq = library.seq
      const all = await problems.all(library)
      const counts = Object.fromEntries(countProblems(all))
      if (profileId !== undefined) {
        const own = all.filter((p) => p.profileId === profileId)
        return { seq, problems: own, counts: profileId in counts ? { [profileId]: counts[profileId]! } : {} }
      }
      return { seq, problems: all.filter((p) => p.severity !== 'info'), counts }
    },
    'export:start': async ({ out, formats, filter }) => {
      const library = await session.library()
      return jobs.start(library, out, { formats, filter, problems: await problems.all(library) })
    },
    'export:status': async ({ jobId }) => jobs.status(jobId),
    'export:reveal': async ({ path }) => {
      if (!context.dialogs.reveal) return false
      await context.dialogs.reveal(path)
      return true
    },
  }
}
