// The handler map behind every IPC channel, joined from one small map per domain (handlers/*.ts): plain async
// functions of already validated input that call the services. Nothing here imports Electron, so the e2e
// Chromium host runs this same map in Node, on a test's own folders.
import { ImportJobs } from '../services/import/importJobs'
import { ProfileSearch } from '../services/search/profileSearch'
import { AppSession } from '../services/session/appSession'
import type { Handlers } from '../shared/api'
import { appHandlers } from './handlers/app'
import type { HandlerContext, Services } from './handlers/context'
import { fillHandlers } from './handlers/fill'
import { exportHandlers } from './handlers/export'
import { historyHandlers } from './handlers/history'
import { importHandlers } from './handlers/import'
import { libraryHandlers } from './handlers/library'
import { profileHandlers } from './handlers/profiles'

export type { Dialogs, HandlerContext } from './handlers/context'

/** The handlers and the session behind them; close() stops imports and closes the library (on quit). */
export interface Backend {
  handlers: Handlers
  session: AppSession
  close: () => Promise<void>
}

export function createBackend(context: HandlerContext): Backend {
  const services: Services = {
    context,
    session: new AppSession({
      userDataDir: context.userDataDir,
      samplesDir: context.samplesDir,
      disk: context.disk,
    }),
    search: new ProfileSearch(),
    imports: new ImportJobs(),
  }
  services.session.onClosing(async (library) => {
    await services.imports.cancelAll(library)
    services.search.reset()
  })
  const handlers: Handlers = {
    ...appHandlers(services),
    ...libraryHandlers(services),
    ...profileHandlers(services),
    ...historyHandlers(services),
    ...importHandlers(services),
    ...fillHandlers(services),
    ...exportHandlers(services),
  }
  return { handlers, session: services.session, close: () => services.session.close() }
}
