// A Disk for tests that passes every call to the real disk unless a fault matches it: then the call fails with
// the error code the operating system would give (ENOSPC, EIO, EACCES, EROFS…), or, for `short`, a write
// reaches the file only in part and reports fewer bytes written, as write(2) does when the disk fills up.
import type { FileHandle } from 'node:fs/promises'
import { nodeDisk, type Disk, type FileIdentity } from '../disk'

export type FaultOp =
  | 'open'
  | 'write'
  | 'sync'
  | 'truncate'
  | 'rename'
  | 'unlink'
  | 'mkdir'
  | 'mkdtemp'
  | 'rm'
  | 'readFile'
  | 'readdir'

export interface Fault {
  op: FaultOp
  /** Matched against the file's path (for a rename, the source or the target). */
  path?: RegExp
  /** For `open`: only opens with one of these flags (e.g. the ones that write). */
  flags?: readonly string[]
  code: string
  /** `short`: write half of the bytes and report that, without an error. */
  mode?: 'throw' | 'short'
  /** How many calls fail; forever when absent. */
  times?: number
}

export const WRITE_FLAGS = ['w', 'w+', 'r+', 'a', 'a+', 'wx', 'wx+'] as const

export function errnoError(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, ${op} '${path}'`), { code, syscall: op, path })
}

export class FaultDisk implements Disk {
  private faults: Fault[] = []
  /** Every call that reached the disk or failed, in order: `op path`. */
  readonly calls: string[] = []
  /** failAt: the index in `calls` of the one call that fails, whatever it is, and how. */
  private nth: { index: number; code: string } | null = null

  constructor(private readonly inner: Disk = nodeDisk) {}

  inject(...faults: Fault[]): this {
    this.faults.push(...faults.map((f) => ({ ...f })))
    return this
  }

  heal(): void {
    this.faults = []
    this.nth = null
  }

  /** Fails the `k`-th call from now (0 for the next one), whatever it is, with `code`. */
  failAt(k: number, code: string): this {
    this.nth = { index: this.calls.length + k, code }
    return this
  }

  /** The fault for this call, counting it down; null when the call goes through. */
  private match(op: FaultOp, paths: readonly string[], flags?: string): Fault | null {
    this.calls.push(`${op} ${paths.join(' -> ')}`)
    if (this.nth?.index === this.calls.length - 1) return { op, code: this.nth.code }
    const fault = this.faults.find(
      (f) =>
        f.op === op &&
        (f.times === undefined || f.times > 0) &&
        (!f.path || paths.some((p) => f.path!.test(p))) &&
        (!f.flags || (flags !== undefined && f.flags.includes(flags))),
    )
    if (!fault) return null
    if (fault.times !== undefined) fault.times -= 1
    return fault
  }

  private check(op: FaultOp, paths: readonly string[], flags?: string): void {
    const fault = this.match(op, paths, flags)
    if (fault) throw errnoError(fault.code, op, paths[0]!)
  }

  async readFile(path: string): Promise<Buffer> {
    this.check('readFile', [path])
    return this.inner.readFile(path)
  }

  readFileSync(path: string): Buffer {
    this.check('readFile', [path])
    return this.inner.readFileSync(path)
  }

  async open(path: string, flags: string): Promise<FileHandle> {
    this.check('open', [path], flags)
    return this.wrap(await this.inner.open(path, flags), path)
  }

  async rename(from: string, to: string): Promise<void> {
    this.check('rename', [from, to])
    return this.inner.rename(from, to)
  }

  async unlink(path: string): Promise<void> {
    this.check('unlink', [path])
    return this.inner.unlink(path)
  }

  async mkdir(path: string, options?: { exclusive?: boolean }): Promise<void> {
    this.check('mkdir', [path])
    return this.inner.mkdir(path, options)
  }

  async mkdtemp(prefix: string): Promise<string> {
    this.check('mkdtemp', [prefix])
    return this.inner.mkdtemp(prefix)
  }

  async rm(path: string): Promise<void> {
    this.check('rm', [path])
    return this.inner.rm(path)
  }

  async readdir(path: string): Promise<string[]> {
    this.check('readdir', [path])
    return this.inner.readdir(path)
  }

  exists(path: string): Promise<boolean> {
    return this.inner.exists(path)
  }

  identify(path: string): Promise<FileIdentity | null> {
    return this.inner.identify(path)
  }

  private wrap(handle: FileHandle, path: string): FileHandle {
    const write = async (data: Buffer | string, ...rest: unknown[]): Promise<unknown> => {
      const fault = this.match('write', [path])
      if (fault?.mode === 'short') {
        // Buffer form: (buffer, offset, length, position); string form: (string, position, encoding).
        const bytes =
          typeof data === 'string'
            ? Buffer.from(data, (rest[1] as BufferEncoding | undefined) ?? 'utf8')
            : data.subarray((rest[0] as number | undefined) ?? 0).subarray(0, rest[1] as number | undefined)
        const position = (typeof data === 'string' ? rest[0] : rest[2]) as number | null | undefined
        const half = Math.max(1, Math.floor(bytes.length / 2))
        const { bytesWritten } = await handle.write(bytes, 0, half, position ?? null)
        return { bytesWritten, buffer: data }
      }
      if (fault) throw errnoError(fault.code, 'write', path)
      return (handle.write as (...args: unknown[]) => Promise<unknown>)(data, ...rest)
    }
    const sync = (method: 'sync' | 'datasync') => async (): Promise<void> => {
      this.check('sync', [path])
      return handle[method]()
    }
    const truncate = async (length?: number): Promise<void> => {
      this.check('truncate', [path])
      return handle.truncate(length)
    }
    const overrides: Record<string | symbol, unknown> = {
      write,
      sync: sync('sync'),
      datasync: sync('datasync'),
      truncate,
    }
    return new Proxy(handle, {
      get(target, prop) {
        if (prop in overrides) return overrides[prop]
        const value = Reflect.get(target, prop, target) as unknown
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
      },
    })
  }
}
