// history/: journal entries moved out of journal.jsonl by compaction, kept so that undo, redo, revert and
// the history list reach back past it. One file per compaction, named by its last seq.
import { join } from 'node:path'
import type { Disk } from './disk'
import type { HistoryItem } from '../../core/library/reports'
import { readJournal, type JournalEntry } from './journal'

export class HistorySegments {
  private cache: Map<number, JournalEntry> | null = null

  constructor(
    private readonly disk: Disk,
    private readonly dir: string,
  ) {}

  static fileName(lastSeq: number): string {
    return `${String(lastSeq).padStart(9, '0')}.jsonl`
  }

  /** Every entry in the segments, by seq (read once, on first need). */
  async all(): Promise<Map<number, JournalEntry>> {
    if (this.cache) return this.cache
    const entries = new Map<number, JournalEntry>()
    const files = (await this.disk.exists(this.dir))
      ? (await this.disk.readdir(this.dir)).filter((f) => f.endsWith('.jsonl')).sort()
      : []
    for (const file of files) {
      const path = join(this.dir, file)
      for (const entry of readJournal(await this.disk.readFile(path), path).entries)
        entries.set(entry.seq, entry)
    }
    this.cache = entries
    return entries
  }

  /** Forget the cache after a compaction added a segment. */
  invalidate(): void {
    this.cache = null
  }
}

/** The newest `limit` entries as the history list shows them; `redo` is the redo stack (undone changes). */
export function historyItems(
  entries: Iterable<JournalEntry>,
  redo: readonly number[],
  limit: number,
): HistoryItem[] {
  const undone = new Set(redo)
  return [...entries]
    .sort((a, b) => b.seq - a.seq)
    .slice(0, limit)
    .map((e) => ({
      seq: e.seq,
      at: e.at,
      kind: e.kind,
      label: e.label,
      target: e.target,
      profiles: [...new Set(e.changes.map((c) => c.id))],
      undone: e.kind === 'do' && undone.has(e.seq),
    }))
}
