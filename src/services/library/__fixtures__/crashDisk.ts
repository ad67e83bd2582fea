// Power loss through the Disk seam, after SQLite's crash tests. RecordingDisk passes every call to the real disk
// and records each system call that changes something (create, write, truncate, fsync, rename, unlink, mkdir,
// a folder's fsync). crashImage() replays the first k of them into a model of what the disk holds, and keeps
// only what a power loss right after call k must keep:
// - a file's content is what its last fsync saw; what was written after it may be lost, reach the disk, reach
//   it in part (sector by sector), or leave zeros or garbage where the file grew;
// - a create, rename, unlink or mkdir is certain only once its folder was fsynced; before that it may be lost,
//   kept, or kept up to some point (the operations of a journaling file system reach the disk in order).
import type { FileHandle } from 'node:fs/promises'
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { nodeDisk, type Disk, type FileIdentity } from '../disk'

export type Step =
  | { op: 'mkdir'; path: string }
  | { op: 'create'; path: string; ino: number }
  | { op: 'truncate'; ino: number; length: number }
  | { op: 'write'; ino: number; position: number; data: Buffer }
  | { op: 'fsync'; ino: number }
  | { op: 'dirsync'; path: string }
  | { op: 'rename'; from: string; to: string }
  | { op: 'unlink'; path: string }

type Entry = { kind: 'dir' } | { kind: 'file'; ino: number }

export class RecordingDisk implements Disk {
  readonly steps: Step[] = []
  /** The namespace as the process sees it, to know which file (inode) a path names. */
  private readonly names = new Map<string, Entry>()
  private nextIno = 1

  /**
   * Records everything under `root`. What is there already is taken as durable: it is recorded first, as
   * created, written and fsynced (see `adopted`), so that a test can start from a prepared folder.
   */
  constructor(readonly root: string) {
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) {
          this.names.set(path, { kind: 'dir' })
          this.steps.push({ op: 'mkdir', path })
          walk(path)
        } else {
          const ino = this.nextIno++
          this.names.set(path, { kind: 'file', ino })
          this.steps.push({ op: 'create', path, ino }, { op: 'write', ino, position: 0, data: readFileSync(path) })
          this.steps.push({ op: 'fsync', ino })
        }
      }
      this.steps.push({ op: 'dirsync', path: dir })
    }
    walk(root)
    this.adopted = this.steps.length
  }

  /** How many steps record the folder as it was at the start: a crash image is taken after them. */
  readonly adopted: number

  private inside(path: string): boolean {
    return path.startsWith(this.root + sep)
  }

  readFile = (path: string): Promise<Buffer> => nodeDisk.readFile(path)
  readFileSync = (path: string): Buffer => nodeDisk.readFileSync(path)
  readdir = (path: string): Promise<string[]> => nodeDisk.readdir(path)
  exists = (path: string): Promise<boolean> => nodeDisk.exists(path)
  identify = (path: string): Promise<FileIdentity | null> => nodeDisk.identify(path)

  async mkdir(path: string, options?: { exclusive?: boolean }): Promise<void> {
    await nodeDisk.mkdir(path, options)
    const missing: string[] = []
    for (let p = path; this.inside(p) && !this.names.has(p); p = dirname(p)) missing.unshift(p)
    for (const p of missing) {
      this.names.set(p, { kind: 'dir' })
      this.steps.push({ op: 'mkdir', path: p })
    }
  }

  async rename(from: string, to: string): Promise<void> {
    await nodeDisk.rename(from, to)
    if (!this.names.has(from)) throw new Error(`RecordingDisk: rename of an unknown file ${from}`)
    moveName(this.names, from, to)
    this.steps.push({ op: 'rename', from, to })
  }

  async mkdtemp(prefix: string): Promise<string> {
    const path = await nodeDisk.mkdtemp(prefix)
    if (this.inside(path)) {
      this.names.set(path, { kind: 'dir' })
      this.steps.push({ op: 'mkdir', path })
    }
    return path
  }

  /** Recorded as the unlink of everything under `path`, deepest first, then of `path`. */
  async rm(path: string): Promise<void> {
    await nodeDisk.rm(path)
    const gone = [...this.names.keys()].filter((p) => p === path || p.startsWith(path + sep))
    for (const p of gone.sort((a, b) => b.length - a.length)) {
      this.names.delete(p)
      this.steps.push({ op: 'unlink', path: p })
    }
  }

  async unlink(path: string): Promise<void> {
    await nodeDisk.unlink(path)
    this.names.delete(path)
    this.steps.push({ op: 'unlink', path })
  }

  async open(path: string, flags: string): Promise<FileHandle> {
    const handle = await nodeDisk.open(path, flags)
    if (path === this.root) return this.wrap(handle, { path, ino: null })
    if (!this.inside(path)) return handle
    const entry = this.names.get(path)
    if (entry?.kind === 'dir') return this.wrap(handle, { path, ino: null })
    if (flags === 'r') return handle
    let ino: number
    if (!entry) {
      if (!flags.startsWith('w')) throw new Error(`RecordingDisk: opening an unknown file ${path} (${flags})`)
      ino = this.nextIno++
      this.names.set(path, { kind: 'file', ino })
      this.steps.push({ op: 'create', path, ino })
    } else {
      ino = entry.ino
      if (flags.startsWith('w')) this.steps.push({ op: 'truncate', ino, length: 0 })
    }
    if (flags.startsWith('a')) throw new Error('RecordingDisk: append mode is not modelled')
    return this.wrap(handle, { path, ino })
  }

  private wrap(handle: FileHandle, file: { path: string; ino: number | null }): FileHandle {
    const steps = this.steps
    let offset = 0
    const overrides: Record<string, unknown> = {
      async write(data: Buffer | string, ...rest: unknown[]) {
        // Buffer form: (buffer, offset, length, position); string form: (string, position, encoding).
        const bytes =
          typeof data === 'string'
            ? Buffer.from(data, (rest[1] as BufferEncoding | undefined) ?? 'utf8')
            : data.subarray(
                (rest[0] as number | undefined) ?? 0,
                ((rest[0] as number | undefined) ?? 0) + ((rest[1] as number | undefined) ?? data.length),
              )
        const at = (typeof data === 'string' ? rest[0] : rest[2]) as number | null | undefined
        const position = typeof at === 'number' ? at : offset
        const { bytesWritten } = await handle.write(bytes, 0, bytes.length, position)
        if (typeof at !== 'number') offset = position + bytesWritten
        steps.push({
          op: 'write',
          ino: file.ino!,
          position,
          data: Buffer.from(bytes.subarray(0, bytesWritten)),
        })
        return { bytesWritten, buffer: data }
      },
      async truncate(length = 0) {
        await handle.truncate(length)
        steps.push({ op: 'truncate', ino: file.ino!, length })
      },
      async sync() {
        await handle.sync()
        steps.push(file.ino === null ? { op: 'dirsync', path: file.path } : { op: 'fsync', ino: file.ino })
      },
      async datasync() {
        await handle.datasync()
        steps.push(file.ino === null ? { op: 'dirsync', path: file.path } : { op: 'fsync', ino: file.ino })
      },
    }
    return new Proxy(handle, {
      get(target, prop) {
        if (typeof prop === 'string' && prop in overrides) return overrides[prop]
        if (prop === 'then') return undefined // not a promise
        if (typeof prop === 'symbol' || prop === 'close' || prop === 'stat' || prop === 'fd') {
          const value = Reflect.get(target, prop, target) as unknown
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value
        }
        throw new Error(`RecordingDisk: FileHandle.${String(prop)} is not modelled`)
      },
    })
  }
}

/** A rename in a namespace: the entry at `from` and, for a folder, everything under it. */
function moveName(names: Map<string, Entry>, from: string, to: string): void {
  for (const [path, entry] of [...names]) {
    if (path !== from && !path.startsWith(from + sep)) continue
    names.delete(path)
    names.set(to + path.slice(from.length), entry)
  }
}

export interface CrashVariant {
  /** Which unsynced namespace changes survive: none, all, or those up to a random point. */
  names: 'none' | 'all' | 'prefix'
  /** What an unsynced file holds: its synced content, its latest content, zeros where it grew, or a mix
   * only the last sector of what was written, or a mix of old, new, zero and garbage sectors. */
  data: 'old' | 'new' | 'zeros' | 'tail' | 'mixed'
}

const SECTOR = 512

/** The files and folders under `root` that survive a power loss right after `steps[0..k)`, by relative path. */
export function crashImage(
  root: string,
  steps: readonly Step[],
  k: number,
  variant: CrashVariant,
  random: () => number,
): Map<string, Buffer | 'dir'> {
  const inodes = new Map<number, { now: Buffer; synced: Buffer }>()
  const live = new Map<string, Entry>()
  const durable = new Map<string, Entry>()
  const pending: { step: Step; dirs: string[] }[] = []

  const applyName = (names: Map<string, Entry>, step: Step): void => {
    if (step.op === 'mkdir') names.set(step.path, { kind: 'dir' })
    else if (step.op === 'create') names.set(step.path, { kind: 'file', ino: step.ino })
    else if (step.op === 'unlink') names.delete(step.path)
    else if (step.op === 'rename') moveName(names, step.from, step.to)
  }

  for (const step of steps.slice(0, k)) {
    switch (step.op) {
      case 'mkdir':
      case 'create':
      case 'unlink':
        if (step.op === 'create') inodes.set(step.ino, { now: Buffer.alloc(0), synced: Buffer.alloc(0) })
        applyName(live, step)
        pending.push({ step, dirs: [dirname(step.path)] })
        break
      case 'rename':
        applyName(live, step)
        pending.push({ step, dirs: [dirname(step.from), dirname(step.to)] })
        break
      case 'write': {
        const inode = inodes.get(step.ino)!
        const end = step.position + step.data.length
        const next = Buffer.alloc(Math.max(inode.now.length, end))
        inode.now.copy(next)
        step.data.copy(next, step.position)
        inode.now = next
        break
      }
      case 'truncate': {
        const inode = inodes.get(step.ino)!
        const next = Buffer.alloc(step.length)
        inode.now.copy(next, 0, 0, Math.min(step.length, inode.now.length))
        inode.now = next
        break
      }
      case 'fsync': {
        const inode = inodes.get(step.ino)!
        inode.synced = Buffer.from(inode.now)
        break
      }
      case 'dirsync':
        for (let i = 0; i < pending.length; ) {
          if (pending[i]!.dirs.includes(step.path)) {
            applyName(durable, pending[i]!.step)
            pending.splice(i, 1)
          } else i++
        }
        break
    }
  }

  const names = new Map(durable)
  const keep =
    variant.names === 'all'
      ? pending.length
      : variant.names === 'prefix'
        ? Math.floor(random() * (pending.length + 1))
        : 0
  for (const { step } of pending.slice(0, keep)) applyName(names, step)

  const image = new Map<string, Buffer | 'dir'>()
  const reachable = (path: string): boolean => {
    for (let p = dirname(path); p.length > root.length; p = dirname(p)) {
      if (names.get(p)?.kind !== 'dir') return false
    }
    return true
  }
  for (const [path, entry] of [...names].sort(([a], [b]) => a.localeCompare(b))) {
    if (!reachable(path)) continue
    const rel = relative(root, path)
    if (entry.kind === 'dir') image.set(rel, 'dir')
    else image.set(rel, afterCrash(inodes.get(entry.ino)!, variant.data, random))
  }
  return image
}

function afterCrash(inode: { now: Buffer; synced: Buffer }, data: CrashVariant['data'], random: () => number) {
  const { now, synced } = inode
  if (now.equals(synced) || data === 'old') return synced
  if (data === 'new') return now
  if (data === 'zeros' || data === 'tail') {
    // The size reached the disk, the data did not: old bytes where there were some, zeros where it grew;
    // for `tail`, except the last sector (pages are written back in any order).
    const out = Buffer.alloc(now.length)
    synced.copy(out, 0, 0, Math.min(synced.length, now.length))
    const last = Math.floor((now.length - 1) / SECTOR) * SECTOR
    if (data === 'tail' && now.length > 0) now.copy(out, last, last)
    return out
  }
  const length = random() < 0.5 ? synced.length : now.length
  const out = Buffer.alloc(length)
  for (let at = 0; at < length; at += SECTOR) {
    const end = Math.min(at + SECTOR, length)
    const pick = random()
    if (pick < 0.4) {
      if (at < synced.length) synced.copy(out, at, at, Math.min(end, synced.length))
    } else if (pick < 0.8) {
      if (at < now.length) now.copy(out, at, at, Math.min(end, now.length))
    }
    else if (pick < 0.9) for (let i = at; i < end; i++) out[i] = Math.floor(random() * 256)
    // else: zeros
  }
  // Powersafe overwrite (as SQLite assumes): a power loss damages only bytes that were being written.
  for (let i = 0; i < Math.min(length, synced.length, now.length); i++) if (synced[i] === now[i]) out[i] = now[i]!
  return out
}

/**
 * Writes an image into `dir` (a new folder), as the disk would hold it after the reboot: a minute later, so a
 * lock folder the crashed process held is as stale as a lock whose holder stopped refreshing it.
 */
export function materialize(image: Map<string, Buffer | 'dir'>, dir: string): void {
  mkdirSync(dir, { recursive: true })
  for (const [rel, content] of image) {
    const path = join(dir, rel)
    if (content === 'dir') mkdirSync(path, { recursive: true })
    else writeFileSync(path, content)
  }
  const before = new Date(Date.now() - 60_000)
  for (const rel of [...image.keys()].reverse()) utimesSync(join(dir, rel), before, before)
}

/** A small seeded random generator (mulberry32), so that a failure reproduces. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
