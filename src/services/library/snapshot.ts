// profiles.jsonl (every record, one per line, sorted by id) and index.jsonl (the small summary the list
// needs), written at compaction. The header line says up to which journal entry they include.
import { z } from 'zod'
import { StoredRecordSchema, type StoredRecord } from '../../core/library/record'
import { summarize } from '../../core/library/summary'
import { writeFileDurably, type Disk } from './disk'
import { LibraryError } from './errors'
import { indexLines } from './indexFile'
import { jsonLines, readJsonLines } from './jsonLines'

export const SnapshotHeaderSchema = z
  .object({
    format: z.literal('profile-curator-snapshot'),
    seq: z.number().int().nonnegative(),
    nextId: z.number().int().positive(),
    count: z.number().int().nonnegative(),
    /** The undo and redo stacks (journal seqs) at the snapshot, so undo works across compactions. */
    done: z.array(z.number().int().positive()),
    redo: z.array(z.number().int().positive()),
  })
  .strict()
export type SnapshotHeader = z.infer<typeof SnapshotHeaderSchema>

export async function readSnapshot(
  disk: Disk,
  path: string,
): Promise<{ header: SnapshotHeader; records: StoredRecord[] }> {
  const { header, rows } = await readJsonLines(disk, path, SnapshotHeaderSchema, StoredRecordSchema)
  if (header.count !== rows.length) {
    throw new LibraryError(
      'corrupt',
      `${path}: the header announces ${header.count} records but ${rows.length} were found`,
    )
  }
  return { header, records: rows }
}

export async function writeSnapshot(
  disk: Disk,
  paths: { snapshot: string; index: string },
  header: Omit<SnapshotHeader, 'format' | 'count'>,
  records: readonly StoredRecord[],
): Promise<void> {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const full: SnapshotHeader = { format: 'profile-curator-snapshot', count: sorted.length, ...header }
  const lines = sorted.map((r) => ({
    id: r.id,
    deleted: r.deleted,
    edited: r.edited,
    ...(r.rejected?.length ? { rejected: r.rejected } : {}),
    profile: r.profile,
  }))
  await writeFileDurably(disk, paths.snapshot, jsonLines(full, lines))
  await writeFileDurably(
    disk,
    paths.index,
    indexLines(
      header.seq,
      sorted.length,
      (function* () {
        for (const r of sorted) yield summarize(r.profile, { deleted: r.deleted })
      })(),
    ),
  )
}
