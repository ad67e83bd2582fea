// journal.jsonl: one entry per line, appended and fsynced before a command is acknowledged. The newline
// ends an entry: a last line without one is a torn write that was never acknowledged, and is dropped.
import { z } from 'zod'
import { ChangeSchema } from './changes'
import { LibraryError } from './errors'

export const JournalEntrySchema = z
  .object({
    seq: z.number().int().positive(),
    at: z.iso.datetime({ offset: true }),
    /** `do` is a command; `undo` and `redo` replay an earlier one (`target`) backwards or forwards. */
    kind: z.enum(['do', 'undo', 'redo']),
    label: z.string(),
    target: z.number().int().positive().nullable(),
    /** The next profile id number after this entry: ids are never reused, even after an undo. */
    nextId: z.number().int().positive(),
    changes: z.array(ChangeSchema),
  })
  .strict()
export type JournalEntry = z.infer<typeof JournalEntrySchema>

export interface JournalRead {
  entries: JournalEntry[]
  /** Bytes up to the end of the last complete entry. */
  validLength: number
  /** Whether bytes after that (a torn, unacknowledged write) were found. */
  torn: boolean
}

/** Parses journal bytes; a torn last line is dropped, a damaged line before it is corruption. */
export function readJournal(bytes: Buffer, file: string): JournalRead {
  const entries: JournalEntry[] = []
  let start = 0
  let line = 1
  while (start < bytes.length) {
    const end = bytes.indexOf(10, start)
    if (end < 0) return { entries, validLength: start, torn: true }
    const text = bytes.toString('utf8', start, end)
    if (text.trim()) {
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        throw new LibraryError('corrupt', `${file}: line ${line} is not valid JSON; the journal is damaged`)
      }
      const entry = JournalEntrySchema.safeParse(parsed)
      if (!entry.success) {
        const issue = entry.error.issues[0]
        throw new LibraryError(
          'corrupt',
          `${file}: line ${line}: ${issue?.path.join('.')}: ${issue?.message}`,
        )
      }
      entries.push(entry.data)
    }
    start = end + 1
    line += 1
  }
  return { entries, validLength: start, torn: false }
}

export const serializeEntry = (entry: JournalEntry): string => `${JSON.stringify(entry)}\n`
