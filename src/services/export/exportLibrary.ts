// Export of a library (all of it or a filtered part) to a folder, in the formats asked for: validates the
// library (for the problems filter and the report), builds the files in the core, writes them atomically.
import { buildExport, type ExportFilter, type ExportFormat, type ExportReport } from '../../core/export'

export type { ExportReport }
import type { Profile } from '../../core/model'
import { countProblems, needsAttention, validateProfiles, type Problem } from '../../core/validate'
import type { Library } from '../library/library'
import type { Disk } from '../library/disk'
import { writeExport, type WriteProgress } from './writeExport'

export interface ExportOptions {
  formats: readonly ExportFormat[]
  filter?: ExportFilter
  /** The current year, for member-since years in the future. */
  year?: number
  disk?: Disk
  onProgress?: (progress: WriteProgress) => void
  /** The library's problems when the caller has them already (the app keeps them), to save validating again. */
  problems?: readonly Problem[]
}

/** The profiles in the library (not the trash). */
export function liveProfiles(library: Library): Profile[] {
  const out: Profile[] = []
  for (const record of library.records()) if (!record.deleted) out.push(record.profile)
  return out
}

export function validateLibrary(library: Library, year = new Date().getFullYear()): Problem[] {
  return validateProfiles(
    liveProfiles(library).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    { year },
  )
}

export async function exportLibrary(
  library: Library,
  out: string,
  options: ExportOptions,
): Promise<ExportReport> {
  const profiles = liveProfiles(library)
  const counts = countProblems(
    options.problems ?? validateProfiles(profiles, { year: options.year ?? new Date().getFullYear() }),
  )
  const plan = buildExport(profiles, {
    formats: options.formats,
    filter: options.filter ?? {},
    hasProblems: (id) => needsAttention(counts.get(id)),
  })
  const files = await writeExport(out, plan.files, { disk: options.disk, onProgress: options.onProgress })
  let withProblems = 0
  let errors = 0
  let warnings = 0
  for (const p of plan.profiles) {
    const c = counts.get(p.id)
    if (needsAttention(c)) withProblems += 1
    errors += c?.error ?? 0
    warnings += c?.warning ?? 0
  }
  return { out, files, profiles: plan.profiles.length, withProblems, errors, warnings }
}
