// Debian's Chromium showing the built renderer, served over loopback, with window.api bridged to main's built
// handler map, running here in the test's Node process on the test's own folders.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import type { Browser } from '@playwright/test'
import { bridgeApi } from './bridge'
import { loadBuiltMain } from './builtMain'
import type { BuiltMain } from './builtMain'
import { CHROMIUM_PATH } from './chooseHost'
import type { Host } from './host'
import { RENDERER_DIR, REPO_ROOT } from './paths'
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

/** What app:info reports, as Electron's app.getVersion() would: package.json's version. */
const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string })
  .version

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
    launch: async ({ samplesDir, dataDir, colorScheme, viewport, dialogAnswer, watch }) => {
      started ??= start()
      const { browser, server, main } = await started
      // The stand-in for the native dialogs answers what the test chose, whatever they were opened for.
      let answer = dialogAnswer
      const dialogs = { chooseFolder: async () => answer, chooseFiles: async () => answer }
      const backend = main.createBackend({ userDataDir: dataDir, samplesDir, version: VERSION, dialogs })
      const context = await browser.newContext({ colorScheme, viewport })
      await bridgeApi(context, main, backend.handlers)
      const page = await context.newPage()
      await watch(page)
      await page.goto(`${server.url}/index.html`)
      return {
        page,
        answerDialogs: async (next) => {
          answer = next
        },
        close: async () => {
          await context.close()
          // Releases the library's lock and writes the settings, as quitting the app does.
          await backend.close()
        },
      }
    },
    dispose: async () => {
      if (!started) return
      const { browser, server } = await started
      await Promise.all([browser.close(), server.close()])
    },
  }
}
