// The Chromium host runs main's built handler map and dispatch, the very files Electron loads, so what is
// tested is what ships, bundling included. Only the types come from the sources.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type * as DispatchModule from '../../src/main/dispatch'
import type * as HandlersModule from '../../src/main/handlers'
import { MAIN_DIR } from './paths'

export interface BuiltMain {
  createBackend: typeof HandlersModule.createBackend
  dispatch: typeof DispatchModule.dispatch
  failure: typeof DispatchModule.failure
}

export async function loadBuiltMain(): Promise<BuiltMain> {
  const load = (file: string) => import(pathToFileURL(join(MAIN_DIR, file)).href)
  const [handlers, dispatch] = (await Promise.all([load('handlers.js'), load('dispatch.js')])) as [
    typeof HandlersModule,
    typeof DispatchModule,
  ]
  return { createBackend: handlers.createBackend, dispatch: dispatch.dispatch, failure: dispatch.failure }
}
