// Format version 1 to 2: index.jsonl rows become arrays under a header naming the columns. A version-1 library
// opens, is migrated, and lists exactly what it listed before; an interrupted migration runs again.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeProfile } from '../../core/library/testProfile'
import { summarize } from '../../core/library/summary'
import { nodeDisk, writeFileDurably } from './disk'
import { fromIndexRow, INDEX_COLUMNS, toIndexRow } from './indexFile'
import { jsonLines } from './jsonLines'
import { Library } from './library'
import { readLibraryList } from './listIndex'
import { LIBRARY_VERSION } from './manifest'

const manifestFile = (dir: string): string => join(dir, 'library.json')

/** A compacted library turned back into version 1: its manifest says 1 and its index has one object per row. */
async function versionOneLibrary(): Promise<{ dir: string; listed: unknown[] }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'pc-migrate-')), 'library')
  const lib = await Library.open(dir, { create: true })
  await lib.apply({
    type: 'create',
    profiles: [makeProfile({ city: 'Cork' }), makeProfile({ city: 'Espoo', country: 'Finland' })],
  })
  await lib.apply({ type: 'delete', ids: ['p-000002'] })
  await lib.compact()
  const listed = lib.summaries()
  await lib.close()
  const seq = (JSON.parse(readFileSync(lib.paths.index, 'utf8').split('\n')[0]!) as { seq: number }).seq
  await writeFileDurably(
    nodeDisk,
    lib.paths.index,
    jsonLines({ format: 'profile-curator-index', seq, count: listed.length }, listed),
  )
  const manifest = JSON.parse(readFileSync(manifestFile(dir), 'utf8')) as { version: number }
  writeFileSync(manifestFile(dir), JSON.stringify({ ...manifest, version: 1 }, null, 2))
  return { dir, listed }
}

const version = (dir: string): number =>
  (JSON.parse(readFileSync(manifestFile(dir), 'utf8')) as { version: number }).version

describe('the index file', () => {
  it('has a column for every field of a summary, and gives back the summary it was given', () => {
    const summary = summarize(makeProfile({ city: 'Cork' }), { deleted: null })
    expect([...INDEX_COLUMNS].sort()).toEqual(Object.keys(summary).sort())
    expect(toIndexRow(summary)).toEqual(INDEX_COLUMNS.map((c) => summary[c]))
    expect(fromIndexRow(toIndexRow(summary))).toEqual(summary)
  })
})

describe('migrating a version-1 library', () => {
  it('rewrites the index with one array per row, and lists what it listed before', async () => {
    const { dir, listed } = await versionOneLibrary()
    expect(LIBRARY_VERSION).toBe(2)
    // Reading alone cannot migrate: the list says what is needed instead of guessing at the old index.
    await expect(readLibraryList(dir)).rejects.toThrow(/needs an upgrade, which needs write access/)
    const lib = await Library.open(dir)
    await lib.close()
    expect(version(dir)).toBe(2)
    const lines = readFileSync(lib.paths.index, 'utf8').split('\n')
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'profile-curator-index', columns: INDEX_COLUMNS })
    expect(JSON.parse(lines[1]!)).toEqual(toIndexRow(listed[0] as never))
    expect(await readLibraryList(dir)).toEqual(listed)
  })

  it('runs again after an interruption, without touching an index already rewritten', async () => {
    const { dir, listed } = await versionOneLibrary()
    await (await Library.open(dir)).close()
    const rewritten = readFileSync(join(dir, 'index.jsonl'), 'utf8')
    // The crash came after the index and before the manifest's version.
    const manifest = JSON.parse(readFileSync(manifestFile(dir), 'utf8')) as { version: number }
    writeFileSync(manifestFile(dir), JSON.stringify({ ...manifest, version: 1 }, null, 2))
    await (await Library.open(dir)).close()
    expect(version(dir)).toBe(2)
    expect(readFileSync(join(dir, 'index.jsonl'), 'utf8')).toBe(rewritten)
    expect(await readLibraryList(dir)).toEqual(listed)
  })

  it('leaves a damaged old index alone (it is a cache), and the list comes from a full read', async () => {
    const { dir, listed } = await versionOneLibrary()
    writeFileSync(join(dir, 'index.jsonl'), '{"format":"profile-curator-index"\n')
    await (await Library.open(dir)).close()
    expect(version(dir)).toBe(2)
    expect(readFileSync(join(dir, 'index.jsonl'), 'utf8')).toBe('{"format":"profile-curator-index"\n')
    expect(await readLibraryList(dir)).toEqual(listed)
  })
})
