// Reads one input file into what the parsers take: lines for text documents, validated profiles for JSON and CSV.
// Every failure is a DocumentError whose message names the file and the problem in one line.
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { csvToProfiles } from '../core/input/csvProfiles'
import { htmlToLines } from '../core/input/htmlToLines'
import { jsonLinesToProfiles, jsonToProfiles } from '../core/input/jsonProfiles'
import { markdownToLines } from '../core/input/markdownToLines'
import { textToLines } from '../core/input/plainToLines'
import type { ProfileItem } from '../core/input/profileItem'
import { decodeText } from './decodeText'
import { DocumentError, NotTextError } from './errors'

/** What a file holds, with the encoding it was read in and the SHA-256 of its bytes (for `profile.source`). */
export type DocumentInput = (
  | { kind: 'lines'; format: 'txt' | 'md' | 'html'; lines: string[] }
  | { kind: 'profiles'; format: 'json' | 'csv'; items: ProfileItem[] }
) & { encoding: string; sha256: string }

export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

const FORMATS: Record<string, 'txt' | 'md' | 'html' | 'json' | 'jsonl' | 'csv'> = {
  ...{ '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md' },
  ...{ '.html': 'html', '.htm': 'html', '.xhtml': 'html' },
  ...{ '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv' },
}

/** Markup at the start of a file (after blanks and comments) that only HTML has. */
const HTML_START =
  /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|h[1-6]|table|ul|ol)\b/i

export async function readDocument(path: string): Promise<DocumentInput> {
  const bytes = await readBytes(path)
  let decoded: { text: string; encoding: string }
  try {
    decoded = decodeText(bytes)
  } catch (error) {
    if (error instanceof NotTextError) throw new DocumentError(path, error.message)
    throw error
  }
  const { text, encoding } = decoded
  if (text.trim() === '') throw new DocumentError(path, 'empty file (only whitespace)')
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const format = FORMATS[extname(path).toLowerCase()] ?? (HTML_START.test(text) ? 'html' : 'txt')
  const meta = { encoding, sha256 }
  switch (format) {
    case 'txt':
      return { kind: 'lines', format, lines: textToLines(text), ...meta }
    case 'md':
      return { kind: 'lines', format, lines: markdownToLines(text), ...meta }
    case 'html':
      return { kind: 'lines', format, lines: htmlToLines(text), ...meta }
    case 'json':
      return { kind: 'profiles', format, items: jsonToProfiles(text), ...meta }
    case 'jsonl':
      return { kind: 'profiles', format: 'json', items: jsonLinesToProfiles(text), ...meta }
    case 'csv':
      return { kind: 'profiles', format, items: csvToProfiles(text, { file: basename(path) }), ...meta }
  }
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new DocumentError(path, 'is a directory, not a file')
    if (info.size === 0) throw new DocumentError(path, 'empty file')
    if (info.size > MAX_DOCUMENT_BYTES)
      throw new DocumentError(
        path,
        `file too large (${megabytes(info.size)} MB, limit ${megabytes(MAX_DOCUMENT_BYTES)} MB)`,
      )
    return await readFile(path)
  } catch (error) {
    if (error instanceof DocumentError) throw error
    throw new DocumentError(path, systemProblem(error))
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1)
}

function systemProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied'
  if (code === 'EISDIR') return 'is a directory, not a file'
  if (code === 'ELOOP') return 'cannot read: too many symbolic links'
  return `cannot read: ${error instanceof Error ? error.message : String(error)}`
}
