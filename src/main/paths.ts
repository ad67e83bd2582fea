// Where the app reads and keeps its files. Both can be moved by environment variables so that each e2e test
// gets its own folders and tests can run in parallel.
import { join } from 'node:path'
import { app } from 'electron'

/** Overrides Electron's userData folder (its profile, and later the library). */
export const DATA_DIR_ENV = 'PROFILE_CURATOR_DATA_DIR'
/** Overrides the folder of sample profiles shown on the first screen. */
export const SAMPLES_DIR_ENV = 'PROFILE_CURATOR_SAMPLES_DIR'

/** Must run before the app is ready: Electron fixes userData at startup. */
export function applyDataDir(): void {
  const dataDir = process.env[DATA_DIR_ENV]
  if (dataDir) app.setPath('userData', dataDir)
}

/** `resources/sample` beside package.json, which is the app path in `electron-vite dev` and `preview`. */
export function samplesDir(): string {
  return process.env[SAMPLES_DIR_ENV] || join(app.getAppPath(), 'resources', 'sample')
}
