// App lifecycle: one instance, one window, the menu, the IPC handlers; the work is done in services.
import { app, BrowserWindow, dialog, Menu, nativeTheme } from 'electron'
import type { LibraryInfo, Settings } from '../shared/api'
import { electronDialogs } from './dialogs'
import { createBackend } from './handlers'
import { registerIpc } from './ipc'
import { buildMenu, sendCommand } from './menu'
import { applyDataDir, samplesDir } from './paths'
import { openMainWindow } from './window'
import { rememberPlace, savedPlace } from './windowPlace'

type Theme = Settings['theme']

app.enableSandbox()
applyDataDir()

// A second launch hands over to the first instance, which shows its window.
if (!app.requestSingleInstanceLock()) app.quit()
else start()

function start(): void {
  const backend = createBackend({
    userDataDir: app.getPath('userData'),
    samplesDir: samplesDir(),
    version: app.getVersion(),
    dialogs: electronDialogs,
  })
  let window: BrowserWindow | null = null
  let savePlace = (): void => {}

  const openRecent = (dir: string): void => {
    backend.session.open(dir).then(
      () => sendCommand('show-library'),
      (error: unknown) =>
        dialog.showErrorBox('The library did not open', String((error as Error).message ?? error)),
    )
  }
  const showLibrary = (info: LibraryInfo): void => {
    const title = `${info.name}${info.readOnly ? ' (read-only)' : ''} — Profile Curator`
    window?.setTitle(title)
    Menu.setApplicationMenu(buildMenu({ recent: info.recent, openRecent, dev: !app.isPackaged }))
  }
  backend.session.onOpened(() => {
    void backend.session.info().then(showLibrary)
  })

  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })

  void app.whenReady().then(async () => {
    registerIpc(backend.handlers)
    const settings = await backend.session.settings()
    const applyTheme = (theme: Theme) => {
      nativeTheme.themeSource = theme === 'auto' ? 'system' : theme
    }
    applyTheme(settings.data.theme)
    settings.onChange((data) => applyTheme(data.theme))
    Menu.setApplicationMenu(buildMenu({ recent: settings.data.recent, openRecent, dev: !app.isPackaged }))
    const open = () => {
      window = openMainWindow(savedPlace(settings), 'Profile Curator')
      savePlace = rememberPlace(window, settings)
    }
    open()
    // Open the library now rather than on the window's first call; its title follows.
    void backend.session.info().catch((error: unknown) => console.error('[session]', error))
    // macOS keeps the app alive without windows; clicking the dock icon opens one again.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) open()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Close the library (its lock, its journal) and write the settings before the process ends.
  let closed = false
  app.on('before-quit', (event) => {
    if (closed) return
    event.preventDefault()
    closed = true
    savePlace()
    void backend
      .close()
      .catch((error: unknown) => console.error('[quit]', error))
      .finally(() => app.quit())
  })
}
