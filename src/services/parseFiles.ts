// Reads files from disk and parses each into profiles, without touching any library.
import { basename } from 'node:path'
import { parseLines } from '../core/parse/parse'
import type { ParsedDocument } from '../core/parse/types'
import { readDocument } from './readDocument'

export interface FileParseOutcome {
  file: string
  /** One per text document; one per valid element or row of a JSON or CSV file. */
  documents: ParsedDocument[]
  /** A one-line reason when the file could not be read at all. */
  error: string | null
  /** Elements or rows of a JSON or CSV file that were rejected, each with its reason. */
  rejected: string[]
}

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error))

export async function parseFile(
  path: string,
  importedAt = new Date().toISOString(),
): Promise<FileParseOutcome> {
  try {
    const input = await readDocument(path)
    const sha256 = input.sha256
    const file = basename(path)
    if (input.kind === 'lines') {
      return {
        file: path,
        documents: [parseLines(input.lines, { file, sha256, importedAt })],
        error: null,
        rejected: [],
      }
    }
    const documents = input.items.flatMap((item) =>
      item.profile
        ? [{ profile: item.profile, layout: input.format, diagnostics: [], trace: [], lines: [] }]
        : [],
    )
    const rejected = input.items.flatMap((item) => (item.error ? [item.error] : []))
    return { file: path, documents, error: null, rejected }
  } catch (error) {
    return { file: path, documents: [], error: errorMessage(error), rejected: [] }
  }
}

/** Parses files in order; a file that fails does not stop the others. */
export async function parseFiles(paths: readonly string[]): Promise<FileParseOutcome[]> {
  const importedAt = new Date().toISOString()
  return Promise.all(paths.map((p) => parseFile(p, importedAt)))
}
