// A synthetic library on disk, built through the real store from the library bench's generator, for suites
// that measure something else on top of it (the renderer).
import { Library } from '../src/services/library/library'
import { syntheticProfiles } from './syntheticProfiles'

const BATCH = 500

/** Creates a library of `size` synthetic profiles in `dir` (compacted, closed). */
export async function buildSyntheticLibrary(
  dir: string,
  size: number,
  log: (message: string) => void,
): Promise<void> {
  const library = await Library.open(dir, { create: true })
  try {
    for (let from = 0; from < size; from += BATCH) {
      await library.apply({ type: 'create', profiles: syntheticProfiles(from, Math.min(BATCH, size - from)) })
      if ((from / BATCH + 1) % 40 === 0) log(`${size}: built ${from + BATCH}`)
    }
    await library.compact()
  } finally {
    await library.close()
  }
}
