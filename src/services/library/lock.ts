// One writer per library: a lock that every process respects (two app windows, the app and the CLI).
// proper-lockfile keeps a lock folder fresh while we hold it, so a crashed holder's lock goes stale and
// the library can be opened again.
import lockfile from 'proper-lockfile'
import { join } from 'node:path'
import { LibraryError } from './errors'

export type Release = () => Promise<void>

export const lockPath = (dir: string): string => join(dir, '.lock')

export async function lockLibrary(dir: string, onCompromised: (error: Error) => void): Promise<Release> {
  try {
    return await lockfile.lock(dir, {
      lockfilePath: lockPath(dir),
      realpath: false,
      stale: 15_000,
      update: 5_000,
      onCompromised,
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new LibraryError(
        'locked',
        `${dir} is open in another window or command; close it first, or open the library read-only`,
      )
    }
    throw error
  }
}
