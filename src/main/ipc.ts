// Electron's side of the IPC contract: one ipcMain handler per channel, each refusing callers that are not
// the app's own page and passing the payload to dispatch, which validates it before any handler runs.
import { ipcMain } from 'electron'
import { CHANNELS } from '../shared/api'
import type { Handlers } from '../shared/api'
import { dispatch, failure } from './dispatch'
import { isAppFrame } from './window'

export function registerIpc(handlers: Handlers): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isAppFrame(event.senderFrame)) {
        return failure('forbidden', `${channel}: the caller is not the app's main frame`)
      }
      return dispatch(handlers, channel, payload)
    })
  }
}
