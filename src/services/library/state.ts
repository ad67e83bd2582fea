// The library in memory: records by id, the undo and redo stacks, the counters. It changes only by
// applying journal entries, so replaying the journal after a crash rebuilds exactly what was acknowledged.
import { patchRecord, type Change, type StoredRecord } from './changes'
import { LibraryError } from './errors'
import type { JournalEntry } from './journal'
import type { SnapshotHeader } from './snapshot'

export class LibraryState {
  readonly records = new Map<string, StoredRecord>()
  seq = 0
  nextId = 1
  done: number[] = []
  redo: number[] = []

  static fromSnapshot(header: SnapshotHeader, records: readonly StoredRecord[]): LibraryState {
    const state = new LibraryState()
    for (const r of records) state.records.set(r.id, r)
    state.seq = header.seq
    state.nextId = header.nextId
    state.done = [...header.done]
    state.redo = [...header.redo]
    return state
  }

  private applyChange(change: Change): void {
    const current = this.records.get(change.id)
    if (change.op === 'create') {
      if (current) throw new LibraryError('corrupt', `the journal creates ${change.id}, which already exists`)
      this.records.set(change.id, change.record)
    } else if (change.op === 'remove') {
      if (!current)
        throw new LibraryError('corrupt', `the journal removes ${change.id}, which does not exist`)
      this.records.delete(change.id)
    } else {
      if (!current)
        throw new LibraryError('corrupt', `the journal changes ${change.id}, which does not exist`)
      this.records.set(change.id, patchRecord(current, change.fields))
    }
  }

  /** Applies one entry; records are replaced, never mutated, so a snapshot being written stays consistent. */
  apply(entry: JournalEntry): void {
    for (const change of entry.changes) this.applyChange(change)
    this.seq = entry.seq
    this.nextId = Math.max(this.nextId, entry.nextId)
    if (entry.kind === 'do') {
      // A revert undoes its target on its own: the target leaves the undo stack so it is never undone twice.
      if (entry.target !== null) this.done = this.done.filter((s) => s !== entry.target)
      this.done.push(entry.seq)
      this.redo = []
    } else if (entry.kind === 'undo') {
      this.done = this.done.filter((s) => s !== entry.target)
      this.redo.push(entry.target!)
    } else {
      this.redo = this.redo.filter((s) => s !== entry.target)
      this.done.push(entry.target!)
    }
  }
}
