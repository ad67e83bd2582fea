// Turns the parse outcomes into what the screen shows: one row per parsed document, and one problem per file
// that could not be read, gave no profile, or had rejected elements or rows.
import { METRIC_KEYS } from '../../../../core/model'
import type { ParsedDocument } from '../../../../core/parse/types'
import type { SampleList } from '../../../../shared/api'

export interface SampleRow {
  id: string
  file: string
  document: ParsedDocument
  metricsFilled: number
}

export interface SampleProblem {
  file: string
  message: string
}

export function metricsFilled(document: ParsedDocument): number {
  return METRIC_KEYS.filter((key) => document.profile.metrics[key] !== null).length
}

export function sampleRows(list: SampleList): { rows: SampleRow[]; problems: SampleProblem[] } {
  const rows: SampleRow[] = []
  const problems: SampleProblem[] = []
  for (const { file, documents, error, rejected } of list.files) {
    if (error !== null) problems.push({ file, message: error })
    else if (documents.length === 0) problems.push({ file, message: 'No profile was found in this file.' })
    for (const reason of rejected) problems.push({ file, message: reason })
    documents.forEach((document, index) => {
      rows.push({ id: `${file}#${index}`, file, document, metricsFilled: metricsFilled(document) })
    })
  }
  return { rows, problems }
}
