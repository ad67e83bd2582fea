// The fast list must say exactly what a full open says, whatever happened since the last compaction.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeMetric, makeProfile } from '../../core/library/testProfile'
import { nodeDisk, type Disk } from './disk'
import { Library } from './library'
import { readLibraryList } from './listIndex'

const sorted = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => a.id.localeCompare(b.id))

describe('readLibraryList', () => {
  it('matches a full open after creates, edits, deletes, undo and compaction', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pc-list-')), 'lib')
    const lib = await Library.open(dir, { create: true })
    const { changed } = await lib.apply({
      type: 'create',
      profiles: [
        makeProfile({ city: 'Cork' }),
        makeProfile({ city: 'Espoo', country: 'Finland' }),
        makeProfile({ city: 'Oslo', country: 'Norway' }),
      ],
    })
    const [a, b, c] = changed as [string, string, string]
    await lib.compact()
    await lib.apply({
      type: 'update',
      updates: [{ id: a, set: { 'metrics.population': makeMetric('population', { value: 210000 }) } }],
      by: 'curator',
    })
    await lib.apply({
      type: 'update',
      updates: [{ id: b, set: { city: 'Espoo (Esbo)', unassigned: ['x', 'y'] } }],
      by: 'curator',
    })
    await lib.apply({ type: 'setStatus', ids: [c], status: 'in-review' })
    await lib.apply({ type: 'delete', ids: [c] })
    await lib.apply({ type: 'create', profiles: [makeProfile({ city: 'Bari', country: 'Italy' })] })
    await lib.undo()
    const expected = sorted(lib.summaries())
    expect(sorted(await readLibraryList(dir))).toEqual(expected)
    expect(expected.find((s) => s.id === a)?.percent).toBe(14)
    // Without the index (a cache) the list still comes, from a full read.
    await lib.close()
    rmSync(join(dir, 'index.jsonl'))
    expect(sorted(await readLibraryList(dir))).toEqual(expected)
  })

  it('is exact when the writer compacts between its reads of the index and the journal', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pc-list-')), 'lib')
    const lib = await Library.open(dir, { create: true })
    const { changed } = await lib.apply({ type: 'create', profiles: [makeProfile({ city: 'Cork' })] })
    await lib.compact()
    await lib.apply({ type: 'setStatus', ids: changed, status: 'done' })
    const files = (): Map<string, Buffer> =>
      new Map([lib.paths.index, lib.paths.journal].map((path) => [path, readFileSync(path)]))
    const before = files()
    await lib.compact()
    const after = files()
    // The first of the two reads sees the files before the compaction, the second the files after it.
    let reads = 0
    const racing: Disk = {
      ...nodeDisk,
      readFileSync: (path) =>
        before.has(path) ? (++reads === 1 ? before : after).get(path)! : nodeDisk.readFileSync(path),
    }
    expect(await readLibraryList(dir, racing)).toEqual(lib.summaries())
    expect(reads).toBe(2)
    await lib.close()
  })

  it('takes an index edited by hand once its rows pass the summary schema, and reads the library otherwise', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pc-list-')), 'lib')
    const lib = await Library.open(dir, { create: true })
    await lib.apply({
      type: 'create',
      profiles: [makeProfile({ city: 'Cork' }), makeProfile({ city: 'Oslo' })],
    })
    await lib.compact()
    const expected = lib.summaries()
    await lib.close()
    const index = join(dir, 'index.jsonl')
    const written = readFileSync(index, 'utf8')
    writeFileSync(index, written.replace('"Oslo"', '"Oslo (by hand)"'))
    expect((await readLibraryList(dir)).map((s) => s.city)).toEqual(['Cork', 'Oslo (by hand)'])
    writeFileSync(index, written.replace('"Oslo"', '42'))
    expect(await readLibraryList(dir)).toEqual(expected)
    writeFileSync(index, written.replace(/,null\]\n\{"end"/, ']\n{"end"'))
    expect(await readLibraryList(dir)).toEqual(expected)
  })
})
