// Reading and writing the library's JSON Lines files (profiles.jsonl, index.jsonl): a header line, the body,
// and a trailer with the body's count and checksum. A file whose checksum matches is exactly what the library
// wrote (and validated), so its lines need no second validation; a file edited by hand is validated line by
// line. Reading goes through the file in chunks: never one string, and never the whole file in memory.
// The checksum is a CRC-32 since format version 4, a SHA-256 before (still read). Neither is keyed, so neither
// proves more than "as written": the CRC-32 tells a damaged or edited file as surely, at a third of the cost.
import { createHash } from 'node:crypto'
import { crc32 } from 'node:zlib'
import type { z } from 'zod'
import type { Disk } from './disk'
import { flatRowReader } from './flatRow'
import { ioError, LibraryError } from './errors'

/**
 * Bytes read at a time; the buffer grows only for a line longer than this. 256 KB, not 1 MB: a 1,000-profile
 * open's peak memory went from 2.8 to 2.1 times its file's bytes, and the 10,000 one took about 5% longer.
 */
const CHUNK = 256 * 1024

/** Bytes read from the end of a file first, for its trailer; a longer last line is no trailer. */
const TAIL = 4096

interface LineSink {
  each(text: string, line: number): void
  body(bytes: Buffer): void
}

/** The text of a file's last line, when `tail` (the file's last bytes) holds all of it. */
function lastLine(tail: Buffer, whole: boolean): string | null {
  if (tail.length === 0 || tail[tail.length - 1] !== 10) return null
  const start = tail.lastIndexOf(10, tail.length - 2) + 1
  return start === 0 && !whole ? null : tail.toString('utf8', start, tail.length - 1)
}

/**
 * Reads the file's last line first and gives it to `start`, whose sink then gets the text of every line (`each`)
 * and the bytes of every line but the first and the last (`body`: hashing whole runs of lines is much cheaper
 * than line by line). One buffer is reused for the whole file, so reading holds no more than a chunk and the
 * lines' strings. A file not ending in a newline is damaged.
 */
async function forEachLine<S extends LineSink>(
  disk: Disk,
  path: string,
  start: (last: string | null) => S,
): Promise<S> {
  let handle
  try {
    handle = await disk.open(path, 'r')
  } catch (error) {
    throw ioError(path, error)
  }
  let closed = false
  const closeOnce = async (): Promise<void> => {
    if (closed) return
    closed = true
    await handle.close()
  }
  try {
    const { size } = await handle.stat()
    const tail = Buffer.allocUnsafe(Math.min(TAIL, size))
    await handle.read(tail, 0, tail.length, size - tail.length)
    const sink = start(lastLine(tail, tail.length === size))
    const { each, body } = sink
    let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, size)))
    // Bytes at the start of the buffer that belong to a line not yet complete.
    let filled = 0
    let line = 1
    // The last complete line seen: hashed only once a later line shows it was not the last of the file.
    let held: Buffer | null = null
    // Files are replaced by rename, never changed in place: the opened file keeps the size it had.
    for (let position = 0; position < size;) {
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2)
        buffer.copy(bigger, 0, 0, filled)
        buffer = bigger
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position)
      if (bytesRead === 0) break
      position += bytesRead
      // Closed before the last chunk is parsed: no I/O is awaited after the parse (see Library.open).
      if (position >= size) await closeOnce()
      const dataEnd = filled + bytesRead
      const data = buffer.subarray(0, dataEnd)
      let start = 0
      let runStart = -1
      let lastStart = -1
      for (let end = data.indexOf(10, filled); end >= 0; end = data.indexOf(10, start)) {
        each(data.toString('utf8', start, end), line)
        if (line > 1) {
          if (held) {
            body(held)
            held = null
          }
          if (runStart < 0) runStart = start
          lastStart = start
        }
        line += 1
        start = end + 1
      }
      if (lastStart >= 0) {
        if (lastStart > runStart) body(data.subarray(runStart, lastStart))
        held = Buffer.from(data.subarray(lastStart, start))
      }
      buffer.copy(buffer, 0, start, dataEnd)
      filled = dataEnd - start
    }
    if (filled > 0) throw new LibraryError('corrupt', `${path}: the file is cut short (no final newline)`)
    return sink
  } catch (error) {
    throw error instanceof LibraryError ? error : ioError(path, error)
  } finally {
    await closeOnce()
  }
}

function parseJson(text: string, path: string, line: number): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new LibraryError('corrupt', `${path}: line ${line} is not valid JSON`)
  }
}

export function validated<T>(schema: z.ZodType<T>, value: unknown, path: string, line: number): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new LibraryError(
    'corrupt',
    `${path}: line ${line}: ${issue?.path.join('.') || 'record'}: ${issue?.message}`,
  )
}

type ChecksumName = 'crc32' | 'sha256'

interface Trailer {
  end: true
  count: number
  crc32?: string
  sha256?: string
}

const isTrailer = (v: unknown): v is Trailer =>
  typeof v === 'object' &&
  v !== null &&
  (v as Trailer).end === true &&
  (typeof (v as Trailer).crc32 === 'string' || typeof (v as Trailer).sha256 === 'string')

const checksumName = (trailer: Trailer): ChecksumName =>
  typeof trailer.crc32 === 'string' ? 'crc32' : 'sha256'

/** A running checksum of a body, as hex. */
interface Checksum {
  update(bytes: Buffer | string): void
  digest(): string
}

function checksum(name: ChecksumName): Checksum {
  if (name === 'sha256') {
    const hash = createHash('sha256')
    return { update: (bytes) => void hash.update(bytes), digest: () => hash.digest('hex') }
  }
  let value = 0
  return {
    update: (bytes) => void (value = crc32(bytes, value)),
    digest: () => (value >>> 0).toString(16).padStart(8, '0'),
  }
}

/** Hashes a body with the checksum `trailer` names, and tells whether the result is the one a trailer holds. */
function trailerCheck(trailer: Trailer): { update(bytes: Buffer): void; matches(end: Trailer): boolean } {
  const name = checksumName(trailer)
  const hash = checksum(name)
  return { update: (bytes) => hash.update(bytes), matches: (end) => end[name] === hash.digest() }
}

const countMismatch = (path: string, announced: number, found: number): LibraryError =>
  new LibraryError('corrupt', `${path}: ${announced} lines announced, ${found} found`)

/** The rows as read when the checksum proved the file as written; otherwise each one validated. */
const provenOrValidated = <T>(rows: unknown[], intact: boolean, schema: z.ZodType<T>, path: string): T[] =>
  intact ? (rows as T[]) : rows.map((v, i) => validated(schema, v, path, i + 2))

/** The trailer of a file whose last line is `text`, or null when that line is none. */
function trailerIn(text: string | null): Trailer | null {
  if (text === null) return null
  try {
    const value: unknown = JSON.parse(text)
    return isTrailer(value) ? value : null
  } catch {
    return null
  }
}

/**
 * Takes a file's lines one by one: the header, the body's values, the trailer; and hashes the body. Each value
 * goes through `decode` as soon as it is parsed (so that what it is decoded from dies young), and the decoded
 * rows are validated with `schema` at the end unless the trailer's checksum proves the file is as written.
 */
function collector<H, T>(
  path: string,
  headerSchema: z.ZodType<H>,
  schema: z.ZodType<T>,
  decode: (value: unknown) => unknown,
  announced: Trailer | null,
) {
  let header: H | null = null
  const rows: unknown[] = []
  let trailer: Trailer | null = null
  // Without a trailer nothing is proven and every row is validated: hashing would be wasted.
  const check = announced ? trailerCheck(announced) : null
  return {
    each(text: string, line: number): void {
      if (line === 1) return void (header = validated(headerSchema, parseJson(text, path, line), path, line))
      if (trailer) throw new LibraryError('corrupt', `${path}: line ${line} follows the end line`)
      const value = parseJson(text, path, line)
      if (isTrailer(value)) return void (trailer = value)
      rows.push(decode(value))
    },
    body(bytes: Buffer): void {
      check?.update(bytes)
    },
    finish(): { header: H; rows: T[] } {
      if (header === null) throw new LibraryError('corrupt', `${path}: no header line`)
      const end = trailer as Trailer | null
      if (end && end.count !== rows.length) {
        throw countMismatch(path, end.count, rows.length)
      }
      const intact = end !== null && check !== null && check.matches(end)
      return { header, rows: provenOrValidated(rows, intact, schema, path) }
    },
  }
}

const asIs = (value: unknown): unknown => value

/** Reads a header, then the body's values, through the file in chunks (see collector). */
export async function readJsonLines<H, T>(
  disk: Disk,
  path: string,
  headerSchema: z.ZodType<H>,
  schema: z.ZodType<T>,
): Promise<{ header: H; rows: T[] }> {
  const file = await forEachLine(disk, path, (last) =>
    collector(path, headerSchema, schema, asIs, trailerIn(last)),
  )
  return file.finish()
}

/**
 * The same for a small file (the index, a few percent of the library), read at once and synchronously: the
 * list is the only work of `profile-curator list`, and each hop to the thread pool costs more than the read.
 * The checksum is checked first, so that the rows of an intact file can be read by scanFlatRow.
 * `decode` must take any JSON value without throwing; `schema` checks what it gives.
 */
export function readSmallJsonLines<H, T>(
  disk: Disk,
  path: string,
  headerSchema: z.ZodType<H>,
  schema: z.ZodType<T>,
  decode: (value: unknown) => unknown = asIs,
): { header: H; rows: T[] } {
  let bytes: Buffer
  try {
    bytes = disk.readFileSync(path)
  } catch (error) {
    throw ioError(path, error)
  }
  if (bytes.length === 0) throw new LibraryError('corrupt', `${path}: no header line`)
  if (bytes[bytes.length - 1] !== 10)
    throw new LibraryError('corrupt', `${path}: the file is cut short (no final newline)`)
  const text = bytes.toString('utf8')
  // Where each line ends (its newline), in the text; line n (from 1) ends at ends[n - 1].
  const ends: number[] = []
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) ends.push(i)
  const header = validated(headerSchema, parseJson(text.slice(0, ends[0]), path, 1), path, 1)
  const lastLine = ends.length
  const last = lastLine > 1 ? parseJson(text.slice(ends[lastLine - 2]! + 1, -1), path, lastLine) : null
  const trailer = isTrailer(last) ? last : null
  const bodyLines = trailer ? lastLine - 2 : lastLine - 1
  if (trailer && trailer.count !== bodyLines) {
    throw countMismatch(path, trailer.count, bodyLines)
  }
  // The body's bytes: from the end of the header to the start of the trailer.
  const bodyStart = bytes.indexOf(10) + 1
  const bodyEnd = trailer ? bytes.lastIndexOf(10, bytes.length - 2) + 1 : bytes.length
  let intact = false
  if (trailer) {
    const check = trailerCheck(trailer)
    check.update(bytes.subarray(bodyStart, bodyEnd))
    intact = check.matches(trailer)
  }
  const rows: unknown[] = []
  const scan = intact ? flatRowReader(text) : null
  for (let line = 2; line < bodyLines + 2; line++) {
    const start = ends[line - 2]! + 1
    const end = ends[line - 1]!
    const value = scan?.(start, end) ?? parseJson(text.slice(start, end), path, line)
    if (isTrailer(value)) throw new LibraryError('corrupt', `${path}: line ${line + 1} follows the end line`)
    rows.push(decode(value))
  }
  return { header, rows: provenOrValidated(rows, intact, schema, path) }
}

/** The lines of a file in the same form: header, one line per row, trailer with count and checksum. */
export function* jsonLines(header: unknown, rows: Iterable<unknown>): Generator<string> {
  yield `${JSON.stringify(header)}\n`
  const hash = checksum('crc32')
  let count = 0
  for (const row of rows) {
    const line = `${JSON.stringify(row)}\n`
    hash.update(line)
    count += 1
    yield line
  }
  yield `${JSON.stringify({ end: true, count, crc32: hash.digest() })}\n`
}
