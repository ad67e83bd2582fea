// Debian's Chromium showing the built renderer, served over loopback, with window.api bridged to main's built
// handler map, running here in the test's Node process on the test's own folders.
import { chromium } from '@playwright/test'
import type { Browser } from '@playwright/test'
import { bridgeApi } from './bridge'
import { loadBuiltMain } from './builtMain'
import type { BuiltMain } from './builtMain'
import { CHROMIUM_PATH } from './chooseHost'
import type { Host } from './host'
import { RENDERER_DIR } from './paths'
import { serveStatic } from './staticServer'
import type { StaticServer } from './staticServer'

// Without the networking flags Chromium keeps calling home, and this machine's closed network refuses it.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

export function chromiumHost(): Host {
  // Started on first use and shared by the worker's tests; each test still gets its own browser context.
  let started: Promise<{ browser: Browser; server: StaticServer; main: BuiltMain }> | null = null
  const start = async () => ({
    browser: await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }),
    server: await serveStatic(RENDERER_DIR),
    main: await loadBuiltMain(),
  })

  return {
    name: 'chromium',
    launch: async ({ samplesDir, colorScheme, viewport, watch }) => {
      started ??= start()
      const { browser, server, main } = await started
      const context = await browser.newContext({ colorScheme, viewport })
      await bridgeApi(context, main, main.createHandlers({ samplesDir }))
      const page = await context.newPage()
      watch(page)
      await page.goto(`${server.url}/index.html`)
      return { page, close: () => context.close() }
    },
    dispose: async () => {
      if (!started) return
      const { browser, server } = await started
      await Promise.all([browser.close(), server.close()])
    },
  }
}
