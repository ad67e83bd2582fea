import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { describe, expect, it, vi } from 'vitest'
import { nodeDisk } from './disk'
import type * as LockModule from './lock'
import { lockLibrary, lockPath } from './lock'

describe('lockLibrary', () => {
  it('refuses a second holder while the first runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-lock-'))
    const release = await lockLibrary(dir, nodeDisk, () => undefined)
    await expect(lockLibrary(dir, nodeDisk, () => undefined)).rejects.toThrow(
      /open in another window or command/,
    )
    await release()
    const again = await lockLibrary(dir, nodeDisk, () => undefined)
    await again()
  })

  it('refuses a second holder in the same process, even through another copy of this module', async () => {
    // The e2e host runs the built main beside the sources: one process, two copies of lock.ts. Caught a
    // regression: the copy that did not take the lock saw its own process id in the owner note and took over.
    const dir = mkdtempSync(join(tmpdir(), 'pc-lock-'))
    const release = await lockLibrary(dir, nodeDisk, () => undefined)
    vi.resetModules()
    const copy: typeof LockModule = await import('./lock')
    expect(copy.lockLibrary).not.toBe(lockLibrary)
    await expect(copy.lockLibrary(dir, nodeDisk, () => undefined)).rejects.toThrow(/open in another window/)
    await release()
  })

  it('takes over at once a fresh lock whose holder crashed on this machine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-lock-'))
    // A fresh lock folder, as a crashed process leaves it, owned by a process that has ended.
    await lockfile.lock(dir, {
      lockfilePath: lockPath(dir),
      realpath: false,
      stale: 15_000,
      onCompromised: () => undefined,
    })
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    })
    writeFileSync(join(dir, '.lock-owner'), JSON.stringify({ pid: Number(ended.stdout), host: hostname() }))
    const release = await lockLibrary(dir, nodeDisk, () => undefined)
    await release()
  })
})
