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

/** One line's entry, or the reason it is damaged. */
function parseEntry(text: string): JournalEntry | { damaged: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { damaged: 'is not valid JSON; the journal is damaged' }
  }
  const entry = JournalEntrySchema.safeParse(parsed)
  if (entry.success) return entry.data
  const issue = entry.error.issues[0]
  return { damaged: `${issue?.path.join('.')}: ${issue?.message}` }
}

/**
 * Parses journal bytes; a torn tail is dropped, a damaged line followed by a valid entry is corruption.
 * Fix (powerLoss.test.ts): a power loss during the append of an entry of several sectors can keep its last
 * sector, newline included, and lose an earlier one (zeros, or old bytes), so an unacknowledged entry can end
 * in a newline and still be damaged. Every acknowledged entry was fsynced before the next was written, so
 * damage with no valid entry after it is that torn append, and is dropped like a line without its newline.
 */
export function readJournal(bytes: Buffer, file: string): JournalRead {
  const entries: JournalEntry[] = []
  let start = 0
  let line = 1
  let damage: { start: number; line: number; reason: string } | null = null
  while (start < bytes.length) {
    const end = bytes.indexOf(10, start)
    if (end < 0) break
    const text = bytes.toString('utf8', start, end)
    if (text.trim()) {
      const entry = parseEntry(text)
      if ('damaged' in entry) damage ??= { start, line, reason: entry.damaged }
      else if (damage) {
        const at = `${file}: line ${damage.line}`
        throw new LibraryError(
          'corrupt',
          damage.reason.startsWith('is not') ? `${at} ${damage.reason}` : `${at}: ${damage.reason}`,
        )
      } else entries.push(entry)
    }
    start = end + 1
    line += 1
  }
  if (damage) return { entries, validLength: damage.start, torn: true }
  return { entries, validLength: start, torn: start < bytes.length }
}

export const serializeEntry = (entry: JournalEntry): string => `${JSON.stringify(entry)}\n`
