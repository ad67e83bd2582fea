// Which host the e2e tests run on. Electron's own `require('electron')` would try to download a missing
// binary, so this reads the same path.txt it reads, without running it.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export type HostName = 'electron' | 'chromium'

/** Set by globalSetup for the workers; set it yourself to force a host. */
export const HOST_ENV = 'PROFILE_CURATOR_E2E_HOST'

export const CHROMIUM_PATH = '/usr/bin/chromium'

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The Electron executable `require('electron')` would return, when it is installed. */
export function electronBinary(): string | null {
  const require = createRequire(import.meta.url)
  const packageDir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const binary = override
    ? join(override, relative || 'electron')
    : relative && join(packageDir, 'dist', relative)
  return binary && isExecutable(binary) ? binary : null
}

export function chooseHost(): { host: HostName; reason: string } {
  const forced = process.env[HOST_ENV]
  if (forced === 'electron' || forced === 'chromium') return { host: forced, reason: `forced by ${HOST_ENV}` }
  const electron = electronBinary()
  if (electron) return { host: 'electron', reason: `Electron binary at ${electron}` }
  if (isExecutable(CHROMIUM_PATH)) {
    return { host: 'chromium', reason: `no Electron binary; ${CHROMIUM_PATH} with the handlers bridged` }
  }
  throw new Error(`No e2e host: the Electron binary is not installed and ${CHROMIUM_PATH} is missing`)
}
