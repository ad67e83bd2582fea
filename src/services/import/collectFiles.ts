// Expands the paths given to an import into the files to read: folders recursively, in a stable order,
// skipping what is not a profile document with the reason.
import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'

export const PROFILE_EXTENSIONS = new Set([
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.xhtml',
  '.json',
  '.jsonl',
  '.ndjson',
  '.csv',
])

/** In input order: a file to read, or a path skipped with its reason. */
export type Collected = Array<{ file: string; skip: string | null }>

export async function collectFiles(inputs: readonly string[]): Promise<Collected> {
  const out: Collected = []
  const seen = new Set<string>()
  async function visit(path: string, explicit: boolean): Promise<void> {
    let info
    try {
      info = await stat(path)
    } catch {
      out.push({ file: path, skip: 'no such file or folder' })
      return
    }
    if (info.isDirectory()) {
      // A folder reached twice (through a link) is read once.
      const key = `${info.dev}:${info.ino}`
      if (seen.has(key)) return
      seen.add(key)
      const names = (await readdir(path)).sort()
      for (const name of names) {
        if (name.startsWith('.') || name === 'node_modules') continue
        await visit(join(path, name), false)
      }
      return
    }
    const ext = extname(path).toLowerCase()
    if (!PROFILE_EXTENSIONS.has(ext) && !explicit) {
      out.push({ file: path, skip: `not a profile document (${ext || basename(path)})` })
      return
    }
    out.push({ file: path, skip: null })
  }
  for (const input of inputs) await visit(input, true)
  return out
}
