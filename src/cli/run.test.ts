// The CLI's last line of defence: an error of the file system that no service named still becomes one line.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { action } from './run'

afterEach(() => {
  vi.restoreAllMocks()
  process.exitCode = undefined
})

describe('action', () => {
  it('prints a raw file-system error as one plain line naming its path, and exits 1', async () => {
    const written: string[] = []
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true))
    const raw = Object.assign(new Error("EMFILE: too many open files, open '/data/lib/x.json'"), {
      code: 'EMFILE',
      syscall: 'open',
      path: '/data/lib/x.json',
    })
    await action(async () => Promise.reject(raw))()
    expect(written).toEqual(['/data/lib/x.json: too many open files\n'])
    expect(process.exitCode).toBe(1)
  })

  it('lets a bug (not a file-system error) through, with its stack', async () => {
    await expect(action(async () => Promise.reject(new TypeError('x is undefined')))()).rejects.toThrow(
      TypeError,
    )
  })
})
