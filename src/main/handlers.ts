// The handler map behind every IPC channel: plain async functions of already validated input that call the
// services. It imports nothing from Electron, so the e2e Chromium host runs this same map in Node.
import { basename } from 'node:path'
import { parseFiles } from '../services/parseFiles'
import type { Handlers } from '../shared/api'
import { sampleFiles } from './sampleFiles'

export interface HandlerContext {
  /** The folder of sample profiles shown on the first screen. */
  samplesDir: string
}

/** Read errors start with the file's path; the screen shows the file name beside them already. */
function withoutPath(message: string, path: string): string {
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message
}

export function createHandlers(context: HandlerContext): Handlers {
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
