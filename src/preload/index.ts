// The bridge: exactly the channels of the IPC contract, and the menu's commands, nothing else. `satisfies`
// makes a missing, extra or mistyped channel a compile error. Only types come from src/shared, so no code is
// bundled in: the sandboxed preload is this one CommonJS file.
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { Api, MenuBridge, MenuCommand } from '../shared/api'

const api = {
  'app:info': (input) => ipcRenderer.invoke('app:info', input),
  'settings:get': (input) => ipcRenderer.invoke('settings:get', input),
  'settings:set': (input) => ipcRenderer.invoke('settings:set', input),
  'library:info': (input) => ipcRenderer.invoke('library:info', input),
  'library:open': (input) => ipcRenderer.invoke('library:open', input),
  'library:create': (input) => ipcRenderer.invoke('library:create', input),
  'library:choose': (input) => ipcRenderer.invoke('library:choose', input),
  'library:summaries': (input) => ipcRenderer.invoke('library:summaries', input),
  'library:search': (input) => ipcRenderer.invoke('library:search', input),
  'profile:get': (input) => ipcRenderer.invoke('profile:get', input),
  'profile:update': (input) => ipcRenderer.invoke('profile:update', input),
  'profiles:setStatus': (input) => ipcRenderer.invoke('profiles:setStatus', input),
  'profiles:delete': (input) => ipcRenderer.invoke('profiles:delete', input),
  'profiles:restore': (input) => ipcRenderer.invoke('profiles:restore', input),
  'history:undo': (input) => ipcRenderer.invoke('history:undo', input),
  'history:redo': (input) => ipcRenderer.invoke('history:redo', input),
  'history:list': (input) => ipcRenderer.invoke('history:list', input),
  'import:start': (input) => ipcRenderer.invoke('import:start', input),
  'import:status': (input) => ipcRenderer.invoke('import:status', input),
  'import:cancel': (input) => ipcRenderer.invoke('import:cancel', input),
  'suggestions:list': (input) => ipcRenderer.invoke('suggestions:list', input),
  'suggestions:accept': (input) => ipcRenderer.invoke('suggestions:accept', input),
  'suggestions:reject': (input) => ipcRenderer.invoke('suggestions:reject', input),
  'fill:chooseTable': (input) => ipcRenderer.invoke('fill:chooseTable', input),
  'fill:plan': (input) => ipcRenderer.invoke('fill:plan', input),
  'fill:apply': (input) => ipcRenderer.invoke('fill:apply', input),
  'completeness:get': (input) => ipcRenderer.invoke('completeness:get', input),
  'problems:list': (input) => ipcRenderer.invoke('problems:list', input),
  'export:start': (input) => ipcRenderer.invoke('export:start', input),
  'export:status': (input) => ipcRenderer.invoke('export:status', input),
  'export:reveal': (input) => ipcRenderer.invoke('export:reveal', input),
} satisfies Api

/** Main sends menu commands on this channel (see src/main/menu.ts). */
const MENU_CHANNEL = 'menu:command'

const menu = {
  onCommand: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, command: MenuCommand) => listener(command)
    ipcRenderer.on(MENU_CHANNEL, forward)
    return () => void ipcRenderer.removeListener(MENU_CHANNEL, forward)
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
} satisfies MenuBridge

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('menu', menu)
