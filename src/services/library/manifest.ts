// library.json: what makes a folder a library, and its format version. Owned by lowdb.
import { Low } from 'lowdb'
import { join } from 'node:path'
import { z } from 'zod'
import type { Disk } from './disk'
import { ioError, LibraryError } from './errors'
import { DurableJsonFile, parseJsonFile } from './jsonFile'
import { checksumAsCrc32, indexMissingAsBits, indexRowsAsArrays } from './migrations'

export const LIBRARY_FORMAT = 'profile-curator-library'
/** Bump when the files change shape, and add the step from the previous version to MIGRATIONS. */
export const LIBRARY_VERSION = 4
/**
 * The oldest version whose files this app reads as they are, so that a reader (which never writes, and so never
 * migrates) can open it: 3 differs from 4 only in a checksum this version still reads.
 */
const OLDEST_READABLE = 3

export const ManifestSchema = z
  .object({
    format: z.literal(LIBRARY_FORMAT),
    version: z.number().int().positive(),
    id: z.string().min(1),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict()
export type Manifest = z.infer<typeof ManifestSchema>
const MaybeManifestSchema = ManifestSchema.nullable()

/**
 * Steps that bring a library of version `n` to `n + 1`, keyed by `n`. Each runs with the library locked and must
 * be atomic per file; the manifest's version is written last, so an interrupted migration runs again.
 */
export const MIGRATIONS: Readonly<Record<number, (dir: string, disk: Disk) => Promise<void>>> = {
  1: indexRowsAsArrays,
  2: indexMissingAsBits,
  3: checksumAsCrc32,
}

export const manifestPath = (dir: string): string => join(dir, 'library.json')

export function manifestDb(disk: Disk, dir: string): Low<Manifest | null> {
  return new Low<Manifest | null>(new DurableJsonFile(disk, manifestPath(dir), MaybeManifestSchema), null)
}

/** Refuses a version this app cannot read; true when the library must be migrated before use. */
function needsMigration(dir: string, manifest: Manifest): boolean {
  if (manifest.version > LIBRARY_VERSION) {
    throw new LibraryError(
      'unsupported-version',
      `${manifestPath(dir)}: library format version ${manifest.version} is newer than this app understands (${LIBRARY_VERSION}); update Profile Curator`,
    )
  }
  for (let v = manifest.version; v < LIBRARY_VERSION; v++) {
    if (!MIGRATIONS[v])
      throw new LibraryError('unsupported-version', `${manifestPath(dir)}: no migration from version ${v}`)
  }
  return manifest.version < LIBRARY_VERSION
}

/** An older library for a reader: itself when this version reads its files as they are. */
function readAsItIs(dir: string, manifest: Manifest): Manifest {
  if (manifest.version >= OLDEST_READABLE) return manifest
  throw new LibraryError('read-only', `${dir}: the library needs an upgrade, which needs write access`)
}

/** Reads the manifest and brings the library to the current version; null when the folder is no library. */
export async function readManifest(disk: Disk, dir: string, writable: boolean): Promise<Manifest | null> {
  const db = manifestDb(disk, dir)
  await db.read()
  const manifest = db.data
  if (!manifest || !needsMigration(dir, manifest)) return manifest
  if (!writable) return readAsItIs(dir, manifest)
  for (let v = manifest.version; v < LIBRARY_VERSION; v++) {
    await MIGRATIONS[v]!(dir, disk)
    db.data = { ...manifest, version: v + 1 }
    await db.write()
  }
  return db.data
}

/** The same for a reader, at once and synchronously (see readSmallJsonLines): it never migrates. */
export function readManifestSync(disk: Disk, dir: string): Manifest | null {
  const path = manifestPath(dir)
  let bytes: Buffer
  try {
    bytes = disk.readFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw ioError((error as NodeJS.ErrnoException).code === 'ENOTDIR' ? dir : path, error)
  }
  const manifest = parseJsonFile(path, bytes, MaybeManifestSchema)
  if (manifest && needsMigration(dir, manifest)) return readAsItIs(dir, manifest)
  return manifest
}

export async function createManifest(disk: Disk, dir: string, id: string, now: string): Promise<Manifest> {
  const db = manifestDb(disk, dir)
  db.data = { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, id, createdAt: now }
  await db.write()
  return db.data
}
