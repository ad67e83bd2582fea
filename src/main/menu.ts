// The native application menu. Our own items only send a MenuCommand to the focused window: the renderer
// decides what it means there (Ctrl+Z in a text field undoes typing, elsewhere it undoes a library change),
// so Undo and Redo are not Electron's built-in roles. Their shortcuts are shown but not registered: the
// renderer's own keyboard handling answers them in every host, and would otherwise run each command twice.
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron'
import { basename } from 'node:path'
import type { MenuCommand } from '../shared/api'

/** The preload listens on this channel (src/preload/index.ts). */
const MENU_CHANNEL = 'menu:command'

export function sendCommand(command: MenuCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  window?.webContents.send(MENU_CHANNEL, command)
}

const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
  label,
  ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  click: () => sendCommand(name),
})

export interface MenuState {
  recent: readonly string[]
  /** Opens a recent library (main does it: a menu command carries no folder). */
  openRecent: (dir: string) => void
  /** Development builds get the developer tools. */
  dev: boolean
}

export function buildMenu({ recent, openRecent, dev }: MenuState): Menu {
  const mac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        command('Import files…', 'import-files', 'CmdOrCtrl+I'),
        command('Import folder…', 'import-folder', 'CmdOrCtrl+Shift+I'),
        { type: 'separator' },
        command('Open library…', 'open-library', 'CmdOrCtrl+O'),
        command('New library…', 'new-library', 'CmdOrCtrl+Shift+N'),
        {
          label: 'Open recent',
          enabled: recent.length > 0,
          submenu: recent.map((dir) => ({
            label: `${basename(dir)} — ${dir}`,
            click: () => openRecent(dir),
          })),
        },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        command('Undo', 'undo', 'CmdOrCtrl+Z'),
        command('Redo', 'redo', mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find', 'find', 'CmdOrCtrl+F'),
        command('Command palette', 'command-palette', 'CmdOrCtrl+K'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('Toggle theme', 'toggle-theme', 'CmdOrCtrl+Shift+L'),
        ...(dev
          ? [
              { type: 'separator' as const },
              { role: 'reload' as const },
              // Not Ctrl+Shift+I, which is Import folder here.
              { role: 'toggleDevTools' as const, accelerator: 'F12' },
            ]
          : []),
      ],
    },
    { label: '&Help', submenu: [command(`About ${app.getName()}`, 'about')] },
  ]
  return Menu.buildFromTemplate(template)
}
