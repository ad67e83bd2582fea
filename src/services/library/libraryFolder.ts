// The library folder's life outside the journal: making a new library, reading a file with a one-line error,
// clearing the temp files a crash left behind.
import { randomUUID } from 'node:crypto'
import { dirname, join } from 'node:path'
import { syncDirectory, writeFileDurably, type Disk } from './disk'
import { ioError, LibraryError } from './errors'
import { createManifest } from './manifest'
import type { LibraryPaths } from './paths'
import { writeSnapshot } from './snapshot'

/** Temp files of writes a crash interrupted: with the lock held, no other writer can own them. */
export async function removeLeftovers(disk: Disk, paths: LibraryPaths): Promise<void> {
  for (const dir of [paths.dir, paths.history]) {
    if (!(await disk.exists(dir))) continue
    for (const name of await disk.readdir(dir)) {
      if (name.endsWith('.tmp')) await disk.unlink(join(dir, name)).catch(() => undefined)
    }
  }
}

export async function read(disk: Disk, path: string): Promise<Buffer> {
  try {
    return await disk.readFile(path)
  } catch (error) {
    throw ioError(path, error)
  }
}

/** Makes a new library in an absent or empty folder: data files first, the manifest last. */
export async function createIfAbsent(disk: Disk, paths: LibraryPaths, now: string): Promise<void> {
  if (await disk.exists(`${paths.dir}/library.json`)) return
  // Fix (powerLoss.test.ts): a power loss during creation left the library's own files without library.json,
  // and the folder was then refused for ever ("not empty"), the app's default library included. Such a
  // folder holds nothing of the curator's: create the library over it.
  const ours = /^(profiles\.jsonl|index\.jsonl|journal\.jsonl|library\.json)(\.\d+\.tmp)?$/
  // Fix (cliBadInput.test.ts): a file given as the library folder escaped as a raw ENOTDIR with its stack.
  const names = (await disk.exists(paths.dir))
    ? await disk.readdir(paths.dir).catch((error: unknown) => {
        throw ioError(paths.dir, error)
      })
    : []
  if (names.some((name) => !ours.test(name))) {
    throw new LibraryError(
      'not-a-library',
      `${paths.dir} is not empty and is not a library; choose an empty or new folder`,
    )
  }
  try {
    await disk.mkdir(paths.dir)
    await writeSnapshot(disk, paths, { seq: 0, nextId: 1, done: [], redo: [] }, [])
    await writeFileDurably(disk, paths.journal, '')
    await createManifest(disk, paths.dir, randomUUID(), now)
    await syncDirectory(disk, paths.dir)
    // Fix (powerLoss.test.ts): the library folder's own entry in its parent was never fsynced, so a power
    // loss could take the whole new library, and every command acknowledged in it, away.
    await syncDirectory(disk, dirname(paths.dir))
  } catch (error) {
    throw error instanceof LibraryError ? error : ioError(paths.dir, error)
  }
}
