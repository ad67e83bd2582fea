// A lowdb adapter for the library's small JSON files: validated on read (lowdb itself checks nothing),
// written atomically and durably, pretty-printed for people and `git diff`.
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { basename } from 'node:path'
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
      throw ioError(this.path, error)
    }
    let json: unknown
    try {
      json = JSON.parse(bytes.toString('utf8'))
    } catch (error) {
      throw new LibraryError('corrupt', `${this.path}: not valid JSON (${(error as Error).message})`)
    }
    const parsed = this.schema.safeParse(json)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
      throw new LibraryError(
        'corrupt',
        `${basename(this.path)} in ${this.path}: ${where}${issue?.message ?? 'invalid'}`,
      )
    }
    return parsed.data
  }

  async write(data: T): Promise<void> {
    try {
      await writeFileDurably(this.disk, this.path, `${JSON.stringify(data, null, 2)}\n`)
    } catch (error) {
      throw ioError(this.path, error)
    }
  }
}
