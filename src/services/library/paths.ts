import { join } from 'node:path'

/** The files of a library folder (see docs/storage.md). */
export function libraryPaths(dir: string) {
  return {
    dir,
    snapshot: join(dir, 'profiles.jsonl'),
    index: join(dir, 'index.jsonl'),
    journal: join(dir, 'journal.jsonl'),
    history: join(dir, 'history'),
  }
}
export type LibraryPaths = ReturnType<typeof libraryPaths>
