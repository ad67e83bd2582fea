// The steps that bring a library from one format version to the next, run by readManifest (manifest.ts) with
// the library locked. Each is atomic per file and safe to run again after an interruption.
import { z } from 'zod'
import { ProfileSummarySchema } from '../../core/library/summary'
import { writeFileDurably, type Disk } from './disk'
import { ioError } from './errors'
import { indexLines, readIndex } from './indexFile'
import { readJsonLines } from './jsonLines'
import { libraryPaths } from './paths'

const IndexV1HeaderSchema = z
  .object({
    format: z.literal('profile-curator-index'),
    seq: z.number().int().nonnegative(),
    count: z.number().int(),
  })
  .strict()

/**
 * 1 → 2: the rows of index.jsonl become arrays under a header naming the columns (indexFile.ts). The index is a
 * cache: one that is missing, damaged or already rewritten is left as it is (the list then reads the snapshot
 * until the next compaction rewrites the index).
 */
export async function indexRowsAsArrays(dir: string, disk: Disk): Promise<void> {
  const { index } = libraryPaths(dir)
  if (!(await disk.exists(index)) || readIndex(disk, index)) return
  const old = await readJsonLines(disk, index, IndexV1HeaderSchema, ProfileSummarySchema).catch(() => null)
  if (!old || old.header.count !== old.rows.length) return
  try {
    await writeFileDurably(disk, index, indexLines(old.header.seq, old.rows.length, old.rows))
  } catch (error) {
    throw ioError(index, error)
  }
}
