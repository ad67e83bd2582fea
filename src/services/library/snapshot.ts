// profiles.jsonl (every record, one per line, sorted by id) and index.jsonl (the small summary the list
// needs), written at compaction. The header line says up to which journal entry they include.
import { z } from 'zod'
import { ProfileSummarySchema, summarize, type ProfileSummary } from '../../core/library/summary'
import { StoredRecordSchema, type StoredRecord } from './changes'
import { writeFileDurably, type Disk } from './disk'
import { LibraryError } from './errors'

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

const IndexHeaderSchema = z
  .object({
    format: z.literal('profile-curator-index'),
    seq: z.number().int().nonnegative(),
    count: z.number().int(),
  })
  .strict()

/** Calls `each` with the text of every line; a file that does not end in a newline is damaged. */
function forEachLine(bytes: Buffer, file: string, each: (text: string, line: number) => void): void {
  if (bytes.length > 0 && bytes[bytes.length - 1] !== 10) {
    throw new LibraryError('corrupt', `${file}: the file is cut short (no final newline)`)
  }
  let start = 0
  for (let line = 1; start < bytes.length; line++) {
    const end = bytes.indexOf(10, start)
    each(bytes.toString('utf8', start, end), line)
    start = end + 1
  }
}

function parseLine<T>(schema: z.ZodType<T>, text: string, file: string, line: number): T {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new LibraryError('corrupt', `${file}: line ${line} is not valid JSON`)
  }
  const parsed = schema.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new LibraryError(
    'corrupt',
    `${file}: line ${line}: ${issue?.path.join('.') || 'record'}: ${issue?.message}`,
  )
}

export function readSnapshot(
  bytes: Buffer,
  file: string,
): { header: SnapshotHeader; records: StoredRecord[] } {
  let header: SnapshotHeader | null = null
  const records: StoredRecord[] = []
  forEachLine(bytes, file, (text, line) => {
    if (line === 1) header = parseLine(SnapshotHeaderSchema, text, file, line)
    else records.push(parseLine(StoredRecordSchema, text, file, line))
  })
  if (!header) throw new LibraryError('corrupt', `${file}: no header line`)
  const h: SnapshotHeader = header
  if (h.count !== records.length) {
    throw new LibraryError(
      'corrupt',
      `${file}: the header announces ${h.count} records but ${records.length} were found`,
    )
  }
  return { header: h, records }
}

/** The index, or null when it is missing or does not match the snapshot (it is a cache and can be rebuilt). */
export function readIndex(bytes: Buffer, file: string, seq: number): ProfileSummary[] | null {
  try {
    const summaries: ProfileSummary[] = []
    let ok = true
    forEachLine(bytes, file, (text, line) => {
      if (line === 1) ok = parseLine(IndexHeaderSchema, text, file, line).seq === seq
      else if (ok) summaries.push(parseLine(ProfileSummarySchema, text, file, line))
    })
    return ok ? summaries : null
  } catch {
    return null
  }
}

function* snapshotLines(header: SnapshotHeader, records: readonly StoredRecord[]): Generator<string> {
  yield `${JSON.stringify(header)}\n`
  for (const r of records)
    yield `${JSON.stringify({ id: r.id, deleted: r.deleted, edited: r.edited, profile: r.profile })}\n`
}

function* indexLines(seq: number, records: readonly StoredRecord[]): Generator<string> {
  yield `${JSON.stringify({ format: 'profile-curator-index', seq, count: records.length })}\n`
  for (const r of records) yield `${JSON.stringify(summarize(r.profile, { deleted: r.deleted }))}\n`
}

export async function writeSnapshot(
  disk: Disk,
  paths: { snapshot: string; index: string },
  header: Omit<SnapshotHeader, 'format' | 'count'>,
  records: readonly StoredRecord[],
): Promise<void> {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const full: SnapshotHeader = { format: 'profile-curator-snapshot', count: sorted.length, ...header }
  await writeFileDurably(disk, paths.snapshot, snapshotLines(full, sorted))
  await writeFileDurably(disk, paths.index, indexLines(header.seq, sorted))
}
