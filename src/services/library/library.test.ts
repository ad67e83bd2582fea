// The library on real temp folders with real files: the properties of docs/storage.md, one by one.
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeProfile } from '../../core/library/testProfile'
import { nodeDisk, type Disk } from './disk'
import { Library, type OpenOptions } from './library'

const open: Library[] = []
async function openLib(dir: string, options: OpenOptions = {}): Promise<Library> {
  const lib = await Library.open(dir, { create: true, ...options })
  open.push(lib)
  return lib
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()))
})

const tempDir = (): string => join(mkdtempSync(join(tmpdir(), 'pc-lib-')), 'library')
const cities = (lib: Library): string[] =>
  [...lib.records()]
    .filter((r) => !r.deleted)
    .map((r) => r.profile.city)
    .sort()

async function seeded(dir = tempDir()): Promise<{ dir: string; lib: Library; ids: string[] }> {
  const lib = await openLib(dir)
  const { changed } = await lib.apply({
    type: 'create',
    profiles: [makeProfile({ city: 'Cork' }), makeProfile({ city: 'Espoo', country: 'Finland' })],
  })
  return { dir, lib, ids: changed }
}

async function reopen(lib: Library, options: OpenOptions = {}): Promise<Library> {
  await lib.close()
  return openLib(lib.paths.dir, options)
}

describe('the library', () => {
  it('creates a library, keeps every acknowledged change, and assigns stable ids', async () => {
    const { lib, ids } = await seeded()
    expect(ids).toEqual(['p-000001', 'p-000002'])
    await lib.apply({
      type: 'update',
      updates: [{ id: ids[0]!, set: { headline: 'A city of learning' } }],
      by: 'curator',
    })
    const again = await reopen(lib)
    expect(cities(again)).toEqual(['Cork', 'Espoo'])
    expect(again.get(ids[0]!)?.profile.headline).toBe('A city of learning')
    expect(again.get(ids[0]!)?.edited).toEqual(['headline'])
  })

  it('refuses an invalid edit with the field named, and changes nothing on disk or in memory', async () => {
    const { lib, ids } = await seeded()
    const journal = readFileSync(lib.paths.journal)
    await expect(
      lib.apply({
        type: 'update',
        updates: [{ id: ids[0]!, set: { 'metrics.population': { value: 'many' } } }],
        by: 'curator',
      }),
    ).rejects.toThrow(/metrics\.population/)
    expect(() => lib.apply({ type: 'setStatus', ids: [ids[0]!], status: 'finished' as 'done' })).toThrow(
      /status/,
    )
    expect(readFileSync(lib.paths.journal)).toEqual(journal)
    expect(lib.get(ids[0]!)?.profile.metrics.population).toBeNull()
  })

  it('undoes and redoes every kind of change, across restarts', async () => {
    const { lib, ids } = await seeded()
    await lib.apply({ type: 'setStatus', ids, status: 'done' })
    await lib.apply({ type: 'delete', ids: [ids[1]!] })
    let l = await reopen(lib)
    expect(cities(l)).toEqual(['Cork'])
    await l.undo()
    expect(cities(l)).toEqual(['Cork', 'Espoo'])
    l = await reopen(l)
    await l.undo()
    expect(l.get(ids[0]!)?.profile.status).toBe('draft')
    await l.undo()
    expect(cities(l)).toEqual([])
    await expect(l.undo()).rejects.toThrow(/nothing to undo/)
    l = await reopen(l)
    await l.redo()
    await l.redo()
    expect(l.get(ids[1]!)?.profile.status).toBe('done')
    expect(await l.nextRedo()).toMatch(/trash/)
    // A new change after an undo drops the redo stack, as in every editor.
    await l.apply({ type: 'update', updates: [{ id: ids[0]!, set: { notes: 'checked' } }], by: 'curator' })
    await expect(l.redo()).rejects.toThrow(/nothing to redo/)
  })

  it('moves deleted profiles to a trash they can be restored from', async () => {
    const { lib, ids } = await seeded()
    await lib.apply({ type: 'delete', ids: [ids[0]!] })
    expect(lib.get(ids[0]!)?.deleted).not.toBeNull()
    expect(lib.size).toBe(1)
    await expect(
      lib.apply({ type: 'update', updates: [{ id: ids[0]!, set: { notes: 'x' } }], by: 'curator' }),
    ).rejects.toThrow(/trash/)
    await lib.apply({ type: 'restore', ids: [ids[0]!] })
    expect(lib.size).toBe(2)
  })

  it('reverts one earlier change on its own, unless a later change touched the same fields', async () => {
    const { lib, ids } = await seeded()
    const a = await lib.apply({
      type: 'update',
      updates: [{ id: ids[0]!, set: { headline: 'First' } }],
      by: 'curator',
    })
    const b = await lib.apply({
      type: 'update',
      updates: [{ id: ids[0]!, set: { notes: 'note' } }],
      by: 'curator',
    })
    await lib.apply({ type: 'update', updates: [{ id: ids[1]!, set: { headline: 'Other' } }], by: 'curator' })
    await lib.revert(a.seq!)
    expect(lib.get(ids[0]!)?.profile).toMatchObject({ headline: null, notes: 'note' })
    await lib.apply({
      type: 'update',
      updates: [{ id: ids[0]!, set: { notes: 'changed again' } }],
      by: 'curator',
    })
    await expect(lib.revert(b.seq!)).rejects.toThrow(/later changed the same fields/)
    await expect(lib.revert(a.seq!)).rejects.toThrow(/not in effect/)
  })

  it('compacts into a snapshot and history, and undo still reaches back past it', async () => {
    const { lib, ids } = await seeded()
    for (let i = 0; i < 5; i++) {
      await lib.apply({ type: 'update', updates: [{ id: ids[0]!, set: { notes: `n${i}` } }], by: 'curator' })
    }
    await lib.compact()
    expect(readFileSync(lib.paths.journal, 'utf8')).toBe('')
    const l = await reopen(lib)
    expect(l.get(ids[0]!)?.profile.notes).toBe('n4')
    await l.undo()
    expect(l.get(ids[0]!)?.profile.notes).toBe('n3')
    expect((await l.history(3)).map((h) => h.kind)).toEqual(['undo', 'do', 'do'])
    const snapshot = readFileSync(l.paths.snapshot, 'utf8').split('\n')
    expect(snapshot[1]).toMatch(
      /^\{"id":"p-000001","deleted":null,"edited":\["notes"\],"profile":\{"id":"p-000001","city":"Cork"/,
    )
  })

  it('compacts in the background while edits go on', async () => {
    const dir = tempDir()
    const lib = await openLib(dir, { compactEvery: 3 })
    const { changed } = await lib.apply({ type: 'create', profiles: [makeProfile()] })
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        lib.apply({ type: 'update', updates: [{ id: changed[0]!, set: { notes: `n${i}` } }], by: 'curator' }),
      ),
    )
    const l = await reopen(lib)
    expect(l.get(changed[0]!)?.profile.notes).toBe('n19')
    expect(l.seq).toBe(21)
  })

  it('compacts on demand everything acknowledged before, even while a compaction is under way', async () => {
    const { lib, ids } = await seeded()
    const first = lib.compact()
    // Acknowledged while the first compaction writes its snapshot: it is not in that snapshot.
    await lib.apply({ type: 'update', updates: [{ id: ids[0]!, set: { notes: 'late' } }], by: 'curator' })
    await lib.compact()
    await first
    expect(readFileSync(lib.paths.journal, 'utf8')).toBe('')
    const index = JSON.parse(readFileSync(lib.paths.index, 'utf8').split('\n')[0]!) as { seq: number }
    expect(index.seq).toBe(lib.seq)
  })

  it('drops a torn last journal line, which was never acknowledged, and goes on', async () => {
    const { lib } = await seeded()
    await lib.close()
    appendFileSync(lib.paths.journal, '{"seq":2,"at":"2026-')
    const l = await openLib(lib.paths.dir)
    expect(cities(l)).toEqual(['Cork', 'Espoo'])
    await l.apply({ type: 'create', profiles: [makeProfile({ city: 'Oslo', country: 'Norway' })] })
    expect(cities(await reopen(l))).toEqual(['Cork', 'Espoo', 'Oslo'])
  })

  it('refuses a damaged file with a message naming it, and leaves it as it was', async () => {
    const { lib } = await seeded()
    await lib.close()
    const journal = readFileSync(lib.paths.journal, 'utf8')
    const damaged = `{"seq": oops}\n${journal}`
    writeFileSync(lib.paths.journal, damaged)
    await expect(Library.open(lib.paths.dir)).rejects.toThrow(/journal\.jsonl: line 1 is not valid JSON/)
    expect(readFileSync(lib.paths.journal, 'utf8')).toBe(damaged)
    writeFileSync(
      join(lib.paths.dir, 'library.json'),
      '{"format":"profile-curator-library","version":99,"id":"x","createdAt":"2026-01-01T00:00:00Z"}',
    )
    await expect(Library.open(lib.paths.dir)).rejects.toThrow(/version 99 is newer/)
  })

  it('lets one process write at a time; a second opens read-only', async () => {
    const { lib } = await seeded()
    await expect(Library.open(lib.paths.dir)).rejects.toThrow(/open in another window or command/)
    const reader = await openLib(lib.paths.dir, { readOnly: true })
    expect(cities(reader)).toEqual(['Cork', 'Espoo'])
    expect(() => reader.apply({ type: 'delete', ids: ['p-000001'] })).toThrow(/read-only/)
  })

  it('opens read-only while the writer compacts between its reads of the journal and the snapshot', async () => {
    const { lib, ids } = await seeded()
    for (const notes of ['one', 'two'])
      await lib.apply({ type: 'update', updates: [{ id: ids[0]!, set: { notes } }], by: 'curator' })
    // The writer's compaction runs just before the reader's second read of the two, whichever it is.
    let reads = 0
    const racing: Disk = {
      ...nodeDisk,
      readFile: async (path) => {
        if (path === lib.paths.journal && ++reads === 2) await lib.compact()
        return nodeDisk.readFile(path)
      },
      open: async (path, flags) => {
        if (path === lib.paths.snapshot && ++reads === 2) await lib.compact()
        return nodeDisk.open(path, flags)
      },
    }
    const reader = await openLib(lib.paths.dir, { readOnly: true, disk: racing })
    expect(reads).toBe(2)
    expect(reader.get(ids[0]!)?.profile.notes).toBe('two')
    expect(reader.summaries()).toEqual(lib.summaries())
  })

  it('creates a library only in an absent or empty folder', async () => {
    const dir = tempDir()
    mkdirSync(dir)
    writeFileSync(join(dir, 'notes.txt'), 'mine')
    await expect(Library.open(dir, { create: true })).rejects.toThrow(/not empty and is not a library/)
    await expect(Library.open(join(dir, 'missing'))).rejects.toThrow(/no such folder/)
  })
})

describe('leftovers of a crash', () => {
  it('removes temp files of interrupted writes when the library is opened for writing', async () => {
    const { lib } = await seeded()
    await lib.close()
    writeFileSync(join(lib.paths.dir, 'profiles.jsonl.4242.tmp'), 'half a snapshot')
    const l = await openLib(lib.paths.dir)
    expect(readdirSync(l.paths.dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('a snapshot edited by hand', () => {
  it('is validated line by line: a valid edit is read, an invalid one refused with its line', async () => {
    const { lib, ids } = await seeded()
    await lib.compact()
    await lib.close()
    const original = readFileSync(lib.paths.snapshot, 'utf8')
    writeFileSync(lib.paths.snapshot, original.replace('"city":"Cork"', '"city":"Corcaigh"'))
    const edited = await openLib(lib.paths.dir)
    expect(edited.get(ids[0]!)?.profile.city).toBe('Corcaigh')
    await edited.close()
    writeFileSync(lib.paths.snapshot, original.replace('"status":"draft"', '"status":"finished"'))
    await expect(Library.open(lib.paths.dir)).rejects.toThrow(/profiles\.jsonl: line 2: profile\.status/)
  })
})
