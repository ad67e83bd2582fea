// library.json: what makes a folder a library, and its format version. Owned by lowdb.
import { Low } from 'lowdb'
import { join } from 'node:path'
import { z } from 'zod'
import type { Disk } from './disk'
import { LibraryError } from './errors'
import { DurableJsonFile } from './jsonFile'
import { indexRowsAsArrays } from './migrations'

export const LIBRARY_FORMAT = 'profile-curator-library'
/** Bump when the files change shape, and add the step from the previous version to MIGRATIONS. */
export const LIBRARY_VERSION = 2

export const ManifestSchema = z
  .object({
    format: z.literal(LIBRARY_FORMAT),
    version: z.number().int().positive(),
    id: z.string().min(1),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict()
export type Manifest = z.infer<typeof ManifestSchema>

/**
 * Steps that bring a library of version `n` to `n + 1`, keyed by `n`. Each runs with the library locked and must
 * be atomic per file; the manifest's version is written last, so an interrupted migration runs again.
 */
export const MIGRATIONS: Readonly<Record<number, (dir: string, disk: Disk) => Promise<void>>> = {
  1: indexRowsAsArrays,
}

export const manifestPath = (dir: string): string => join(dir, 'library.json')

export function manifestDb(disk: Disk, dir: string): Low<Manifest | null> {
  return new Low<Manifest | null>(
    new DurableJsonFile(disk, manifestPath(dir), ManifestSchema.nullable()),
    null,
  )
}

/** Reads the manifest and brings the library to the current version; null when the folder is no library. */
export async function readManifest(disk: Disk, dir: string, writable: boolean): Promise<Manifest | null> {
  const db = manifestDb(disk, dir)
  await db.read()
  const manifest = db.data
  if (!manifest) return null
  if (manifest.version > LIBRARY_VERSION) {
    throw new LibraryError(
      'unsupported-version',
      `${manifestPath(dir)}: library format version ${manifest.version} is newer than this app understands (${LIBRARY_VERSION}); update Profile Curator`,
    )
  }
  for (let v = manifest.version; v < LIBRARY_VERSION; v++) {
    const step = MIGRATIONS[v]
    if (!step)
      throw new LibraryError('unsupported-version', `${manifestPath(dir)}: no migration from version ${v}`)
    if (!writable)
      throw new LibraryError('read-only', `${dir}: the library needs an upgrade, which needs write access`)
    await step(dir, disk)
    db.data = { ...manifest, version: v + 1 }
    await db.write()
  }
  return db.data
}

export async function createManifest(disk: Disk, dir: string, id: string, now: string): Promise<Manifest> {
  const db = manifestDb(disk, dir)
  db.data = { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, id, createdAt: now }
  await db.write()
  return db.data
}
