// Real Electron: the built app started through Playwright, with the test's folders passed by environment.
import { _electron } from '@playwright/test'
import type { Host } from './host'
import { REPO_ROOT } from './paths'

export function electronHost(executablePath: string): Host {
  return {
    name: 'electron',
    launch: async ({ samplesDir, dataDir, colorScheme, viewport, watch }) => {
      const app = await _electron.launch({
        executablePath,
        // Chromium refuses to run as root with its OS sandbox on; the renderer's own sandbox stays on.
        args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), REPO_ROOT],
        env: {
          ...process.env,
          PROFILE_CURATOR_DATA_DIR: dataDir,
          PROFILE_CURATOR_SAMPLES_DIR: samplesDir,
        },
        colorScheme,
      })
      const page = await app.firstWindow()
      watch(page)
      await page.setViewportSize(viewport)
      return { page, close: () => app.close() }
    },
    dispose: async () => {},
  }
}
