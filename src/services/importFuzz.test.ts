// Every importer (txt, md, html, json, jsonl, csv) on files that are damaged, truncated, binary, wrongly encoded or
// huge, read from real temp files the way an import reads them: no throw escapes parseFile, a file that cannot
// be read gets one line naming it and the problem, every line of a text document is conserved by the parser, and
// every element or row of a JSON or CSV file is either a profile or a rejection with its reason.
// FUZZ_RUNS raises the number of generated cases (npm run test:soak); the figures go to docs/reliability.md.
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  writeFileSync,
  ftruncateSync,
  mkdirSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import { ProfileSchema } from '../core/model'
import { conservationProblems } from '../core/parse/conservation'
import { recordFigures } from '../../test/reliability/figures'
import { DocumentError } from './errors'
import { parseFile } from './parseFiles'
import { readDocument, MAX_DOCUMENT_BYTES } from './readDocument'

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 60)
const dir = mkdtempSync(join(tmpdir(), 'pc-import-fuzz-'))
const fixture = (name: string) => readFileSync(join(__dirname, '../core/input/__fixtures__', name))
const SOURCES: Record<string, Buffer> = {
  txt: readFileSync(join(__dirname, '../../resources/sample/004_6efca1ca511356ff.txt')),
  md: fixture('profile.md'),
  html: fixture('learning-city.html'),
  json: fixture('profiles.json'),
  jsonl: Buffer.from(
    (JSON.parse(fixture('profiles.json').toString('utf8')) as { profiles: unknown[] }).profiles
      .map((p) => JSON.stringify(p))
      .join('\n'),
  ),
  csv: fixture('profiles.csv'),
}
const FORMATS = Object.keys(SOURCES)
const figures = {
  filesTried: 0,
  unreadable: 0,
  textDocuments: 0,
  linesConserved: 0,
  profiles: 0,
  rejected: 0,
  largestMB: 0,
}
afterAll(() => recordFigures('import-fuzz', { runs: RUNS, ...figures }))

let serial = 0
function writeTemp(ext: string, bytes: Uint8Array): string {
  const path = join(dir, `f${serial++}.${ext}`)
  writeFileSync(path, bytes)
  return path
}

/** What every importer promises for one file, checked on the file at `path`. */
async function expectHandled(path: string): Promise<void> {
  figures.filesTried++
  const outcome = await parseFile(path) // never throws: a failure is its `error`
  let input: Awaited<ReturnType<typeof readDocument>>
  try {
    input = await readDocument(path)
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError)
    const message = (error as Error).message
    expect(message.startsWith(`${path}: `)).toBe(true)
    expect(message).not.toMatch(/[\r\n]/)
    expect(message.length).toBeLessThan(path.length + 200)
    expect(outcome).toMatchObject({ documents: [], error: message })
    figures.unreadable++
    return
  }
  expect(outcome.error).toBeNull()
  if (input.kind === 'lines') {
    expect(outcome.documents).toHaveLength(1)
    const doc = outcome.documents[0]!
    expect(conservationProblems(input.lines, doc)).toEqual([])
    expect(ProfileSchema.safeParse(doc.profile).success).toBe(true)
    figures.textDocuments++
    figures.linesConserved += input.lines.length
    return
  }
  expect(input.items.length).toBeGreaterThan(0)
  for (const item of input.items) {
    expect(Boolean(item.profile) !== Boolean(item.error), JSON.stringify(item).slice(0, 200)).toBe(true)
    if (item.error) {
      expect(item.error).not.toMatch(/[\r\n]/)
      expect(item.error.length).toBeGreaterThan(5)
    }
  }
  expect(outcome.documents.length + outcome.rejected.length).toBe(input.items.length)
  figures.profiles += outcome.documents.length
  figures.rejected += outcome.rejected.length
}

/** One random damage to a file's bytes. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
  fc.record({
    kind: fc.constant('encode' as const),
    as: fc.constantFrom('utf16le', 'utf16be', 'win1252', 'latin1', 'koi8-r', 'shift_jis'),
    bom: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    from: fc.constantFrom(...FORMATS),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
)
type Damage = typeof damage extends fc.Arbitrary<infer D> ? D : never

function apply(bytes: Buffer, d: Damage): Buffer {
  const pos = (at: number) => Math.floor(at * bytes.length)
  switch (d.kind) {
    case 'truncate':
      return bytes.subarray(0, pos(d.at))
    case 'flip': {
      const out = Buffer.from(bytes)
      for (const at of d.at) if (out.length > 0) out[Math.min(pos(at), out.length - 1)] = d.byte
      return out
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, pos(d.at)), d.bytes, bytes.subarray(pos(d.at))])
    case 'encode': {
      const text = bytes.toString('utf8')
      const encoded =
        d.as === 'utf16be' ? Buffer.from(iconv.encode(text, 'utf16-be')) : iconv.encode(text, d.as)
      const bom = d.as === 'utf16le' ? [0xff, 0xfe] : d.as === 'utf16be' ? [0xfe, 0xff] : [0xef, 0xbb, 0xbf]
      return d.bom ? Buffer.concat([Buffer.from(bom), encoded]) : encoded
    }
    case 'splice':
      return Buffer.concat([bytes.subarray(0, pos(d.at)), SOURCES[d.from]!.subarray(pos(d.at))])
  }
}

describe('every importer on damaged files', () => {
  for (const format of FORMATS) {
    it(`${format}: truncated, bit-flipped, spliced, re-encoded`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 3 }), async (damages) => {
          const bytes = damages.reduce(apply, SOURCES[format]!)
          await expectHandled(writeTemp(format, bytes))
        }),
        { numRuns: RUNS },
      )
    })
  }

  it('any bytes at all, under every extension and none', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FORMATS, 'dat', 'TXT', 'Html'),
        fc.uint8Array({ maxLength: 2000 }),
        async (ext, bytes) => expectHandled(writeTemp(ext, bytes)),
      ),
      { numRuns: RUNS },
    )
  })
})

describe('every importer on hand-made nasty files', () => {
  const PNG = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ])
  const cases: Record<string, Buffer> = {
    'binary image': Buffer.concat([PNG, Buffer.alloc(500, 7)]),
    'a PDF': Buffer.from(
      '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\0\0\0',
      'latin1',
    ),
    'NUL bytes only': Buffer.alloc(4096),
    'whitespace only': Buffer.from(' \n\t\r\n   \u00a0'),
    'a BOM only': Buffer.from([0xef, 0xbb, 0xbf]),
    'invalid UTF-8': Buffer.from([0x43, 0x69, 0x74, 0x79, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x0a]),
    'lone surrogates': Buffer.from('\ud800 city \udfff', 'utf16le'),
    'UTF-16 without a BOM': Buffer.from('Profile of Espoo\nCountry: Finland\n', 'utf16le'),
    'JSON cut in a string': Buffer.from('{"profiles":[{"id":"a","city":"Esp'),
    'JSON of the wrong shape': Buffer.from('{"profiles": 42, "city": ["x"]}'),
    'JSON nested 100,000 deep': Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)),
    'CSV with an unclosed quote': Buffer.from('id,city,country\n1,"Espoo,Finland\n2,Cork,Ireland\n'),
    'CSV with ragged rows': Buffer.from('id,city\n1\n2,Cork,Ireland,extra,more\n,,,\n'),
    'CSV header only': Buffer.from('id,city,country\n'),
    'HTML that never closes': Buffer.from('<html><body>' + '<div><table><tr><td>'.repeat(8_000)),
    'Markdown front matter unterminated': Buffer.from('---\ncity: Espoo\ntitle: [unclosed\n'),
    'one line of 5 MB': Buffer.from('Population: ' + '9'.repeat(5 * 1024 * 1024)),
  }
  for (const [name, bytes] of Object.entries(cases)) {
    it(`${name}, under every extension`, async () => {
      for (const ext of [...FORMATS, 'dat']) await expectHandled(writeTemp(ext, bytes))
    }, 60_000)
  }

  it('a missing file, a folder, and an unreadable file: one line each', async () => {
    await expectHandled(join(dir, 'missing.txt'))
    mkdirSync(join(dir, 'folder.json'))
    await expectHandled(join(dir, 'folder.json'))
    if (process.getuid?.() !== 0) {
      const locked = writeTemp('txt', Buffer.from('Espoo'))
      const { chmodSync } = await import('node:fs')
      chmodSync(locked, 0o000)
      await expectHandled(locked)
    }
  })

  it('a file over the size limit is refused without being read', async () => {
    const path = join(dir, 'huge.txt')
    const fd = openSync(path, 'w')
    ftruncateSync(fd, MAX_DOCUMENT_BYTES + 1) // sparse: no disk used
    closeSync(fd)
    await expect(readDocument(path)).rejects.toThrow(
      /file too large \(64\.0 MB, limit 64\.0 MB\)|file too large/,
    )
    await expectHandled(path)
  })

  // Text and HTML go through the whole import (read, decode, parse, every line conserved); JSON and CSV have
  // every element validated. The parser once took 8 s on a 2 MB glued line (deglue.ts, wordEndingAt).
  it('files of tens of MB: text and HTML are parsed with every line conserved, every JSON element and CSV row is accounted for', async () => {
    const page = SOURCES.txt!.toString('utf8')
    const copies = Math.ceil((20 * 1024 * 1024) / page.length)
    const profiles = (JSON.parse(SOURCES.json!.toString('utf8')) as { profiles: Array<{ id: string }> })
      .profiles
    const valid = profiles.filter((p) => ProfileSchema.safeParse(p).success)
    const many = Array.from({ length: 12_000 }, (_, i) => ({ ...valid[i % valid.length]!, id: `p-${i}` }))
    const big: Record<string, Buffer> = {
      txt: Buffer.from(page.repeat(copies)),
      html: Buffer.from(
        `<html><body>${`<p>${page.replace(/</g, '&lt;').replace(/\n/g, '</p><p>')}</p>`.repeat(copies)}</body></html>`,
      ),
      json: Buffer.from(JSON.stringify(many, null, 2)),
      csv: Buffer.from(
        'id,city,country\n' +
          Array.from({ length: 400_000 }, (_, i) => `p-${i},City ${i},"Country, ${i}"`).join('\n'),
      ),
    }
    for (const [ext, bytes] of Object.entries(big)) {
      expect(bytes.length, ext).toBeGreaterThan(10 * 1024 * 1024)
      const path = writeTemp(ext, bytes)
      const input = await readDocument(path)
      if (input.kind === 'lines') {
        await expectHandled(path)
        expect(input.lines.length).toBeGreaterThan(copies)
        expect(input.lines.join('\n')).toContain(
          page
            .split('\n')
            .find((l) => l.trim().length > 40)!
            .trim(),
        )
      } else {
        figures.filesTried++
        const expected = ext === 'json' ? many.length : 400_000
        expect(input.items).toHaveLength(expected)
        expect(input.items.filter((i) => i.error)).toEqual([])
        figures.profiles += expected
      }
      figures.largestMB = Math.max(figures.largestMB, Math.round(bytes.length / 1024 / 1024))
    }
  }, 300_000)
})
