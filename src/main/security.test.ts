// What the window promises a curator: an isolated, sandboxed renderer without Node that can neither navigate
// away nor open windows, web and mail links handed to the system's programs, and an API that answers only the
// app's own top frame. Electron cannot run under Vitest, so only the 'electron' module (a third-party boundary)
// is replaced by a recorder; the decisions tested are the app's own code in window.ts and ipc.ts.
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

const electron = vi.hoisted(() => {
  class FakeFrame {
    constructor(public url: string) {}
  }
  class FakeWebContents {
    listeners = new Map<string, Listener[]>()
    openHandler: ((details: { url: string }) => { action: string }) | null = null
    mainFrame = new FakeFrame('')
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
      return this
    }
    emit(name: string, ...args: unknown[]) {
      for (const l of this.listeners.get(name) ?? []) l(...args)
    }
  }
  const windows: FakeWindow[] = []
  class FakeWindow {
    static getAllWindows = () => windows
    webContents = new FakeWebContents()
    loaded: { file?: string; url?: string } = {}
    constructor(public options: Record<string, unknown>) {
      windows.push(this)
    }
    once() {}
    on() {}
    maximize() {}
    show() {}
    loadFile(file: string) {
      this.loaded.file = file
      this.webContents.mainFrame.url = pathToFileURLString(file)
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.loaded.url = url
      this.webContents.mainFrame.url = url
      return Promise.resolve()
    }
  }
  // Hoisted before imports: a tiny file: URL maker good enough for absolute POSIX paths.
  const pathToFileURLString = (path: string) => 'file://' + encodeURI(path)
  const handlers = new Map<string, Listener>()
  const opened: string[] = []
  return {
    FakeFrame,
    FakeWindow,
    windows,
    handlers,
    opened,
    module: {
      BrowserWindow: FakeWindow,
      nativeTheme: { shouldUseDarkColors: false },
      shell: { openExternal: async (url: string) => void opened.push(url) },
      ipcMain: { handle: (channel: string, fn: Listener) => void handlers.set(channel, fn) },
    },
  }
})

vi.mock('electron', () => electron.module)

const { openMainWindow, isAppFrame } = await import('./window')
const { registerIpc } = await import('./ipc')
const { CHANNELS } = await import('../shared/api')

const place = { width: 1280, height: 800, maximized: false }
const rendererFile = fileURLToPath(new URL('../renderer/index.html', new URL('./window.ts', import.meta.url)))

beforeEach(() => {
  electron.windows.length = 0
  electron.opened.length = 0
  delete process.env['ELECTRON_RENDERER_URL']
})
afterEach(() => {
  delete process.env['ELECTRON_RENDERER_URL']
})

function open() {
  return openMainWindow(place, 'Library') as unknown as InstanceType<typeof electron.FakeWindow>
}

describe('the main window', () => {
  it('runs the page isolated, sandboxed, without Node and with web security on', () => {
    const win = open()
    const prefs = win.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    // Nothing that would loosen the above may be switched on.
    for (const risky of [
      'nodeIntegrationInWorker',
      'nodeIntegrationInSubFrames',
      'allowRunningInsecureContent',
      'webviewTag',
      'experimentalFeatures',
      'enableBlinkFeatures',
    ]) {
      expect(prefs[risky], risky).toBeFalsy()
    }
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/)
  })

  it('loads the built page from disk, not from a server, outside `dev`', () => {
    const win = open()
    expect(win.loaded).toEqual({ file: rendererFile })
  })

  it('refuses every navigation, whatever its target', () => {
    const win = open()
    for (const url of [
      'https://example.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      pathToFileURL(rendererFile).href,
    ]) {
      const event = { url, preventDefault: vi.fn() }
      win.webContents.emit('will-navigate', event, url)
      expect(event.preventDefault, url).toHaveBeenCalled()
    }
  })

  it('opens web and mail links in the system programs and denies every new window', () => {
    const win = open()
    const handler = win.webContents.openHandler!
    const external = [
      'https://uil.unesco.org/',
      'http://example.org/a?b=c',
      'mailto:city@example.org',
      'HTTPS://X.ORG',
    ]
    const refused = [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://example.org/',
      'about:blank',
      'chrome://settings',
      ' javascript:https://x.org',
      'smb://host/share',
    ]
    for (const url of [...external, ...refused]) expect(handler({ url }), url).toEqual({ action: 'deny' })
    expect(electron.opened).toEqual(external)
  })
})

describe('the IPC frame check', () => {
  it('accepts only the top frame of one of our windows showing our page', () => {
    const win = open()
    expect(isAppFrame(win.webContents.mainFrame as never)).toBe(true)
    expect(isAppFrame(null)).toBe(false)
    // A frame that is not a window's main frame (an iframe), even with our page's URL.
    expect(isAppFrame(new electron.FakeFrame(win.webContents.mainFrame.url) as never)).toBe(false)
    // Our window's main frame, but showing something else.
    win.webContents.mainFrame.url = 'https://evil.example/'
    expect(isAppFrame(win.webContents.mainFrame as never)).toBe(false)
    win.webContents.mainFrame.url = 'file:///tmp/other/index.html'
    expect(isAppFrame(win.webContents.mainFrame as never)).toBe(false)
  })

  it('in `dev`, accepts the dev server page only', () => {
    process.env['ELECTRON_RENDERER_URL'] = 'http://localhost:5173'
    const win = open()
    expect(win.loaded).toEqual({ url: 'http://localhost:5173' })
    expect(isAppFrame(win.webContents.mainFrame as never)).toBe(true)
    win.webContents.mainFrame.url = 'http://localhost:5174/'
    expect(isAppFrame(win.webContents.mainFrame as never)).toBe(false)
  })

  it('answers a foreign frame with forbidden on every channel, without calling the handler', async () => {
    const win = open()
    const called: string[] = []
    const handlers = Object.fromEntries(
      CHANNELS.map((c) => [c, async () => (called.push(c), 'ran')]),
    ) as never
    registerIpc(handlers)
    expect([...electron.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    const iframe = new electron.FakeFrame(win.webContents.mainFrame.url)
    for (const channel of CHANNELS) {
      const reply = await electron.handlers.get(channel)!({ senderFrame: iframe }, {})
      expect(reply, channel).toEqual({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining(channel) },
      })
      const none = await electron.handlers.get(channel)!({ senderFrame: null }, {})
      expect(none, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(called).toEqual([])
    // The app's own frame gets through to dispatch (which validates, then runs the handler).
    const reply = await electron.handlers.get('app:info')!({ senderFrame: win.webContents.mainFrame }, {})
    expect(reply).toEqual({ ok: true, value: 'ran' })
    expect(called).toEqual(['app:info'])
  })
})

describe("the renderer page's Content-Security-Policy", () => {
  const html = readFileSync(rendererFile, 'utf8')
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
  const policy = new Map(
    (meta?.[1] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  )

  it('is declared in the page', () => {
    expect(meta).not.toBeNull()
  })

  it("lets no script in but the app's own files: no eval, no inline script, nothing remote", () => {
    const scripts = policy.get('script-src') ?? policy.get('default-src')
    expect(scripts).toEqual(["'self'"])
    expect(policy.get('default-src')).toEqual(["'self'"])
  })

  it('allows no remote source in any directive, and no eval anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, name).not.toMatch(
          /^(https?:|wss?:|\*|'unsafe-eval'|'wasm-unsafe-eval'|blob:|filesystem:)/i,
        )
        expect(source, name).not.toContain('.') // no host names
      }
    }
    // Inline styles are Mantine's; inline script is never allowed.
    for (const [name, sources] of policy)
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'")
  })

  it('forbids plugins, frames and a <base> that would redirect relative URLs', () => {
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('frame-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
  })
})
