// App lifecycle: one window, the IPC handlers, nothing else.
import { app, BrowserWindow } from 'electron'
import { createHandlers } from './handlers'
import { registerIpc } from './ipc'
import { applyDataDir, samplesDir } from './paths'
import { openMainWindow } from './window'

app.enableSandbox()
applyDataDir()

void app.whenReady().then(() => {
  registerIpc(createHandlers({ samplesDir: samplesDir() }))
  openMainWindow()
  // macOS keeps the app alive without windows; clicking the dock icon opens one again.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
