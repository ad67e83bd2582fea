// One writer per library: a lock that every process respects (two app windows, the app and the CLI).
// proper-lockfile keeps a lock folder fresh while we hold it, so a crashed holder's lock goes stale after
// 15 s. A curator reopening the app right after a crash should not wait that long: the holder's process id
// is written beside the lock, and a lock whose holder is no longer running on this machine is taken over.
// Taking and releasing the lock go through the Disk seam like every other write.
import * as fs from 'node:fs'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import lockfile from 'proper-lockfile'
import { writeFileDurably, type Disk } from './disk'
import { ioError, LibraryError } from './errors'

export type Release = () => Promise<void>

export const lockPath = (dir: string): string => join(dir, '.lock')
const ownerPath = (dir: string): string => join(dir, '.lock-owner')

interface Owner {
  pid: number
  host: string
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The library folders this process holds the lock of: one set for the process, shared by every copy of this
 * module in it (the e2e host loads the built main beside the sources; a bundle may carry its own copy).
 */
const held: Set<string> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('profile-curator.held-locks')
] ??= new Set<string>()) as Set<string>

/**
 * Whether the lock's holder is known to be gone: it ran on this machine and its process has ended, or it is
 * this process and the lock is none it holds (a folder moved while open keeps the lock it had: the curator
 * reopening it at its new place must not wait for the lock to go stale).
 */
async function holderIsGone(disk: Disk, dir: string): Promise<boolean> {
  try {
    const owner = JSON.parse((await disk.readFile(ownerPath(dir))).toString('utf8')) as Owner
    if (owner.host !== hostname()) return false
    return owner.pid === process.pid ? !held.has(resolve(dir)) : !isRunning(owner.pid)
  } catch {
    return false
  }
}

type Callback = (error: NodeJS.ErrnoException | null) => void

/**
 * The file system proper-lockfile works on: creating and removing the lock folder go through the disk.
 * Its stat (a read) and utimes (the time stamp it refreshes every 5 s; a failure there reaches onCompromised)
 * stay on node:fs, as does the rmdirSync it runs at the process's exit.
 */
function lockFs(disk: Disk) {
  const done = (promise: Promise<unknown>, callback: Callback): void => {
    promise.then(
      () => callback(null),
      (error: NodeJS.ErrnoException) => callback(error),
    )
  }
  // Only what proper-lockfile calls: a spread of the whole fs module cost a quarter of a millisecond per open.
  return {
    stat: fs.stat,
    utimes: fs.utimes,
    realpath: fs.realpath,
    rmdirSync: fs.rmdirSync,
    mkdir: (path: string, callback: Callback) => done(disk.mkdir(path, { exclusive: true }), callback),
    rmdir: (path: string, callback: Callback) => done(disk.rm(path), callback),
  }
}

const take = (disk: Disk, dir: string, onCompromised: (error: Error) => void): Promise<Release> =>
  lockfile
    .lock(dir, {
      lockfilePath: lockPath(dir),
      realpath: false,
      stale: 15_000,
      update: 5_000,
      onCompromised,
      fs: lockFs(disk),
    })
    .then(
      (release) => () =>
        release().catch((error: unknown) => {
          // A lock whose folder was moved or deleted while held was already given up (onCompromised).
          if ((error as NodeJS.ErrnoException).code === 'ERELEASED') return
          throw ioError(lockPath(dir), error)
        }),
    )

export async function lockLibrary(
  dir: string,
  disk: Disk,
  onCompromised: (error: Error) => void,
): Promise<Release> {
  let release: Release
  try {
    release = await take(disk, dir, onCompromised)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw ioError(dir, error)
    if (!(await holderIsGone(disk, dir))) {
      throw new LibraryError(
        'locked',
        `${dir} is open in another window or command; close it first, or open the library read-only`,
      )
    }
    try {
      await disk.rm(lockPath(dir))
      release = await take(disk, dir, onCompromised)
    } catch (error) {
      throw ioError(lockPath(dir), error)
    }
  }
  const owner: Owner = { pid: process.pid, host: hostname() }
  try {
    // Replaced whole but not fsynced: the note only speeds up taking over a crashed holder's lock, and after a
    // power loss the lock goes stale anyway. Two fsyncs here made opening a small library for writing slower.
    await writeFileDurably(disk, ownerPath(dir), JSON.stringify(owner), { sync: false })
  } catch (error) {
    // Fix (faultMatrix.test.ts, taking the lock): a failed owner note left the lock taken and refreshed by
    // nobody's library, so the folder stayed "open in another window" until the process ended.
    await release().catch(() => undefined)
    throw ioError(ownerPath(dir), error)
  }
  held.add(resolve(dir))
  return async () => {
    held.delete(resolve(dir))
    await disk.rm(ownerPath(dir)).catch(() => undefined)
    await release()
  }
}
