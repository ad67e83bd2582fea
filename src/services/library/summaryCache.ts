// Summaries of stored records, computed once per record: records are replaced on every change, never
// mutated, so a record object always has the same summary.
import type { StoredRecord } from '../../core/library/record'
import { summarize, type ProfileSummary } from '../../core/library/summary'

const cache = new WeakMap<StoredRecord, ProfileSummary>()

export function summaryOf(record: StoredRecord): ProfileSummary {
  let summary = cache.get(record)
  if (!summary) {
    summary = summarize(record.profile, { deleted: record.deleted })
    cache.set(record, summary)
  }
  return summary
}
