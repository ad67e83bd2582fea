// Writes an export's files into the target folder so that a failed export leaves no half-written file there:
// everything is written (and fsynced) into a temp folder beside the target, then each top-level entry is renamed
// into place, the previous export's entry of the same name moved aside first and put back if a rename fails.
import { basename, dirname, join } from 'node:path'
import type { ExportFile } from '../../core/export'
import { nodeDisk, syncDirectory, writeChunks, type Disk } from '../library/disk'
import { ioError } from '../library/errors'
import { isRunning } from '../library/lock'

export interface WriteProgress {
  done: number
  total: number
  file: string
}

const tempPrefix = (out: string): string => `.${basename(out)}.export-`
/** The temp folders this process is writing in; any other of our names is a leftover. */
const active = new Set<string>()

/**
 * Clears the temp folders of exports to `out` that ended without cleaning up (a crash, a failed removal).
 * An entry of the previous export that a crash left moved aside (between the two renames of install) is put
 * back first, so the target holds a whole file or folder for every entry again.
 */
async function clearLeftovers(disk: Disk, out: string): Promise<void> {
  for (const dir of [dirname(out), out]) {
    const names = await disk.readdir(dir).catch(() => [] as string[])
    for (const name of names) {
      const match = new RegExp(`^${escape(tempPrefix(out))}(\\d+)-`).exec(name)
      const temp = join(dir, name)
      if (!match || active.has(temp) || (Number(match[1]) !== process.pid && isRunning(Number(match[1]))))
        continue
      const aside = join(temp, '.replaced')
      for (const entry of await disk.readdir(aside).catch(() => [] as string[])) {
        if (!(await disk.exists(join(out, entry)))) await disk.rename(join(aside, entry), join(out, entry))
      }
      await disk.rm(temp)
    }
  }
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A temp folder beside the target (same file system, so renames are atomic), or inside it when the parent is not writable. */
async function makeTemp(disk: Disk, out: string): Promise<string> {
  const prefix = `${tempPrefix(out)}${process.pid}-`
  try {
    await disk.mkdir(dirname(out))
    return await disk.mkdtemp(join(dirname(out), prefix))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw ioError(dirname(out), error)
    await disk.mkdir(out).catch((e: unknown) => {
      throw ioError(out, e)
    })
    return disk.mkdtemp(join(out, prefix)).catch((e: unknown) => {
      throw ioError(out, e)
    })
  }
}

async function writeOne(disk: Disk, path: string, file: ExportFile): Promise<void> {
  const handle = await disk.open(path, 'w')
  try {
    await writeChunks(handle, file.chunks())
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Moves the new entries into `out`; on a failure, puts back what was there. */
async function install(disk: Disk, temp: string, out: string, entries: readonly string[]): Promise<void> {
  const aside = join(temp, '.replaced')
  await disk.mkdir(aside)
  const moved: Array<{ entry: string; replaced: boolean }> = []
  try {
    for (const entry of entries) {
      const target = join(out, entry)
      const replaced = await disk.exists(target)
      if (replaced) await disk.rename(target, join(aside, entry))
      moved.push({ entry, replaced })
      await disk.rename(join(temp, entry), target)
    }
  } catch (error) {
    for (const { entry, replaced } of moved.reverse()) {
      const target = join(out, entry)
      await disk.rename(target, join(temp, entry)).catch(() => undefined)
      if (replaced) await disk.rename(join(aside, entry), target).catch(() => undefined)
    }
    throw ioError(out, error)
  }
  await syncDirectory(disk, out)
}

/** Writes `files` (paths relative to `out`) into `out`, created if absent; returns the paths written. */
export async function writeExport(
  out: string,
  files: readonly ExportFile[],
  options: { disk?: Disk; onProgress?: (p: WriteProgress) => void } = {},
): Promise<string[]> {
  const disk = options.disk ?? nodeDisk
  // Best effort: a leftover that cannot be cleared now does not stop this export.
  await clearLeftovers(disk, out).catch(() => undefined)
  const temp = await makeTemp(disk, out)
  active.add(temp)
  try {
    const dirs = new Set<string>()
    for (const [i, file] of files.entries()) {
      options.onProgress?.({ done: i, total: files.length, file: file.path })
      const path = join(temp, ...file.path.split('/'))
      const dir = dirname(path)
      if (!dirs.has(dir)) {
        await disk.mkdir(dir)
        dirs.add(dir)
      }
      await writeOne(disk, path, file).catch((error: unknown) => {
        throw ioError(join(out, file.path), error)
      })
    }
    for (const dir of dirs) await syncDirectory(disk, dir)
    await disk.mkdir(out).catch((error: unknown) => {
      throw ioError(out, error)
    })
    const entries = [...new Set(files.map((f) => f.path.split('/')[0]!))]
    await install(disk, temp, out, entries)
    options.onProgress?.({ done: files.length, total: files.length, file: '' })
    return files.map((f) => f.path)
  } catch (error) {
    // Fix (faultMatrix.test.ts, an export): a failure making a folder of the temp folder, or fsyncing one,
    // escaped raw (`ENOSPC: …, mkdir '…/.out.export-123-abc/markdown'`) and named a folder the curator never saw.
    throw ioError(out, error)
  } finally {
    // A temp folder that cannot be removed now is cleared by the next export to `out`.
    await disk.rm(temp).catch(() => undefined)
    active.delete(temp)
  }
}
