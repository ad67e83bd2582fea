// The fast path to the list of profiles: the small index.jsonl plus the journal since it, without reading
// the snapshot. Falls back to a full read-only open when the index is missing or behind the journal.
import { METRIC_CATALOGUE, type MetricKey } from '../../core/model'
import { summarize, type ProfileSummary } from '../../core/library/summary'
import type { Change } from './changes'
import { META_KEYS } from './changes'
import { nodeDisk, type Disk } from './disk'
import { ioError, LibraryError } from './errors'
import { readJournal } from './journal'
import { Library } from './library'
import { readManifestSync } from './manifest'
import { libraryPaths } from './paths'
import { readIndex } from './indexFile'

function patchSummary(summary: ProfileSummary, fields: Record<string, [unknown, unknown]>): ProfileSummary {
  const next = { ...summary, missing: [...summary.missing] }
  for (const [key, [, after]] of Object.entries(fields)) {
    if (key === 'city' || key === 'country') next[key] = after as string
    else if (key === 'status') next.status = after as ProfileSummary['status']
    else if (key === META_KEYS.updatedAt) next.updatedAt = after as string
    else if (key === META_KEYS.deleted) next.deleted = after as string | null
    else if (key === 'unassigned') next.unassigned = (after as unknown[]).length
    else if (key === 'sections') next.sections = (after as unknown[]).length
    else if (key === META_KEYS.source) {
      next.layout = (after as { layout: ProfileSummary['layout'] }).layout
    } else if (key.startsWith('metrics.')) {
      const metric = key.slice('metrics.'.length) as MetricKey
      const missing = new Set(next.missing)
      if (after === null) missing.add(metric)
      else missing.delete(metric)
      next.missing = METRIC_CATALOGUE.map((m) => m.key).filter((k) => missing.has(k))
      next.percent = Math.round(
        ((METRIC_CATALOGUE.length - next.missing.length) / METRIC_CATALOGUE.length) * 100,
      )
    }
  }
  return next
}

function applyToSummaries(summaries: Map<string, ProfileSummary>, change: Change): void {
  if (change.op === 'create')
    summaries.set(change.id, summarize(change.record.profile, { deleted: change.record.deleted }))
  else if (change.op === 'remove') summaries.delete(change.id)
  else {
    const current = summaries.get(change.id)
    if (current) summaries.set(change.id, patchSummary(current, change.fields))
  }
}

/** The journal's bytes, or none when there is no journal yet. */
function journalBytes(disk: Disk, path: string): Buffer | null {
  try {
    return disk.readFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw ioError(path, error)
  }
}

/**
 * Every profile's summary (in the library and in the trash), as of the last acknowledged change. The three
 * small files are read synchronously (see readSmallJsonLines); only the fallback reads the whole library.
 */
export async function readLibraryList(dir: string, disk: Disk = nodeDisk): Promise<ProfileSummary[]> {
  const paths = libraryPaths(dir)
  if (!readManifestSync(disk, dir)) {
    throw new LibraryError('not-a-library', `${dir} is not a Profile Curator library (no library.json)`)
  }
  // The journal before the index, for the reason Library.open reads it before the snapshot: read after, it
  // could be one a compaction cut since, and the list would lack the changes between the two.
  const bytes = journalBytes(disk, paths.journal)
  const index = readIndex(disk, paths.index)
  if (index) {
    const entries = (bytes ? readJournal(bytes, paths.journal).entries : []).filter((e) => e.seq > index.seq)
    if (entries.length === 0) return index.summaries
    // Entries the index lacks but the journal no longer holds (a compaction cut between files): read it all.
    if (entries[0]!.seq === index.seq + 1) {
      const summaries = new Map(index.summaries.map((s) => [s.id, s]))
      for (const entry of entries) for (const change of entry.changes) applyToSummaries(summaries, change)
      return [...summaries.values()]
    }
  }
  const library = await Library.open(dir, { readOnly: true, disk })
  try {
    return library.summaries()
  } finally {
    await library.close()
  }
}
