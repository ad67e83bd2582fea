// The first screen's sample profiles, parsed from the sample folder without any library.
import { basename } from 'node:path'
import { parseFiles } from '../../services/parseFiles'
import type { Handlers } from '../../shared/api'
import { sampleFiles } from '../sampleFiles'
import type { Services } from './context'

/** Read errors start with the file's path; the screen shows the file name beside them already. */
function withoutPath(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message
}

export function sampleHandlers({ context }: Services): Pick<Handlers, 'samples:list'> {
  return {
    'samples:list': async () => {
      const outcomes = await parseFiles(await sampleFiles(context.samplesDir))
      return {
        folder: context.samplesDir,
        files: outcomes.map(({ file, documents, error, rejected }) => ({
          file: basename(file),
          documents,
          error: error === null ? null : withoutPath(error, file),
          rejected,
        })),
      }
    },
  }
}
