// index.jsonl: the list's summary of every profile, written at compaction beside the snapshot. One profile per
// line as a JSON array, its columns named once in the header (like a CSV file's first line): without a key
// per field the index is about half the size, and the list, which reads only this file, is ready twice as fast.
// A row's `missing` is a number whose bit i says the header's `metrics[i]` is empty: the metric names were a
// third of the index's bytes and of the time to parse it.
import { z } from 'zod'
import { ProfileSummarySchema, type ProfileSummary } from '../../core/library/summary'
import { METRIC_KEYS, type MetricKey } from '../../core/model'
import type { Disk } from './disk'
import { jsonLines, readSmallJsonLines } from './jsonLines'

/** The columns, in the order of each row: what the list shows first, then what it filters and sorts by. */
export const INDEX_COLUMNS = [
  'id',
  'city',
  'country',
  'status',
  'percent',
  'missing',
  'layout',
  'unassigned',
  'sections',
  'updatedAt',
  'deleted',
] as const satisfies readonly (keyof ProfileSummary)[]

/** One row: the values of a summary in the order of INDEX_COLUMNS. */
type IndexRow = [
  ProfileSummary['id'],
  ProfileSummary['city'],
  ProfileSummary['country'],
  ProfileSummary['status'],
  ProfileSummary['percent'],
  number,
  ProfileSummary['layout'],
  ProfileSummary['unassigned'],
  ProfileSummary['sections'],
  ProfileSummary['updatedAt'],
  ProfileSummary['deleted'],
]

const IndexHeaderSchema = z
  .object({
    format: z.literal('profile-curator-index'),
    seq: z.number().int().nonnegative(),
    count: z.number().int(),
    columns: z.array(z.string()),
    metrics: z.array(z.string()),
  })
  .strict()

const missingBits = (missing: readonly MetricKey[]): number =>
  missing.reduce((bits, key) => bits | (1 << METRIC_KEYS.indexOf(key)), 0)

/** The metrics whose bit is set, in catalogue order (as summarize gives them); unknown bits are kept as nulls for the schema to refuse. */
function missingKeys(bits: number): MetricKey[] {
  const keys: MetricKey[] = []
  for (let i = 0; i < METRIC_KEYS.length; i++) if (bits & (1 << i)) keys.push(METRIC_KEYS[i]!)
  if (bits >> METRIC_KEYS.length !== 0) keys.push(null as never)
  return keys
}

export const toIndexRow = (s: ProfileSummary): IndexRow => [
  s.id,
  s.city,
  s.country,
  s.status,
  s.percent,
  missingBits(s.missing),
  s.layout,
  s.unassigned,
  s.sections,
  s.updatedAt,
  s.deleted,
]

/** Keys in the order summarize() gives them, so every summary object has the same shape. */
export const fromIndexRow = (r: Readonly<IndexRow>): ProfileSummary => ({
  id: r[0],
  city: r[1],
  country: r[2],
  status: r[3],
  layout: r[6],
  percent: r[4],
  missing: Number.isInteger(r[5]) ? missingKeys(r[5]) : (r[5] as never),
  unassigned: r[7],
  sections: r[8],
  updatedAt: r[9],
  deleted: r[10],
})

/**
 * A row as the summary it holds, at once as it is read. A row that is no array of the right length (a file
 * edited by hand) is kept as it is, and the summary schema then refuses it.
 */
const decodeRow = (value: unknown): unknown =>
  Array.isArray(value) && value.length === INDEX_COLUMNS.length ? fromIndexRow(value as IndexRow) : value

/** The lines of index.jsonl: `count` summaries (sorted by id), as of journal entry `seq`. */
export function* indexLines(
  seq: number,
  count: number,
  summaries: Iterable<ProfileSummary>,
): Generator<string> {
  const header = { format: 'profile-curator-index', seq, count, columns: INDEX_COLUMNS, metrics: METRIC_KEYS }
  yield* jsonLines(
    header,
    (function* () {
      for (const s of summaries) yield toIndexRow(s)
    })(),
  )
}

/** The index and the seq it is up to date with, or null when it is missing or damaged (it is a cache). */
export function readIndex(disk: Disk, path: string): { seq: number; summaries: ProfileSummary[] } | null {
  try {
    const { header, rows } = readSmallJsonLines(
      disk,
      path,
      IndexHeaderSchema,
      ProfileSummarySchema,
      decodeRow,
    )
    if (
      header.count !== rows.length ||
      header.columns.join() !== INDEX_COLUMNS.join() ||
      header.metrics.join() !== METRIC_KEYS.join()
    )
      return null
    return { seq: header.seq, summaries: rows }
  } catch {
    return null
  }
}
