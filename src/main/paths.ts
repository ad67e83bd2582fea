// Where the app reads and keeps its files. Both can be moved by environment variables so that each e2e test
// gets its own folders and tests can run in parallel.
import { join } from 'node:path'
import { app } from 'electron'
import { DATA_DIR_ENV, SAMPLES_DIR_ENV } from './pathsEnv'

/** Must run before the app is ready: Electron fixes userData at startup. */
export function applyDataDir(): void {
  const dataDir = process.env[DATA_DIR_ENV]
  if (dataDir) app.setPath('userData', dataDir)
}

/** `resources/sample` beside package.json, which is the app path in `electron-vite dev` and `preview`. */
export function samplesDir(): string {
  return process.env[SAMPLES_DIR_ENV] || join(app.getAppPath(), 'resources', 'sample')
}
