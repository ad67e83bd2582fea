// Every disk access of the services that writes (the library, its lock, the settings, an export) goes through
// this seam, so tests can inject faults (ENOSPC, EIO, a crash between two system calls) and so durability rules
// live in one place. Reading input documents (import, fill) does not: nothing stored is at stake there.
import { readFileSync } from 'node:fs'
import * as fsp from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ioError } from './errors'

export interface Disk {
  readFile(path: string): Promise<Buffer>
  /** For the few small files the list reads (see readSmallJsonLines). */
  readFileSync(path: string): Buffer
  open(path: string, flags: string): Promise<FileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** Creates the folder and its missing parents; `exclusive`: only this folder, failing with EEXIST when it is
   * there (the lock's atomic test-and-set). */
  mkdir(path: string, options?: { exclusive?: boolean }): Promise<void>
  /** Creates a new folder named `prefix` + six random characters; returns its path. */
  mkdtemp(prefix: string): Promise<string>
  /** Removes a file, or a folder with everything in it; an absent one is fine. */
  rm(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  exists(path: string): Promise<boolean>
  /** Which file a path names now (to tell that a library's folder was moved or deleted while open). */
  identify(path: string): Promise<FileIdentity | null>
}

export interface FileIdentity {
  dev: number
  ino: number
}

export const nodeDisk: Disk = {
  readFile: (path) => fsp.readFile(path),
  readFileSync: (path) => readFileSync(path),
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => renameWithRetry(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path, options) => {
    await fsp.mkdir(path, { recursive: !options?.exclusive })
  },
  mkdtemp: (prefix) => fsp.mkdtemp(prefix),
  rm: (path) => fsp.rm(path, { recursive: true, force: true }),
  readdir: (path) => fsp.readdir(path),
  exists: async (path) => {
    try {
      await fsp.access(path)
      return true
    } catch {
      return false
    }
  },
  identify: async (path) => {
    try {
      const { dev, ino } = await fsp.stat(path)
      return { dev, ino }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return null
      throw error
    }
  },
}

/** Windows refuses a rename while another process (an antivirus, an editor) holds the file: retry briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fsp.rename(from, to)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if ((code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY') || attempt >= 10) throw error
      await new Promise((r) => setTimeout(r, 20 * (attempt + 1)))
    }
  }
}

/** fsync a directory so that a rename in it survives a power loss (a no-op where the OS does not allow it). */
export async function syncDirectory(disk: Disk, dir: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await disk.open(dir, 'r')
    await handle.sync()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Windows cannot open a directory; NTFS journals renames itself.
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES') throw error
  } finally {
    await handle?.close()
  }
}

/**
 * Writes the chunks from the start of a new file: strings gathered into writes of about 1 MB (one string of a
 * whole large file would pass V8's string limit), Buffers written as they are.
 */
export async function writeChunks(handle: FileHandle, chunks: Iterable<string | Buffer>): Promise<void> {
  let buffer = ''
  let position = 0
  for (const chunk of chunks) {
    if (Buffer.isBuffer(chunk)) {
      if (buffer) position = await writeAll(handle, Buffer.from(buffer), position)
      buffer = ''
      position = await writeAll(handle, chunk, position)
      continue
    }
    buffer += chunk
    if (buffer.length >= 1 << 20) {
      position = await writeAll(handle, Buffer.from(buffer), position)
      buffer = ''
    }
  }
  if (buffer) await writeAll(handle, Buffer.from(buffer), position)
}

/**
 * Replaces `path` atomically and durably: write a temp file beside it, fsync it, rename it over the target,
 * fsync the directory. A crash at any point leaves the old file or the new one, never a torn one.
 * `chunks` lets large files be written without building one string of the whole content (V8 caps a string
 * near 512 MB); Buffer chunks are written as they are. `sync: false` keeps the replacement atomic for readers
 * but skips both fsyncs, for a file that a power loss may take back to its old content or none.
 */
export async function writeFileDurably(
  disk: Disk,
  path: string,
  chunks: Iterable<string | Buffer> | string | Buffer,
  { sync = true }: { sync?: boolean } = {},
): Promise<void> {
  // Fix (faults.test.ts, "a compaction that fails"): errors used to escape raw (`ENOSPC: no space left on
  // device, open '…/profiles.jsonl.123.tmp'`); they now name the file being replaced, in one line.
  try {
    const temp = `${path}.${process.pid}.tmp`
    const handle = await disk.open(temp, 'w')
    try {
      await writeChunks(handle, typeof chunks === 'string' || Buffer.isBuffer(chunks) ? [chunks] : chunks)
      if (sync) await handle.sync()
    } catch (error) {
      await handle.close()
      await disk.unlink(temp).catch(() => undefined)
      throw error
    }
    await handle.close()
    await disk.rename(temp, path).catch(async (error: unknown) => {
      // Fix (faultMatrix.test.ts, settings): a failed rename left the temp file beside the target for ever
      // (the library clears its own at the next open; the settings and sources never did).
      await disk.unlink(temp).catch(() => undefined)
      throw error
    })
    if (sync) await syncDirectory(disk, dirname(path))
  } catch (error) {
    throw ioError(path, error)
  }
}

/**
 * Writes all of `bytes` at `position` and returns the position after them. write(2) may write only part of
 * a buffer without an error (a disk that fills up mid-write does that; the next call then fails with ENOSPC),
 * and FileHandle.write makes one call: the caller must go on with the rest.
 * Fix (faults.test.ts, "a write cut short by a full disk"): the journal and the snapshot ignored the count,
 * so a torn journal entry was acknowledged and a compaction could install a snapshot cut short.
 */
export async function writeAll(handle: FileHandle, bytes: Buffer, position: number): Promise<number> {
  let done = 0
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done)
    if (bytesWritten <= 0) throw Object.assign(new Error('no bytes written'), { code: 'EIO' })
    done += bytesWritten
  }
  return position + done
}
