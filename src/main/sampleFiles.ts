// The files of the sample folder, in a stable order. A missing folder is an empty sample set, not an error:
// the screen then says where it looked.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'

export async function sampleFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true })
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => join(folder, entry.name))
      .sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}
