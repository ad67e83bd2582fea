// The main window, hardened: an isolated, sandboxed renderer without Node, which can neither navigate away
// nor open windows; web and mail links open in the user's own programs instead.
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BrowserWindow, nativeTheme, shell } from 'electron'
import type { WebFrameMain } from 'electron'

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url))

/** electron-vite sets this in `dev` to its server; `preview` and users load the built files. */
function devServerUrl(): string | undefined {
  return process.env['ELECTRON_RENDERER_URL']
}

function isAppUrl(url: string): boolean {
  const dev = devServerUrl()
  if (dev) return url.startsWith(dev)
  const page = new URL(url)
  return page.protocol === 'file:' && page.pathname === pathToFileURL(rendererFile).pathname
}

/** Only the top frame of one of our windows, showing our page, may call the API. */
export function isAppFrame(frame: WebFrameMain | null): boolean {
  if (!frame) return false
  const ours = BrowserWindow.getAllWindows().some((win) => win.webContents.mainFrame === frame)
  return ours && isAppUrl(frame.url)
}

/** Links the user's own programs should open: web pages and e-mail addresses. */
function isExternalLink(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url)
}

export interface WindowPlace {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export function openMainWindow(place: WindowPlace, title: string): BrowserWindow {
  const win = new BrowserWindow({
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title,
    // Matches the page's first paint, so the window does not flash white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#242424' : '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  })
  win.once('ready-to-show', () => {
    if (place.maximized) win.maximize()
    win.show()
  })
  // The title names the library (main sets it); the page's own <title> must not replace it.
  win.on('page-title-updated', (event) => event.preventDefault())
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event) => event.preventDefault())

  const dev = devServerUrl()
  if (dev) void win.loadURL(dev)
  else void win.loadFile(rendererFile)
  return win
}
