// The source documents of a library: each text document's lines and where each went (the parser's trace),
// kept in `sources/<sha256>.json` so the app can show a profile beside the document it was read from.
// Content-addressed by the file's SHA-256: written once, never changed, shared by every import of the file.
import { join } from 'node:path'
import { z } from 'zod'
import { LayoutSchema } from '../../core/model'
import type { Destination } from '../../core/parse/builder'
import type { SourceDocument } from '../../shared/api'
import { writeFileDurably, type Disk } from './disk'
import { ioError, LibraryError } from './errors'

const SHA256 = /^[0-9a-f]{64}$/

const DESTINATIONS = [
  'identity',
  'headline',
  'metric',
  'section',
  'contact',
  'link',
  'extra',
  'unassigned',
  'boilerplate',
  'label',
] as const satisfies readonly Destination[]
// A destination the parser gains must be added above, or its documents would read as corrupt.
const _everyDestination: Exclude<Destination, (typeof DESTINATIONS)[number]> extends never ? true : never =
  true

const TraceEntrySchema = z.object({
  line: z.number().int(),
  text: z.string(),
  to: z.enum(DESTINATIONS),
  ref: z.string().nullable(),
})

export const SourceDocumentSchema = z.object({
  file: z.string().nullable(),
  layout: LayoutSchema,
  lines: z.array(z.string()),
  trace: z.array(TraceEntrySchema),
}) satisfies z.ZodType<SourceDocument>

export const sourcesDir = (libraryDir: string): string => join(libraryDir, 'sources')

/**
 * Where the document of `sha256` is kept, or null for anything that is not a SHA-256: a profile imported from
 * JSON may carry any string there, and it must never become a path outside the folder.
 */
export function sourcePath(libraryDir: string, sha256: string | null): string | null {
  return sha256 && SHA256.test(sha256) ? join(sourcesDir(libraryDir), `${sha256}.json`) : null
}

/** Writes the document once: an existing file of the same hash already holds the same content. */
export async function writeSource(
  disk: Disk,
  libraryDir: string,
  sha256: string,
  document: SourceDocument,
): Promise<void> {
  const path = sourcePath(libraryDir, sha256)
  if (!path) throw new LibraryError('invalid', `not a SHA-256: ${sha256}`)
  if (await disk.exists(path)) return
  try {
    // Only sources/ itself: a library folder deleted or moved while open must not be made again.
    await disk.mkdir(sourcesDir(libraryDir), { exclusive: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(sourcesDir(libraryDir), error)
  }
  const { file, layout, lines, trace } = document
  await writeFileDurably(disk, path, `${JSON.stringify({ file, layout, lines, trace })}\n`)
}

/** The document of `sha256`, or null when there is none (a JSON or CSV item, or a library from before). */
export async function readSource(
  disk: Disk,
  libraryDir: string,
  sha256: string | null,
): Promise<SourceDocument | null> {
  const path = sourcePath(libraryDir, sha256)
  if (!path) return null
  let bytes: Buffer
  try {
    bytes = await disk.readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw ioError(path, error)
  }
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new LibraryError('corrupt', `${path}: not valid JSON (${(error as Error).message})`)
  }
  const parsed = SourceDocumentSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new LibraryError('corrupt', `${path}: ${issue?.path.join('.') || 'document'}: ${issue?.message}`)
  }
  return parsed.data
}
