// Every disk access of the library goes through this seam, so tests can inject faults (ENOSPC, EIO, a crash
// between two system calls) and so durability rules live in one place.
import * as fsp from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'

export interface Disk {
  readFile(path: string): Promise<Buffer>
  open(path: string, flags: string): Promise<FileHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdir(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  exists(path: string): Promise<boolean>
}

export const nodeDisk: Disk = {
  readFile: (path) => fsp.readFile(path),
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => renameWithRetry(from, to),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true })
  },
  readdir: (path) => fsp.readdir(path),
  exists: async (path) => {
    try {
      await fsp.access(path)
      return true
    } catch {
      return false
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
 * Replaces `path` atomically and durably: write a temp file beside it, fsync it, rename it over the target,
 * fsync the directory. A crash at any point leaves the old file or the new one, never a torn one.
 * `chunks` lets large files be written without building one string of the whole content.
 */
export async function writeFileDurably(
  disk: Disk,
  path: string,
  chunks: Iterable<string> | string,
): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`
  const handle = await disk.open(temp, 'w')
  try {
    let buffer = ''
    for (const chunk of typeof chunks === 'string' ? [chunks] : chunks) {
      buffer += chunk
      if (buffer.length >= 1 << 20) {
        await handle.write(buffer)
        buffer = ''
      }
    }
    if (buffer) await handle.write(buffer)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await disk.unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  await disk.rename(temp, path)
  await syncDirectory(disk, dirname(path))
}
