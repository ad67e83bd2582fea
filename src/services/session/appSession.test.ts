// The session on real folders and real libraries: first start, reopening the last library, the recent list,
// a library another process holds, and settings that cannot be read.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeProfile } from '../../core/library/testProfile'
import { FaultDisk, WRITE_FLAGS } from '../library/__fixtures__/faultDisk'
import { Library } from '../library/library'
import { AppSession } from './appSession'
import { MAX_RECENT } from './settings'

const SAMPLES = join(__dirname, '../../../resources/sample')
const open: Array<{ close: () => Promise<void> }> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()))
})

function temp(prefix = 'pc-session-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

function session(userDataDir: string, logs: string[] = []): AppSession {
  const s = new AppSession({ userDataDir, samplesDir: SAMPLES, log: (m) => logs.push(m) })
  open.push(s)
  return s
}

describe('AppSession', () => {
  it('on first start makes the default library from the samples, and remembers it', async () => {
    const userData = temp()
    const s = session(userData)
    const info = await s.info()
    expect(info).toMatchObject({
      dir: join(userData, 'library'),
      name: 'library',
      isDefault: true,
      readOnly: null,
      redo: null,
      recent: [join(userData, 'library')],
    })
    expect((await s.library()).size).toBe(5)
    await s.close()
    const settings = JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))
    expect(settings).toMatchObject({ lastLibrary: join(userData, 'library'), theme: 'auto' })
  })

  it('starts on the last library the curator opened', async () => {
    const userData = temp()
    const other = join(temp(), 'other')
    const first = session(userData)
    const created = await first.create(other)
    expect(created).toMatchObject({ dir: other, name: 'other', isDefault: false, seq: 0 })
    await first.close()

    const again = session(userData)
    expect(await again.info()).toMatchObject({ dir: other, isDefault: false })
  })

  it('falls back to the default library when the last one no longer opens', async () => {
    const userData = temp()
    const gone = join(temp(), 'gone')
    writeFileSync(
      join(userData, 'settings.json'),
      JSON.stringify({ lastLibrary: gone, recent: [gone], theme: 'dark' }),
    )
    const logs: string[] = []
    const s = session(userData, logs)
    expect(await s.info()).toMatchObject({ isDefault: true, recent: [join(userData, 'library'), gone] })
    expect(logs.join('\n')).toMatch(/the last library did not open/)
  })

  it('keeps the ten most recent libraries, most recent first, without duplicates', async () => {
    const userData = temp()
    const root = temp()
    const s = session(userData)
    const dirs = Array.from({ length: MAX_RECENT + 2 }, (_, i) => join(root, `lib-${i}`))
    for (const dir of dirs) await s.create(dir)
    await s.open(dirs[3]!)
    const { recent } = await s.info()
    expect(recent).toHaveLength(MAX_RECENT)
    expect(recent.slice(0, 3)).toEqual([dirs[3], dirs[11], dirs[10]])
    expect(new Set(recent).size).toBe(MAX_RECENT)
    await s.close()
    const reopened = session(userData)
    expect((await reopened.info()).recent).toEqual(recent)
  })

  it('opens a library another process holds read-only, and says why', async () => {
    const userData = temp()
    const dir = join(temp(), 'shared')
    const holder = await Library.open(dir, { create: true })
    open.push(holder)
    const s = session(userData)
    const info = await s.open(dir)
    expect(info.readOnly).toMatch(/open in another window or command/)
    expect(info).toMatchObject({ dir, undo: null, redo: null })
    const library = await s.library()
    expect(() => library.undo()).toThrow(/open read-only/)
  })

  for (const [code, reason] of [
    ['EROFS', /cannot be changed \(the disk is read-only\); it is open read-only$/],
    ['EACCES', /cannot be changed \(you may not write in this folder\); it is open read-only$/],
  ] as const) {
    it(`opens a library that cannot be written (${code}) read-only, with the reason for the banner`, async () => {
      const dir = join(temp(), 'on-a-cd')
      const lib = await Library.open(dir, { create: true })
      await lib.apply({ type: 'create', profiles: [makeProfile({ city: 'Cork' })] })
      await lib.close()
      // Every write under the library folder fails as it would on a read-only disk; the settings are elsewhere.
      const under = new RegExp(`^${dir}`)
      const disk = new FaultDisk().inject(
        { op: 'open', path: under, flags: WRITE_FLAGS, code },
        { op: 'mkdir', path: under, code },
        { op: 'rename', path: under, code },
        { op: 'unlink', path: under, code },
        { op: 'rm', path: under, code },
      )
      const s = new AppSession({ userDataDir: temp(), samplesDir: SAMPLES, log: () => undefined, disk })
      open.push(s)
      const info = await s.open(dir)
      expect(info.readOnly).toMatch(reason)
      expect(info.readOnly?.startsWith(dir)).toBe(true)
      expect(info).toMatchObject({ dir, seq: 1, undo: null })
      const library = await s.library()
      expect(library.size).toBe(1)
      expect(() => library.apply({ type: 'delete', ids: ['p-000001'] })).toThrow(/open read-only/)
    })
  }

  it('shows a library whose folder moved away while open as read-only, with the reason', async () => {
    const userData = temp()
    const s = session(userData)
    const library = await s.library()
    const moved = join(temp(), 'moved')
    renameSync(library.paths.dir, moved)
    await expect(library.apply({ type: 'delete', ids: ['p-000001'] })).rejects.toThrow(/moved or deleted/)
    const info = await s.info()
    expect(info.readOnly).toMatch(
      new RegExp(`^${library.paths.dir}: the library folder was moved or deleted`),
    )
    expect(info).toMatchObject({ undo: null, redo: null })
    expect(await s.open(moved)).toMatchObject({ dir: moved, readOnly: null })
  })

  it('keeps the current library when another fails to open', async () => {
    const s = session(temp())
    const before = await s.info()
    const notLibrary = temp()
    writeFileSync(join(notLibrary, 'notes.txt'), 'mine')
    await expect(s.open(notLibrary)).rejects.toMatchObject({ code: 'not-a-library' })
    await expect(s.create(notLibrary)).rejects.toMatchObject({ code: 'not-a-library' })
    expect(await s.info()).toEqual(before)
  })

  it('opening the library already open keeps it open', async () => {
    const s = session(temp())
    const { dir } = await s.info()
    const library = await s.library()
    expect((await s.open(dir)).readOnly).toBeNull()
    expect(await s.library()).toBe(library)
  })

  it('a corrupt settings file does not stop the app: it is kept aside and the defaults are used', async () => {
    const userData = temp()
    writeFileSync(join(userData, 'settings.json'), '{"theme": "dark", "recent": [')
    const logs: string[] = []
    const s = session(userData, logs)
    const settings = await s.settings()
    expect(settings.data.theme).toBe('auto')
    expect((await s.info()).isDefault).toBe(true)
    const aside = readdirSync(userData).filter((f) => f.startsWith('settings.json.bad-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(userData, aside[0]!), 'utf8')).toBe('{"theme": "dark", "recent": [')
    expect(logs.join('\n')).toMatch(/not valid JSON.*kept as .*settings\.json\.bad-/)
  })

  it('settings of the wrong shape are kept aside too', async () => {
    const userData = temp()
    mkdirSync(userData, { recursive: true })
    writeFileSync(join(userData, 'settings.json'), JSON.stringify({ theme: 'purple' }))
    const s = session(userData)
    expect((await s.settings()).data.theme).toBe('auto')
    expect(readdirSync(userData).some((f) => f.startsWith('settings.json.bad-'))).toBe(true)
  })
})
