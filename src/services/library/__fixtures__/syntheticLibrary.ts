// Synthetic libraries on disk from the generator of syntheticProfiles.ts, for the benchmarks and the load test.
import type { StoredRecord } from '../../../core/library/record'
import { formatId } from '../commands'
import { nodeDisk } from '../disk'
import { Library } from '../library'
import { libraryPaths } from '../paths'
import { writeSnapshot } from '../snapshot'
import { syntheticProfile, syntheticProfiles } from './syntheticProfiles'

const BATCH = 500

/** Creates a library of `size` synthetic profiles in `dir` through imports of 500 (compacted, closed). */
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

/** The record of synthetic profile `i` as a library holds it: id `p-00000(i+1)`, never edited. */
export function syntheticRecord(i: number): StoredRecord {
  const id = formatId(i + 1)
  // syntheticProfile is already checked with ProfileSchema.
  return { id, deleted: null, edited: [], profile: { ...syntheticProfile(i), id } }
}

/**
 * Creates a library of `size` synthetic profiles in `dir` much faster than importing them: a new library whose
 * snapshot the library's own writer replaces with the records (as a compaction writes it), with no history.
 */
export async function writeSyntheticLibrary(dir: string, size: number): Promise<void> {
  const library = await Library.open(dir, { create: true })
  await library.close()
  const records = Array.from({ length: size }, (_, i) => syntheticRecord(i))
  await writeSnapshot(nodeDisk, libraryPaths(dir), { seq: 0, nextId: size + 1, done: [], redo: [] }, records)
}
