// One writer per library: a lock that every process respects (two app windows, the app and the CLI).
// proper-lockfile keeps a lock folder fresh while we hold it, so a crashed holder's lock goes stale after
// 15 s. A curator reopening the app right after a crash should not wait that long: the holder's process id
// is written beside the lock, and a lock whose holder is no longer running on this machine is taken over.
import { readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import lockfile from 'proper-lockfile'
import { LibraryError } from './errors'

export type Release = () => Promise<void>

export const lockPath = (dir: string): string => join(dir, '.lock')
const ownerPath = (dir: string): string => join(dir, '.lock-owner')

interface Owner {
  pid: number
  host: string
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The folders whose lock this process holds. */
const held = new Set<string>()

/**
 * Whether the lock's holder is known to be gone: it ran on this machine and its process has ended, or it is this
 * process, which holds no lock on this folder (the folder was moved here, its lock with it, while it was open).
 */
async function holderIsGone(dir: string): Promise<boolean> {
  try {
    const owner = JSON.parse(await readFile(ownerPath(dir), 'utf8')) as Owner
    if (owner.host !== hostname()) return false
    return owner.pid === process.pid ? !held.has(dir) : !isRunning(owner.pid)
  } catch {
    return false
  }
}

const take = (dir: string, onCompromised: (error: Error) => void): Promise<Release> =>
  lockfile.lock(dir, {
    lockfilePath: lockPath(dir),
    realpath: false,
    stale: 15_000,
    update: 5_000,
    onCompromised,
  })

export async function lockLibrary(dir: string, onCompromised: (error: Error) => void): Promise<Release> {
  let release: Release
  try {
    release = await take(dir, onCompromised)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
    if (!(await holderIsGone(dir))) {
      throw new LibraryError(
        'locked',
        `${dir} is open in another window or command; close it first, or open the library read-only`,
      )
    }
    await rm(lockPath(dir), { recursive: true, force: true })
    release = await take(dir, onCompromised)
  }
  const owner: Owner = { pid: process.pid, host: hostname() }
  await writeFile(ownerPath(dir), JSON.stringify(owner))
  held.add(dir)
  return async () => {
    held.delete(dir)
    await rm(ownerPath(dir), { force: true })
    // A lock whose folder was moved or deleted while held was already given up (onCompromised).
    await release().catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ERELEASED') throw error
    })
  }
}
