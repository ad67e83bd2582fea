// The bridge: exactly the channels of the IPC contract, nothing else. `satisfies Api` makes a missing,
// extra or mistyped channel a compile error. Only types come from src/shared, so no code is bundled in.
import { contextBridge, ipcRenderer } from 'electron'
import type { Api } from '../shared/api'

const api = {
  'samples:list': (input) => ipcRenderer.invoke('samples:list', input),
} satisfies Api

contextBridge.exposeInMainWorld('api', api)
