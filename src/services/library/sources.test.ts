// Source documents on a real library: written at import for text documents, once per content, read back
// with their lines and trace; nothing for JSON items; a hash that is not one never becomes a path.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeProfile } from '../../core/library/testProfile'
import { importFiles } from '../import/importFiles'
import { nodeDisk } from './disk'
import { Library } from './library'
import { readSource, sourcePath, sourcesDir } from './sources'

const SAMPLES = join(__dirname, '../../../resources/sample')
const libs: Library[] = []
afterEach(async () => {
  await Promise.all(libs.splice(0).map((l) => l.close()))
})

async function setup(): Promise<{ root: string; lib: Library }> {
  const root = mkdtempSync(join(tmpdir(), 'pc-sources-'))
  cpSync(SAMPLES, join(root, 'sample'), { recursive: true })
  const lib = await Library.open(join(root, 'library'), { create: true })
  libs.push(lib)
  return { root, lib }
}

describe('sources/', () => {
  it('keeps each imported text document with its lines and where each went', async () => {
    const { root, lib } = await setup()
    await importFiles(lib, [join(root, 'sample')])
    const files = readdirSync(sourcesDir(lib.paths.dir)).sort()
    expect(files).toHaveLength(5)
    const changzhou = [...lib.records()].find((r) => r.profile.city === 'Changzhou')!
    const { sha256, file } = changzhou.profile.source
    expect(files).toContain(`${sha256}.json`)
    const source = await readSource(nodeDisk, lib.paths.dir, sha256)
    const text = readFileSync(join(root, 'sample', file!), 'utf8')
    expect(source).toMatchObject({ file, layout: changzhou.profile.source.layout })
    expect(source!.lines.join('\n')).toContain('Innovative institutional design for building a learning city')
    expect(source!.lines.length).toBe(text.split(/\r?\n/).length)
    // Trace lines are 1-based; every entry points at the line its text came from.
    const headline = source!.trace.find((t) => t.to === 'headline')!
    expect(source!.lines[headline.line - 1]).toContain(headline.text)
    expect(source!.trace.length).toBeGreaterThan(10)
  })

  it('writes a document once: importing the same file again leaves it as it was', async () => {
    const { root, lib } = await setup()
    await importFiles(lib, [join(root, 'sample')])
    const path = sourcePath(lib.paths.dir, [...lib.records()][0]!.profile.source.sha256)!
    const before = statSync(path)
    writeFileSync(join(root, 'copy.txt'), readFileSync(join(root, 'sample', '000_2c045724fbe130aa.txt')))
    await importFiles(lib, [join(root, 'sample'), join(root, 'copy.txt')])
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs)
    expect(readdirSync(sourcesDir(lib.paths.dir))).toHaveLength(5)
  })

  it('keeps nothing for the items of a JSON file, which have no lines', async () => {
    const { root, lib } = await setup()
    writeFileSync(
      join(root, 'one.json'),
      JSON.stringify([makeProfile({ city: 'Espoo', country: 'Finland' })]),
    )
    await importFiles(lib, [join(root, 'one.json')])
    expect(lib.size).toBe(1)
    const record = [...lib.records()][0]!
    expect(await readSource(nodeDisk, lib.paths.dir, record.profile.source.sha256)).toBeNull()
  })

  it('never reads outside sources/ for a hash that is not one, and refuses a damaged document', async () => {
    const { root, lib } = await setup()
    expect(sourcePath(lib.paths.dir, '../library.json')).toBeNull()
    expect(await readSource(nodeDisk, lib.paths.dir, '../../etc/passwd')).toBeNull()
    expect(await readSource(nodeDisk, lib.paths.dir, null)).toBeNull()
    await importFiles(lib, [join(root, 'sample', '000_2c045724fbe130aa.txt')])
    const sha = [...lib.records()][0]!.profile.source.sha256
    writeFileSync(sourcePath(lib.paths.dir, sha)!, '{"file": null, "layout": "bulleted", "lines": 3}')
    await expect(readSource(nodeDisk, lib.paths.dir, sha)).rejects.toMatchObject({ code: 'corrupt' })
  })
})
