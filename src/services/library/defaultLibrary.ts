// The library a new user starts with: a folder in the app's data folder, filled on first start with the sample
// profiles shipped in resources/, so the first screen shows real profiles.
import { join } from 'node:path'
import { importFiles } from '../import/importFiles'
import { nodeDisk, type Disk } from './disk'
import { Library } from './library'
import { manifestPath } from './manifest'

export const defaultLibraryDir = (userDataDir: string): string => join(userDataDir, 'library')

/** Opens the default library, creating it from the samples when it does not exist yet. */
export async function openDefaultLibrary(
  userDataDir: string,
  samplesDir: string,
  disk: Disk = nodeDisk,
): Promise<Library> {
  const dir = defaultLibraryDir(userDataDir)
  const isNew = !(await disk.exists(manifestPath(dir)))
  const library = await Library.open(dir, { create: true, disk })
  if (isNew) {
    await importFiles(library, [samplesDir])
    // The samples are the starting point, not a step the curator should undo.
    await library.startHere()
  }
  return library
}
