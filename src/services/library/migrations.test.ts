// Format versions 1 → 2 (index.jsonl rows become arrays under a header naming the columns), 2 → 3 (a row's
// missing metrics become bits) and 3 → 4 (trailers end with a CRC-32): an older library opens, is migrated,
// and lists exactly what it listed before; an interrupted migration runs again.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeProfile } from '../../core/library/testProfile'
import { summarize, type ProfileSummary } from '../../core/library/summary'
import { METRIC_KEYS } from '../../core/model'
import { nodeDisk, writeFileDurably } from './disk'
import { fromIndexRow, INDEX_COLUMNS, indexLines, readIndex, toIndexRow } from './indexFile'
import { jsonLines } from './jsonLines'
import { Library } from './library'
import { readLibraryList } from './listIndex'
import { LIBRARY_VERSION } from './manifest'
import { libraryPaths } from './paths'
import { withSha256Trailer } from './__fixtures__/sha256Trailer'

const manifestFile = (dir: string): string => join(dir, 'library.json')

const V2_COLUMNS = INDEX_COLUMNS

/**
 * A compacted library turned back into `version`: its manifest says so, its trailers hold SHA-256s, and its
 * index is what that version wrote: one object per row (1), arrays with the missing metrics by name (2), or
 * the missing metrics as bits (3).
 */
async function olderLibrary(old: 1 | 2 | 3): Promise<{ dir: string; listed: ProfileSummary[] }> {
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
  const header = { format: 'profile-curator-index', seq, count: listed.length }
  await writeFileDurably(
    nodeDisk,
    lib.paths.index,
    old === 3
      ? indexLines(seq, listed.length, listed)
      : old === 1
        ? jsonLines(header, listed)
        : jsonLines(
            { ...header, columns: V2_COLUMNS },
            listed.map((s) => V2_COLUMNS.map((c) => s[c])),
          ),
  )
  for (const file of [lib.paths.snapshot, lib.paths.index]) withSha256Trailer(file)
  setVersion(dir, old)
  return { dir, listed }
}

function setVersion(dir: string, version: number): void {
  const manifest = JSON.parse(readFileSync(manifestFile(dir), 'utf8')) as { version: number }
  writeFileSync(manifestFile(dir), JSON.stringify({ ...manifest, version }, null, 2))
}

const version = (dir: string): number =>
  (JSON.parse(readFileSync(manifestFile(dir), 'utf8')) as { version: number }).version

describe('the index file', () => {
  it('has a column for every field of a summary, and gives back the summary it was given', () => {
    const summary = summarize(makeProfile({ city: 'Cork' }), { deleted: null })
    expect([...INDEX_COLUMNS].sort()).toEqual(Object.keys(summary).sort())
    expect(toIndexRow(summary)).toEqual(
      INDEX_COLUMNS.map((c) => (c === 'missing' ? expect.any(Number) : summary[c])),
    )
    expect(fromIndexRow(toIndexRow(summary))).toEqual(summary)
  })

  it('keeps the missing metrics as one bit each, in catalogue order', () => {
    const none = summarize(makeProfile({ city: 'Cork' }), { deleted: null })
    const all = { ...none, missing: [...METRIC_KEYS] }
    const some = { ...none, missing: [METRIC_KEYS[0], METRIC_KEYS[3], METRIC_KEYS[6]] }
    for (const s of [{ ...none, missing: [] }, all, some]) expect(fromIndexRow(toIndexRow(s))).toEqual(s)
    expect(toIndexRow(some)[5]).toBe(0b1001001)
  })

  it('is not trusted when its header names the metrics in another order: the list reads the library', async () => {
    const { dir, listed } = await olderLibrary(2)
    const { index } = libraryPaths(dir)
    await (await Library.open(dir)).close()
    const header = JSON.parse(readFileSync(index, 'utf8').split('\n')[0]!) as object
    expect(readIndex(nodeDisk, index)?.summaries).toEqual(listed)
    const reordered = { ...header, metrics: [...METRIC_KEYS].reverse() }
    await writeFileDurably(nodeDisk, index, jsonLines(reordered, listed.map(toIndexRow)))
    expect(readIndex(nodeDisk, index)).toBeNull()
    expect(await readLibraryList(dir)).toEqual(listed)
  })
})

describe('migrating a version-2 library', () => {
  it('rewrites the index with the missing metrics as bits, and lists what it listed before', async () => {
    const { dir, listed } = await olderLibrary(2)
    expect(listed.some((s) => s.missing.length > 1)).toBe(true)
    await expect(readLibraryList(dir)).rejects.toThrow(/needs an upgrade, which needs write access/)
    await (await Library.open(dir)).close()
    expect(version(dir)).toBe(LIBRARY_VERSION)
    const lines = readFileSync(join(dir, 'index.jsonl'), 'utf8').split('\n')
    expect(JSON.parse(lines[0]!)).toMatchObject({ columns: INDEX_COLUMNS, metrics: METRIC_KEYS })
    expect(JSON.parse(lines[1]!)).toEqual(toIndexRow(listed[0]!))
    expect(await readLibraryList(dir)).toEqual(listed)
  })
})

describe('migrating a version-1 library', () => {
  it('rewrites the index with one array per row, and lists what it listed before', async () => {
    const { dir, listed } = await olderLibrary(1)
    expect(LIBRARY_VERSION).toBe(4)
    // Reading alone cannot migrate: the list says what is needed instead of guessing at the old index.
    await expect(readLibraryList(dir)).rejects.toThrow(/needs an upgrade, which needs write access/)
    const lib = await Library.open(dir)
    await lib.close()
    expect(version(dir)).toBe(LIBRARY_VERSION)
    const lines = readFileSync(lib.paths.index, 'utf8').split('\n')
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'profile-curator-index', columns: INDEX_COLUMNS })
    expect(JSON.parse(lines[1]!)).toEqual(toIndexRow(listed[0] as never))
    expect(await readLibraryList(dir)).toEqual(listed)
  })

  it('runs again after an interruption, without touching an index already rewritten', async () => {
    const { dir, listed } = await olderLibrary(1)
    await (await Library.open(dir)).close()
    const rewritten = readFileSync(join(dir, 'index.jsonl'), 'utf8')
    // The crash came after the index and before the manifest's version.
    setVersion(dir, 1)
    await (await Library.open(dir)).close()
    expect(version(dir)).toBe(LIBRARY_VERSION)
    expect(readFileSync(join(dir, 'index.jsonl'), 'utf8')).toBe(rewritten)
    expect(await readLibraryList(dir)).toEqual(listed)
  })

  it('leaves a damaged old index alone (it is a cache), and the list comes from a full read', async () => {
    const { dir, listed } = await olderLibrary(1)
    writeFileSync(join(dir, 'index.jsonl'), '{"format":"profile-curator-index"\n')
    await (await Library.open(dir)).close()
    expect(version(dir)).toBe(LIBRARY_VERSION)
    expect(readFileSync(join(dir, 'index.jsonl'), 'utf8')).toBe('{"format":"profile-curator-index"\n')
    expect(await readLibraryList(dir)).toEqual(listed)
  })
})

describe('migrating a version-3 library', () => {
  it('is read as it is, without an upgrade, and keeps its files until the next compaction', async () => {
    const { dir, listed } = await olderLibrary(3)
    const paths = libraryPaths(dir)
    const files = (): string[] => [paths.snapshot, paths.index].map((file) => readFileSync(file, 'utf8'))
    const before = files()
    // Its index, under a SHA-256 trailer, is taken as it is.
    expect(readIndex(nodeDisk, paths.index)?.summaries).toEqual(listed)
    expect(await readLibraryList(dir)).toEqual(listed)
    const reader = await Library.open(dir, { readOnly: true })
    expect(reader.summaries()).toEqual(listed)
    await reader.close()
    expect(version(dir)).toBe(3)
    const lib = await Library.open(dir)
    expect(version(dir)).toBe(4)
    expect(files()).toEqual(before)
    await lib.compact()
    await lib.close()
    for (const text of files()) expect(text).toMatch(/\{"end":true,"count":\d+,"crc32":"[0-9a-f]{8}"\}\n$/)
    expect(await readLibraryList(dir)).toEqual(listed)
  })
})
