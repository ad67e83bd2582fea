// The steps that bring a library from one format version to the next, run by readManifest (manifest.ts) with
// the library locked. Each is atomic per file and safe to run again after an interruption.
import { z } from 'zod'
import { ProfileSummarySchema } from '../../core/library/summary'
import { writeFileDurably, type Disk } from './disk'
import { ioError } from './errors'
import { indexLines, readIndex } from './indexFile'
import { readSmallJsonLines } from './jsonLines'
import { libraryPaths } from './paths'

const indexHeader = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({
      format: z.literal('profile-curator-index'),
      seq: z.number().int().nonnegative(),
      count: z.number().int(),
      ...shape,
    })
    .strict()

/**
 * Rewrites index.jsonl in the current format from an older one, read with `header` and `decode`. The index is a
 * cache: one that is missing, damaged or already rewritten is left as it is (the list then reads the snapshot
 * until the next compaction rewrites the index).
 */
async function rewriteIndex(
  dir: string,
  disk: Disk,
  header: z.ZodType<{ seq: number; count: number }>,
  decode: (value: unknown) => unknown,
): Promise<void> {
  const { index } = libraryPaths(dir)
  if (!(await disk.exists(index)) || readIndex(disk, index)) return
  let old
  try {
    old = readSmallJsonLines(disk, index, header, ProfileSummarySchema, decode)
  } catch {
    return
  }
  if (old.header.count !== old.rows.length) return
  try {
    await writeFileDurably(disk, index, indexLines(old.header.seq, old.rows.length, old.rows))
  } catch (error) {
    throw ioError(index, error)
  }
}

/** 1 → 2: the rows of index.jsonl, one object each, become arrays under a header naming the columns. */
export const indexRowsAsArrays = (dir: string, disk: Disk): Promise<void> =>
  rewriteIndex(dir, disk, indexHeader({}), (row) => row)

/** The columns of a version-2 row, whose `missing` was an array of metric names (frozen: INDEX_COLUMNS may change). */
const V2_COLUMNS = [
  'id',
  'city',
  'country',
  'status',
  'percent',
  'missing',
  'layout',
  'unassigned',
  'sections',
  'updatedAt',
  'deleted',
] as const

/** 2 → 3: a row's `missing` becomes a number, one bit per metric the header names. */
export const indexMissingAsBits = (dir: string, disk: Disk): Promise<void> =>
  rewriteIndex(
    dir,
    disk,
    indexHeader({ columns: z.array(z.string()).refine((c) => c.join() === V2_COLUMNS.join()) }),
    (row) =>
      Array.isArray(row) && row.length === V2_COLUMNS.length
        ? Object.fromEntries(V2_COLUMNS.map((column, i) => [column, row[i] as unknown]))
        : row,
  )

/**
 * 3 → 4: profiles.jsonl and index.jsonl end with a CRC-32 instead of a SHA-256 (see jsonLines.ts). Nothing is
 * rewritten: this version reads both, and the next compaction writes the new one. The version is what tells an
 * older app, which would refuse a CRC-32 trailer as damage, to ask for an update instead.
 */
export const checksumAsCrc32 = async (): Promise<void> => {}
