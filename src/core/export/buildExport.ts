// The files of an export, by format, from the library's profiles: select, clean, then write each format.
// Pure and deterministic: the same profiles and options give the same files, byte for byte, in the same order.
import { z } from 'zod'
import type { Profile } from '../model'
import { cleanProfile } from './cleanProfile'
import { csvFiles } from './csvFormats'
import { dataPackageFile } from './dataPackage'
import type { ExportFile } from './exportFile'
import { jsonFile, jsonLinesFile } from './jsonFormats'
import { markdownFiles } from './markdown'
import { selectProfiles, type ExportFilter } from './selectProfiles'

export const EXPORT_FORMATS = ['json', 'jsonl', 'csv', 'md', 'datapackage'] as const
export const ExportFormatSchema = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof ExportFormatSchema>

export interface ExportPlan {
  /** The cleaned profiles written, sorted by id. */
  profiles: Profile[]
  files: ExportFile[]
}

export function buildExport(
  profiles: readonly Profile[],
  options: { formats: readonly ExportFormat[]; filter: ExportFilter; hasProblems: (id: string) => boolean },
): ExportPlan {
  const selected = selectProfiles(profiles, options.filter, options.hasProblems).map(cleanProfile)
  const formats = new Set(options.formats)
  const files: ExportFile[] = []
  if (formats.has('json')) files.push(jsonFile(selected))
  if (formats.has('jsonl')) files.push(jsonLinesFile(selected))
  // The data package describes the CSV files, so it brings them along.
  if (formats.has('csv') || formats.has('datapackage')) files.push(...csvFiles(selected))
  if (formats.has('datapackage')) files.push(dataPackageFile())
  if (formats.has('md')) files.push(...markdownFiles(selected))
  return { profiles: selected, files }
}
