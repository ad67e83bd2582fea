// The export dialog's choices, and which profiles they select, worked out from the library's summaries and
// problem counts the way main selects them (status, country as written, errors or warnings left).
import type { ProfileSummary } from '../../../../core/library/summary'
import type { Status } from '../../../../core/model'
import type { ExportFilter, ExportFormat, ProblemCounts } from '../../../../shared/exportApi'

export const FORMAT_CHOICES: ReadonlyArray<{ value: ExportFormat; label: string; description: string }> = [
  { value: 'csv', label: 'CSV', description: 'profiles.csv, with sections, contacts and links beside it' },
  {
    value: 'datapackage',
    label: 'Data package',
    description: 'the CSV files and datapackage.json (Frictionless)',
  },
  { value: 'json', label: 'JSON', description: 'profiles.json, an array in the model’s shape' },
  { value: 'jsonl', label: 'JSON Lines', description: 'profiles.jsonl, one profile a line' },
  { value: 'md', label: 'Markdown', description: 'markdown/, a readable document per profile and an index' },
]

export type ProblemChoice = 'all' | 'without' | 'with'

export interface ExportChoices {
  formats: ExportFormat[]
  status: Status[]
  countries: string[]
  problems: ProblemChoice
}

export function toFilter(c: ExportChoices): ExportFilter {
  return {
    ...(c.status.length > 0 ? { status: c.status } : {}),
    ...(c.countries.length > 0 ? { country: c.countries } : {}),
    ...(c.problems === 'all' ? {} : { hasProblems: c.problems === 'with' }),
  }
}

/** How many live profiles the choices select, and how many of those have errors or warnings left. */
export function selection(
  summaries: readonly ProfileSummary[],
  counts: Record<string, ProblemCounts> | null,
  c: ExportChoices,
): { profiles: number; withProblems: number } {
  const attention = (id: string): boolean => {
    const n = counts?.[id]
    return !!n && n.error + n.warning > 0
  }
  let profiles = 0
  let withProblems = 0
  for (const s of summaries) {
    if (s.deleted) continue
    if (c.status.length > 0 && !c.status.includes(s.status)) continue
    if (c.countries.length > 0 && !c.countries.includes(s.country)) continue
    const has = attention(s.id)
    if (c.problems !== 'all' && has !== (c.problems === 'with')) continue
    profiles += 1
    if (has) withProblems += 1
  }
  return { profiles, withProblems }
}
