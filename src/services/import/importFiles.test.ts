// Import on real files and a real library: the report's outcomes, merges that keep curator work, policies.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Library } from '../library/library'
import { importFiles } from './importFiles'

const SEEDS = join(__dirname, '../../../../shared/seeds')
const libs: Library[] = []
afterEach(async () => {
  await Promise.all(libs.splice(0).map((l) => l.close()))
})

async function setup(): Promise<{ root: string; lib: Library }> {
  const root = mkdtempSync(join(tmpdir(), 'pc-import-'))
  cpSync(SEEDS, join(root, 'seeds'), { recursive: true })
  const lib = await Library.open(join(root, 'library'), { create: true })
  libs.push(lib)
  return { root, lib }
}

describe('importFiles', () => {
  it('imports a folder, then reports the same files as unchanged', async () => {
    const { root, lib } = await setup()
    writeFileSync(join(root, 'seeds', 'photo.png'), 'not a profile')
    const first = await importFiles(lib, [join(root, 'seeds')])
    expect(first.counts).toMatchObject({ new: 5, skipped: 1, failed: 0 })
    expect(first.rows.find((r) => r.outcome === 'skipped')?.reason).toMatch(
      /not a profile document \(\.png\)/,
    )
    expect(lib.size).toBe(5)
    const again = await importFiles(lib, [join(root, 'seeds')])
    expect(again.counts).toMatchObject({ new: 0, unchanged: 5 })
    expect(lib.size).toBe(5)
  })

  it('merges an updated page of a city: new source values for untouched fields, curator edits kept', async () => {
    const { root, lib } = await setup()
    await importFiles(lib, [join(root, 'seeds')])
    const changzhou = [...lib.records()].find((r) => r.profile.city === 'Changzhou')!
    await lib.apply({
      type: 'update',
      updates: [{ id: changzhou.id, set: { headline: 'Edited by the curator' } }],
      by: 'curator',
    })
    const updated = join(root, 'changzhou-2020.txt')
    const text = readFileSync(join(root, 'seeds', '000_2c045724fbe130aa.txt'), 'utf8')
      .replace(
        'Innovative institutional design for building a learning city',
        'A new headline from the source',
      )
      .replace('USD$ 8,000', 'USD$ 9,500')
    writeFileSync(updated, text)
    const report = await importFiles(lib, [updated])
    const r = report.rows[0]!
    expect(r).toMatchObject({ outcome: 'conflict', action: 'merged', id: changzhou.id })
    expect(r.differences.map((d) => [d.field, d.taken])).toEqual([
      ['headline', false],
      ['metrics.gdpCountry', true],
    ])
    const after = lib.get(changzhou.id)!.profile
    expect(after.headline).toBe('Edited by the curator')
    expect(after.metrics.gdpCountry?.value).toBe(9500)
    expect(lib.size).toBe(5)
    await lib.undo()
    expect(lib.get(changzhou.id)!.profile.metrics.gdpCountry?.value).toBe(8000)
  })

  it('follows the conflict policy: skip, replace, keep-both', async () => {
    const { root, lib } = await setup()
    await importFiles(lib, [join(root, 'seeds')])
    const dir = join(root, 'updates')
    mkdirSync(dir)
    const text = readFileSync(join(root, 'seeds', '001_a0672e79486a7180.txt'), 'utf8').replace(
      'USD$ 7,924',
      'USD$ 8,100',
    )
    writeFileSync(join(dir, 'shenzhen.txt'), text)
    expect((await importFiles(lib, [dir], { onConflict: 'skip' })).rows[0]).toMatchObject({
      outcome: 'conflict',
      action: 'skipped',
    })
    expect((await importFiles(lib, [dir], { onConflict: 'keep-both' })).rows[0]).toMatchObject({
      action: 'kept-both',
    })
    expect(lib.size).toBe(6)
  })

  it('reports a file that cannot be read, and goes on with the others', async () => {
    const { root, lib } = await setup()
    writeFileSync(join(root, 'empty.txt'), '')
    const report = await importFiles(lib, [
      join(root, 'empty.txt'),
      join(root, 'missing.txt'),
      join(root, 'seeds', '004_6efca1ca511356ff.txt'),
    ])
    expect(report.rows.map((r) => r.outcome)).toEqual(['failed', 'failed', 'new'])
    expect(report.rows[0]!.reason).toMatch(/empty/)
  })

  it('stops at a cancel with what was imported so far in the library and the report', async () => {
    const { root, lib } = await setup()
    const controller = new AbortController()
    const report = await importFiles(lib, [join(root, 'seeds')], {
      signal: controller.signal,
      onProgress: ({ done }) => done === 2 && controller.abort(),
    })
    expect(report.cancelled).toBe(true)
    expect(report.counts.new).toBe(2)
    expect(lib.size).toBe(2)
  })
})
