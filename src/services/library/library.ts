// The library: a folder of profiles that never loses a curator's work. Every change goes through apply()
// (or undo/redo/revert), which validates it, appends it to the journal with an fsync, and only then changes
// the state in memory. See docs/storage.md for the files and the reasons.
import type { FileHandle } from 'node:fs/promises'
import type { ProfileSummary } from '../../core/library/summary'
import { summaryOf } from './summaryCache'
import { invert, laterConflict, revertChanges, type StoredRecord } from './changes'
import { compile, CommandSchema, type Command } from './commands'
import { nodeDisk, writeAll, writeFileDurably, type Disk } from './disk'
import { ioError, LibraryError } from './errors'
import { historyItems, HistorySegments } from './historySegments'
import { createIfAbsent, read, removeLeftovers } from './libraryFolder'
import { readJournal, serializeEntry, type JournalEntry } from './journal'
import { lockLibrary, type Release } from './lock'
import { readManifest } from './manifest'
import { libraryPaths, type LibraryPaths } from './paths'
import { readSnapshot, writeSnapshot } from './snapshot'
import { LibraryState } from './state'
import type { ApplyResult, HistoryItem } from '../../core/library/reports'

export interface OpenOptions {
  /** Create the library when the folder is absent or empty. */
  create?: boolean
  /** Open without the lock; every change is refused. */
  readOnly?: boolean
  disk?: Disk
  now?: () => string
  /** Compact when the journal holds this many entries (tests lower it). */
  compactEvery?: number
}

export type { ApplyResult, HistoryItem }

const COMPACT_BYTES = 64 * 1024 * 1024
const movedOrDeleted = (dir: string): LibraryError =>
  new LibraryError(
    'io',
    `${dir}: the library folder was moved or deleted while it was open; nothing more is written there, reopen the library where it is now`,
  )

export class Library {
  private journalLength = 0
  private journalEntries = 0
  private queue: Promise<unknown> = Promise.resolve()
  private compacting: Promise<void> | null = null
  private failure: LibraryError | null = null
  private readonly recent = new Map<number, JournalEntry>()
  /** The last entry the latest compaction put in the snapshot. */
  private compactedSeq = 0

  private constructor(
    readonly paths: LibraryPaths,
    readonly readOnly: boolean,
    readonly disk: Disk,
    private readonly state: LibraryState,
    private journal: FileHandle | null,
    private release: Release | null,
    private readonly now: () => string,
    private readonly compactEvery: number,
    private readonly segments: HistorySegments,
  ) {}

  static async open(dir: string, options: OpenOptions = {}): Promise<Library> {
    const disk = options.disk ?? nodeDisk
    const now = options.now ?? (() => new Date().toISOString())
    const paths = libraryPaths(dir)
    const readOnly = options.readOnly ?? false
    if (options.create && !readOnly) await createIfAbsent(disk, paths, now())
    if (!(await disk.exists(dir))) throw new LibraryError('not-found', `${dir}: no such folder`)
    let release: Release | null = null
    let library: Library | undefined
    let journalHandle: FileHandle | null = null
    if (!readOnly) release = await lockLibrary(dir, disk, (error) => library?.fail(error))
    try {
      if (!readOnly) await removeLeftovers(disk, paths)
      const manifest = await readManifest(disk, dir, !readOnly)
      if (!manifest)
        throw new LibraryError('not-a-library', `${dir} is not a Profile Curator library (no library.json)`)
      // The journal before the snapshot: a compaction writes its snapshot before it cuts the journal, so a
      // journal read first is never newer than the snapshot read after it (when another process compacts
      // while this one opens read-only). Also, no I/O follows the snapshot's parse, so the collection that
      // parse makes due runs after open returns, as it does after a plain read and JSON.parse.
      const journalExists = await disk.exists(paths.journal)
      const bytes = journalExists ? await read(disk, paths.journal) : Buffer.alloc(0)
      if (!readOnly && journalExists) journalHandle = await disk.open(paths.journal, 'r+')
      const snapshot = await readSnapshot(disk, paths.snapshot)
      const state = LibraryState.fromSnapshot(snapshot.header, snapshot.records)
      const journal = readJournal(bytes, paths.journal)
      const segments = new HistorySegments(disk, paths.history)
      library = new Library(
        paths,
        readOnly,
        disk,
        state,
        null,
        release,
        now,
        options.compactEvery ?? 2000,
        segments,
      )
      library.replay(journal.entries)
      if (!readOnly) {
        journalHandle ??= await disk.open(paths.journal, 'w+')
        // A torn last line was never acknowledged: cut it off before appending after it.
        if (journal.torn) await journalHandle.truncate(journal.validLength)
        library.journal = journalHandle
      }
      library.journalLength = journal.validLength
      return library
    } catch (error) {
      await journalHandle?.close().catch(() => undefined)
      await release?.()
      throw error instanceof LibraryError ? error : ioError(dir, error)
    }
  }

  private replay(entries: readonly JournalEntry[]): void {
    for (const entry of entries) {
      this.journalEntries += 1
      // Fix (faults.test.ts, "EIO writing the index"): entries the snapshot already holds are still history:
      // when a compaction stopped (failed, or crashed) after the snapshot and before history/, they are only
      // here, and skipping them made undo fail with "history entry N is missing".
      if (entry.seq <= this.state.seq) {
        this.recent.set(entry.seq, entry)
        continue
      }
      if (entry.seq !== this.state.seq + 1) {
        throw new LibraryError(
          'corrupt',
          `${this.paths.journal}: entry ${entry.seq} follows ${this.state.seq}; entries are missing`,
        )
      }
      this.state.apply(entry)
      this.recent.set(entry.seq, entry)
    }
  }

  private fail(error: Error): void {
    // The lock folder vanished with the library folder (moved or deleted): say that, not a lock's internals.
    this.failure = error.message.startsWith('ENOENT')
      ? movedOrDeleted(this.paths.dir)
      : new LibraryError(
          'io',
          `${this.paths.dir}: the library lock was lost (${error.message}); reopen the library`,
        )
  }

  private assertWritable(): void {
    if (this.failure) throw this.failure
    if (this.readOnly || !this.journal)
      throw new LibraryError('read-only', `${this.paths.dir} is open read-only`)
  }

  /** Runs writes one at a time, in order. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work)
    this.queue = run.catch(() => undefined)
    return run
  }

  get size(): number {
    let n = 0
    for (const r of this.state.records.values()) if (!r.deleted) n += 1
    return n
  }

  get(id: string): StoredRecord | undefined {
    return this.state.records.get(id)
  }

  /** Every record, in the library and in the trash. */
  records(): IterableIterator<StoredRecord> {
    return this.state.records.values()
  }

  summaries(): ProfileSummary[] {
    return [...this.state.records.values()].map(summaryOf)
  }

  get seq(): number {
    return this.state.seq
  }

  /** Why every write is refused from now on (the folder moved, the lock lost…), or null while writes go on. */
  get writeRefusal(): string | null {
    return this.failure?.message ?? null
  }

  /**
   * Refuses this write and every later one once the library's folder was deleted or moved while open (the
   * journal's path no longer names the open journal). Fix (faults.test.ts, "a library folder deleted while
   * open"): an open handle still takes writes to a file whose folder was deleted, so an entry was acknowledged
   * and then lost.
   */
  async assertInPlace(): Promise<void> {
    if (!this.journal) return
    const open = await this.journal.stat()
    const named = await this.disk.identify(this.paths.journal)
    if (open.nlink > 0 && named?.ino === open.ino && named.dev === open.dev) return
    this.failure = movedOrDeleted(this.paths.dir)
    throw this.failure
  }

  /** Appends an entry durably; returns its length in bytes. */
  private async append(entry: JournalEntry): Promise<number> {
    const bytes = Buffer.from(serializeEntry(entry))
    const handle = this.journal!
    // Fix (faults.test.ts, "deleted or moved while open, then imported into"): a library folder moved away
    // while open still took entries through the open handle, while what is written by path (sources,
    // compactions) went to the old place: refuse before writing anything, and what follows.
    await this.assertInPlace()
    try {
      await writeAll(handle, bytes, this.journalLength)
      await handle.datasync()
      // Deleted while the entry was being written.
      if ((await handle.stat()).nlink === 0) {
        this.failure = movedOrDeleted(this.paths.dir)
        throw this.failure
      }
    } catch (error) {
      // Whatever reached the file is not acknowledged: cut it off so the next entry follows a complete line.
      await handle.truncate(this.journalLength).catch(() => {
        this.failure ??= new LibraryError(
          'io',
          `${this.paths.journal}: a failed write could not be rolled back; reopen the library`,
        )
      })
      throw ioError(this.paths.journal, error)
    }
    return bytes.length
  }

  private async commit(entry: JournalEntry): Promise<ApplyResult> {
    const length = await this.append(entry)
    // Fix (faults.test.ts, "a compaction started at any moment"): the journal's length and the state change in
    // one synchronous step. They used to change a microtask apart, and a compaction starting in between cut the
    // new entry out of the journal without having it in its snapshot: an acknowledged command was lost.
    this.journalLength += length
    this.journalEntries += 1
    this.state.apply(entry)
    this.recent.set(entry.seq, entry)
    // Compact after many entries, or when big imports make the journal long to replay at the next open.
    if (this.journalEntries >= this.compactEvery || this.journalLength >= COMPACT_BYTES) {
      void this.startCompaction().catch(() => undefined)
    }
    return { seq: entry.seq, label: entry.label, changed: [...new Set(entry.changes.map((c) => c.id))] }
  }

  /** The one mutation path: validates the command, journals it durably, then applies it. */
  apply(command: Command): Promise<ApplyResult> {
    this.assertWritable()
    const parsed = CommandSchema.safeParse(command)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new LibraryError(
        'invalid',
        `invalid command: ${issue?.path.join('.') || 'command'}: ${issue?.message}`,
      )
    }
    return this.serial(async () => {
      const at = this.now()
      const compiled = compile(parsed.data, {
        records: this.state.records,
        nextId: this.state.nextId,
        now: at,
      })
      if (compiled.changes.length === 0) return { seq: null, label: compiled.label, changed: [] }
      const entry: JournalEntry = {
        seq: this.state.seq + 1,
        at,
        kind: 'do',
        label: compiled.label,
        target: null,
        nextId: compiled.nextId,
        changes: compiled.changes,
      }
      return this.commit(entry)
    })
  }

  private async entry(seq: number): Promise<JournalEntry> {
    const entry = this.recent.get(seq) ?? (await this.segments.all()).get(seq)
    if (!entry) throw new LibraryError('corrupt', `${this.paths.dir}: history entry ${seq} is missing`)
    return entry
  }

  /** The label of what undo or redo would do next, or null. */
  async nextUndo(): Promise<string | null> {
    const seq = this.state.done.at(-1)
    return seq === undefined ? null : (await this.entry(seq)).label
  }

  async nextRedo(): Promise<string | null> {
    const seq = this.state.redo.at(-1)
    return seq === undefined ? null : (await this.entry(seq)).label
  }

  undo(): Promise<ApplyResult> {
    this.assertWritable()
    return this.serial(async () => {
      const target = this.state.done.at(-1)
      if (target === undefined) throw new LibraryError('nothing-to-undo', 'there is nothing to undo')
      const done = await this.entry(target)
      return this.commit({
        ...this.base(),
        kind: 'undo',
        label: `Undo: ${done.label}`,
        target,
        changes: invert(done.changes),
      })
    })
  }

  redo(): Promise<ApplyResult> {
    this.assertWritable()
    return this.serial(async () => {
      const target = this.state.redo.at(-1)
      if (target === undefined) throw new LibraryError('nothing-to-redo', 'there is nothing to redo')
      const undone = await this.entry(target)
      return this.commit({
        ...this.base(),
        kind: 'redo',
        label: `Redo: ${undone.label}`,
        target,
        changes: undone.changes,
      })
    })
  }

  /** Reverts one earlier change on its own, when no later change touched the same fields. */
  revert(seq: number): Promise<ApplyResult> {
    this.assertWritable()
    return this.serial(async () => {
      if (!this.state.done.includes(seq)) {
        throw new LibraryError('conflict', `change ${seq} is not in effect (undone, reverted, or unknown)`)
      }
      const target = await this.entry(seq)
      const later = [...(await this.segments.all()).values(), ...this.recent.values()].filter(
        (e) => e.seq > seq,
      )
      const conflict = laterConflict(target, later)
      if (conflict) {
        throw new LibraryError(
          'conflict',
          `change ${seq} cannot be reverted on its own: change ${conflict.seq} (${conflict.label}) later changed the same fields`,
        )
      }
      const base = this.base()
      const changes = revertChanges(target.changes, this.state.records, base.at)
      return this.commit({ ...base, kind: 'do', label: `Revert: ${target.label}`, target: seq, changes })
    })
  }

  private base(): Pick<JournalEntry, 'seq' | 'at' | 'nextId'> {
    return { seq: this.state.seq + 1, at: this.now(), nextId: this.state.nextId }
  }

  /** The most recent history, newest first. */
  async history(limit = 50): Promise<HistoryItem[]> {
    const all = new Map([...(await this.segments.all()), ...this.recent])
    return historyItems(all.values(), this.state.redo, limit)
  }

  /**
   * Writes a new snapshot and index, moves the journal's entries to history/, and starts an empty journal.
   * Runs beside further edits: the snapshot is of the records as they were when it started.
   */
  compact(): Promise<void> {
    this.assertWritable()
    const running = this.compacting
    if (!running) return this.startCompaction()
    // Fix (library.test.ts, "compacts on demand"): a compaction under way holds only the entries before its
    // start; returning it left the rest in the journal (a big import's, read again by every list and open).
    const wanted = this.state.seq
    return running
      .catch(() => undefined)
      .then(() => (this.compactedSeq >= wanted ? undefined : this.startCompaction()))
  }

  /** Starts a compaction unless one is under way, and returns the one that runs. */
  private startCompaction(): Promise<void> {
    this.compacting ??= this.doCompact().finally(() => {
      this.compacting = null
    })
    return this.compacting
  }

  /**
   * Makes the current state the starting point: nothing before it can be undone. Only for a library's first
   * contents that are not the curator's work (the samples of a new default library).
   */
  async startHere(): Promise<void> {
    this.assertWritable()
    await this.serial(async () => {
      this.state.done = []
      this.state.redo = []
    })
    await this.compact()
  }

  private async doCompact(): Promise<void> {
    const { seq, nextId, done, redo } = this.state
    const records = [...this.state.records.values()]
    const cut = this.journalLength
    await writeSnapshot(this.disk, this.paths, { seq, nextId, done: [...done], redo: [...redo] }, records)
    await this.serial(async () => {
      const bytes = await read(this.disk, this.paths.journal)
      if (cut > 0) {
        await this.assertInPlace()
        // Only history/ itself: a library folder deleted meanwhile must not be made again (mkdir -p would).
        await this.disk.mkdir(this.paths.history, { exclusive: true }).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(this.paths.history, error)
        })
        await writeFileDurably(
          this.disk,
          `${this.paths.history}/${HistorySegments.fileName(seq)}`,
          bytes.subarray(0, cut),
        )
        this.segments.invalidate()
      }
      // Bytes, never one string: a journal of a big import can pass V8's string limit.
      const rest = bytes.subarray(cut, this.journalLength)
      await this.journal?.close()
      try {
        await writeFileDurably(this.disk, this.paths.journal, rest)
      } finally {
        // Fix (faults.test.ts, "EIO renaming the new journal into place"): when the rewrite failed, the
        // closed handle stayed in place and every later command failed with EBADF. Reopen whichever journal
        // is there (the old one, or the new one if only the folder's fsync failed): both are consistent with
        // the snapshot on disk.
        await this.reopenJournal()
      }
      for (const s of [...this.recent.keys()]) if (s <= seq) this.recent.delete(s)
      this.compactedSeq = seq
    })
  }

  private async reopenJournal(): Promise<void> {
    try {
      const bytes = await this.disk.readFile(this.paths.journal)
      this.journal = await this.disk.open(this.paths.journal, 'r+')
      this.journalLength = bytes.length
      this.journalEntries = readJournal(bytes, this.paths.journal).entries.length
    } catch (error) {
      this.failure = new LibraryError(
        'io',
        `${ioError(this.paths.journal, error).message}; the journal could not be reopened after a compaction, reopen the library`,
      )
    }
  }

  async close(): Promise<void> {
    await this.queue
    // Fix (faults.test.ts, "in the background"): a failed background compaction made close() throw before it
    // released the lock. The failure lost nothing (the journal still holds every entry): close anyway.
    await this.compacting?.catch(() => undefined)
    await this.journal?.close()
    this.journal = null
    await this.release?.()
    this.release = null
  }
}
