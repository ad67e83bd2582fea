// The checksum trailer: an intact file is read without validating its lines again, an edited one is validated.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { writeFileDurably, nodeDisk } from './disk'
import { jsonLines, readJsonLines, readSmallJsonLines } from './jsonLines'
import { withSha256Trailer } from './__fixtures__/sha256Trailer'

const Header = z.object({ format: z.literal('test') })

async function written(rows: unknown[]): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'pc-jsonl-')), 'rows.jsonl')
  await writeFileDurably(nodeDisk, path, jsonLines({ format: 'test' }, rows))
  return path
}

describe('JSON Lines with a checksum trailer', () => {
  it('reads an intact file without validating its lines, across chunk boundaries', async () => {
    let checked = 0
    const Row = z.object({ n: z.number(), text: z.string() }).refine(() => ++checked > 0)
    // Rows that span many chunks, and one longer than a chunk.
    const rows = Array.from({ length: 2500 }, (_, n) => ({
      n,
      text: 'x'.repeat(n === 1200 ? 2_500_000 : n % 7 === 0 ? 9000 : 8),
    }))
    const path = await written(rows)
    const read = await readJsonLines(nodeDisk, path, Header, Row)
    expect(read.rows).toEqual(rows)
    expect(readSmallJsonLines(nodeDisk, path, Header, Row)).toEqual(read)
    expect(checked).toBe(0)
  })

  it('ends with a CRC-32, and still reads the SHA-256 of a file from format version 3 as intact', async () => {
    let checked = 0
    const Row = z.object({ n: z.number(), city: z.string() }).refine(() => ++checked > 0)
    const rows = [
      { n: 1, city: 'Tórshavn' },
      { n: 2, city: 'Kraków' },
    ]
    const path = await written(rows)
    expect(readFileSync(path, 'utf8').split('\n').at(-2)).toMatch(
      /^\{"end":true,"count":2,"crc32":"[0-9a-f]{8}"\}$/,
    )
    withSha256Trailer(path)
    expect(readFileSync(path, 'utf8')).toMatch(/"sha256":"[0-9a-f]{64}"\}\n$/)
    expect((await readJsonLines(nodeDisk, path, Header, Row)).rows).toEqual(rows)
    expect(readSmallJsonLines(nodeDisk, path, Header, Row).rows).toEqual(rows)
    expect(checked).toBe(0)
    writeFileSync(path, readFileSync(path, 'utf8').replace('Kraków', 'Krakow'))
    expect((await readJsonLines(nodeDisk, path, Header, Row)).rows[1]).toEqual({ n: 2, city: 'Krakow' })
    expect(checked).toBe(2)
    expect(readSmallJsonLines(nodeDisk, path, Header, Row).rows[1]).toEqual({ n: 2, city: 'Krakow' })
    expect(checked).toBe(4)
  })

  it('reads a file whose trailer was removed, its last line longer than the part read first', async () => {
    let checked = 0
    const Row = z.object({ text: z.string() }).refine(() => ++checked > 0)
    const rows = [{ text: 'short' }, { text: 'x'.repeat(10_000) }]
    const path = await written(rows)
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\{"end":true.*\n$/, ''))
    expect((await readJsonLines(nodeDisk, path, Header, Row)).rows).toEqual(rows)
    expect(readSmallJsonLines(nodeDisk, path, Header, Row).rows).toEqual(rows)
    expect(checked).toBe(4)
  })

  it('validates every line of a file edited by hand, and names a bad one', async () => {
    let checked = 0
    const Row = z.object({ n: z.number() }).refine(() => ++checked > 0)
    const path = await written([{ n: 1 }, { n: 2 }])
    writeFileSync(path, readFileSync(path, 'utf8').replace('{"n":2}', '{"n":3}'))
    expect((await readJsonLines(nodeDisk, path, Header, Row)).rows).toEqual([{ n: 1 }, { n: 3 }])
    expect(checked).toBe(2)
    expect(readSmallJsonLines(nodeDisk, path, Header, Row).rows).toEqual([{ n: 1 }, { n: 3 }])
    expect(checked).toBe(4)
    writeFileSync(path, readFileSync(path, 'utf8').replace('{"n":3}', '{"n":"three"}'))
    await expect(readJsonLines(nodeDisk, path, Header, Row)).rejects.toThrow(/rows\.jsonl: line 3: n:/)
    expect(() => readSmallJsonLines(nodeDisk, path, Header, Row)).toThrow(/rows\.jsonl: line 3: n:/)
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, -1))
    expect(() => readSmallJsonLines(nodeDisk, path, Header, Row)).toThrow(/cut short/)
    await expect(readJsonLines(nodeDisk, path, Header, Row)).rejects.toThrow(/cut short/)
    writeFileSync(path, '')
    expect(() => readSmallJsonLines(nodeDisk, path, Header, Row)).toThrow(/rows\.jsonl: no header line/)
    await expect(readJsonLines(nodeDisk, path, Header, Row)).rejects.toThrow(/rows\.jsonl: no header line/)
  })
})
