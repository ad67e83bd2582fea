// Undo, redo and the list of changes of the current library.
import type { Handlers } from '../../shared/api'
import type { Services } from './context'
import { mutation } from './mutation'

type HistoryHandlers = Pick<Handlers, 'history:undo' | 'history:redo' | 'history:list'>

export function historyHandlers(services: Services): HistoryHandlers {
  return {
    'history:undo': () => mutation(services, (library) => library.undo()),
    'history:redo': () => mutation(services, (library) => library.redo()),
    'history:list': async ({ limit }) => (await services.session.library()).history(limit),
  }
}
