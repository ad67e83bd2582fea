// Real Electron: the built app started through Playwright, with the test's folders passed by environment
// (userData and the samples, as src/main/paths.ts reads them).
import { _electron } from '@playwright/test'
import { DATA_DIR_ENV, SAMPLES_DIR_ENV } from '../../src/main/pathsEnv'
import type { DialogAnswer, Host } from './host'
import { REPO_ROOT } from './paths'

export function electronHost(executablePath: string): Host {
  return {
    name: 'electron',
    launch: async ({ samplesDir, dataDir, colorScheme, viewport, dialogAnswer, watch }) => {
      const app = await _electron.launch({
        executablePath,
        // Chromium refuses to run as root with its OS sandbox on; the renderer's own sandbox stays on.
        args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), REPO_ROOT],
        env: {
          ...process.env,
          [DATA_DIR_ENV]: dataDir,
          [SAMPLES_DIR_ENV]: samplesDir,
        },
        colorScheme,
      })
      // The native dialogs are replaced inside the app's main process by one answering what the test chose.
      const answerDialogs = (answer: DialogAnswer) =>
        app.evaluate(({ dialog }, paths) => {
          const result = paths ? { canceled: false, filePaths: paths } : { canceled: true, filePaths: [] }
          dialog.showOpenDialog = (async () => result) as typeof dialog.showOpenDialog
        }, answer)
      await answerDialogs(dialogAnswer)
      const page = await app.firstWindow()
      await watch(page)
      await page.setViewportSize(viewport)
      return { page, answerDialogs, close: () => app.close() }
    },
    dispose: async () => {},
  }
}
