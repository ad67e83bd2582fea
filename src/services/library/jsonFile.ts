// A lowdb adapter for the library's small JSON files: validated on read (lowdb itself checks nothing),
// written atomically and durably, pretty-printed for people and `git diff`.
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { basename, dirname } from 'node:path'
import { writeFileDurably, type Disk } from './disk'
import { ioError, LibraryError } from './errors'

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly disk: Disk,
    private readonly path: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  async read(): Promise<T | null> {
    let bytes: Buffer
    try {
      bytes = await this.disk.readFile(this.path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      // The folder it should be in is a file (a library folder given as a file): name that folder.
      if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw ioError(dirname(this.path), error)
      throw ioError(this.path, error)
    }
    return parseJsonFile(this.path, bytes, this.schema)
  }

  async write(data: T): Promise<void> {
    try {
      await writeFileDurably(this.disk, this.path, `${JSON.stringify(data, null, 2)}\n`)
    } catch (error) {
      throw ioError(this.path, error)
    }
  }
}

/** A small JSON file's value, validated, or a one-line message naming the file and the problem. */
export function parseJsonFile<T>(path: string, bytes: Buffer, schema: z.ZodType<T>): T {
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new LibraryError('corrupt', `${path}: not valid JSON (${(error as Error).message})`)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    throw new LibraryError('corrupt', `${basename(path)} in ${path}: ${where}${issue?.message ?? 'invalid'}`)
  }
  return parsed.data
}
