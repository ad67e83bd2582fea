import { createHash } from 'node:crypto'
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as FsPromises from 'node:fs/promises'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DocumentError } from './errors'
import { MAX_DOCUMENT_BYTES, readDocument } from './readDocument'

// Root may read any file, so an unreadable file is also simulated: `stat` fails with EACCES for `*.eacces`.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const stat: typeof fs.stat = (async (path: Parameters<typeof fs.stat>[0]) => {
    if (String(path).endsWith('.eacces'))
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    return fs.stat(path)
  }) as typeof fs.stat
  return { ...fs, stat }
})

const FIXTURES = new URL('../core/input/__fixtures__/', import.meta.url)
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-document-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, content)
  return path
}

describe('readDocument', () => {
  it('reads .txt as lines, with encoding and the SHA-256 of the bytes', async () => {
    const content = 'Changzhou, China\r\n\r\n  • City population: \r\n'
    const input = await readDocument(await file('a.txt', content))
    expect(input).toEqual({
      kind: 'lines',
      format: 'txt',
      lines: ['Changzhou, China', '', '• City population:'],
      encoding: 'utf-8',
      sha256: createHash('sha256').update(content).digest('hex'),
    })
  })

  it('reads a Windows-1252 .text file', async () => {
    const input = await readDocument(
      await file('b.TEXT', iconv.encode('Montréal, Canada\n“Learning city”', 'win1252')),
    )
    expect(input).toMatchObject({
      kind: 'lines',
      lines: ['Montréal, Canada', '“Learning city”'],
      encoding: 'windows-1252',
    })
  })

  it('dispatches .md, .markdown, .html, .htm and .xhtml', async () => {
    const md = await readDocument(await file('c.markdown', 'Title\n=====\n* **item**'))
    expect(md).toMatchObject({ kind: 'lines', format: 'md', lines: ['# Title', '- item'] })
    for (const ext of ['html', 'HTM', 'xhtml']) {
      const html = await readDocument(await file(`d.${ext}`, '<h2>Vision</h2><p>Text</p>'))
      expect(html).toMatchObject({ kind: 'lines', format: 'html', lines: ['## Vision', '', 'Text'] })
    }
  })

  it('reads the fixtures: an HTML page, a Markdown profile, JSON and CSV profiles', async () => {
    const copy = async (name: string): Promise<string> => {
      await copyFile(new URL(name, FIXTURES), join(dir, name))
      return join(dir, name)
    }
    expect(await readDocument(await copy('learning-city.html'))).toMatchObject({ format: 'html' })
    expect(await readDocument(await copy('profile.md'))).toMatchObject({ format: 'md' })
    const json = await readDocument(await copy('profiles.json'))
    expect(json.kind === 'profiles' && json.items.map((i) => Boolean(i.profile))).toEqual([
      true,
      false,
      true,
      false,
    ])
    const csv = await readDocument(await copy('profiles.csv'))
    expect(csv.kind === 'profiles' && csv.items[0]?.profile?.source.file).toBe('profiles.csv')
  })

  it('reads UTF-16 JSON and JSON Lines', async () => {
    const profiles = JSON.parse(await readFile(new URL('profiles.json', FIXTURES), 'utf8')) as {
      profiles: unknown[]
    }
    const json = await readDocument(
      await file('e.json', iconv.encode(JSON.stringify(profiles.profiles[0]), 'utf-16le', { addBOM: true })),
    )
    expect(json).toMatchObject({
      kind: 'profiles',
      format: 'json',
      encoding: 'utf-16le',
      items: [{ index: 0 }],
    })
    const jsonl = await readDocument(
      await file(
        'f.jsonl',
        `${JSON.stringify(profiles.profiles[0])}\n${JSON.stringify(profiles.profiles[2])}\n`,
      ),
    )
    expect(jsonl.kind === 'profiles' && jsonl.items.map((i) => i.profile?.city)).toEqual([
      'Changzhou',
      'Hangzhou',
    ])
  })

  it('sniffs files without a known extension: HTML when it starts like HTML, else text', async () => {
    expect(await readDocument(await file('page', '<!-- saved -->\n<!DOCTYPE html><p>Hi</p>'))).toMatchObject({
      format: 'html',
      lines: ['Hi'],
    })
    expect(await readDocument(await file('notes.log', 'a < b\n<p> is a tag'))).toMatchObject({
      format: 'txt',
    })
  })

  it('throws a one-line DocumentError naming the file and the problem', async () => {
    const expectProblem = async (path: string, problem: string): Promise<void> => {
      const error = await readDocument(path).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DocumentError)
      expect((error as DocumentError).message).toBe(`${path}: ${problem}`)
      expect((error as DocumentError).message).not.toContain('\n')
    }
    await expectProblem(join(dir, 'missing.txt'), 'no such file')
    await expectProblem(await file('empty.txt', ''), 'empty file')
    await expectProblem(await file('blank.txt', ' \n\t\n'), 'empty file (only whitespace)')
    await expectProblem(
      await file('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])),
      'not a text file (binary content: NUL bytes)',
    )
    const sub = join(dir, 'folder.txt')
    await mkdir(sub)
    await expectProblem(sub, 'is a directory, not a file')
    const huge = await file('huge.txt', 'x')
    await truncate(huge, MAX_DOCUMENT_BYTES + 5 * 1024 * 1024)
    await expectProblem(huge, 'file too large (69 MB, limit 64 MB)')
  })

  it('reports a permission error from the system', async () => {
    await expect(readDocument(join(dir, 'private.eacces'))).rejects.toThrow(
      `${join(dir, 'private.eacces')}: cannot read: permission denied`,
    )
  })

  // root reads any file whatever its mode, and Windows has no mode bits: there is no unreadable file to make.
  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')(
    'reports a file it may not read',
    async () => {
      const locked = await file('locked.txt', 'secret')
      await chmod(locked, 0o000)
      await expect(readDocument(locked)).rejects.toThrow(`${locked}: cannot read: permission denied`)
    },
  )
})
