// Import of files and folders into a library: each document is new, unchanged (its source was imported
// before), a conflict (the same city is already there) resolved by the chosen policy, or failed.
import { basename } from 'node:path'
import { identityKey } from '../../core/library/identityKey'
import { mergeImported, SOURCE_FIELDS } from '../../core/library/merge'
import { getField, type FieldPath } from '../../core/library/fields'
import type { Profile } from '../../core/model'
import type { Library } from '../library/library'
import { writeSource } from '../library/sources'
import { parseFile } from '../parseFiles'
import { collectFiles } from './collectFiles'
import {
  CONFLICT_POLICIES,
  type ConflictPolicy,
  type ImportReport,
  type ImportRow,
} from '../../core/library/reports'

export { CONFLICT_POLICIES, type ConflictPolicy, type ImportReport, type ImportRow }

export interface ImportOptions {
  onConflict?: ConflictPolicy
  onProgress?: (progress: { done: number; total: number; file: string }) => void
  signal?: AbortSignal
  /** Profiles per journal entry: one fsync per batch, one undo step per batch. */
  batchSize?: number
}

const row = (
  file: string,
  item: number | null,
  outcome: ImportRow['outcome'],
  extra: Partial<ImportRow> = {},
): ImportRow => ({
  file,
  item,
  outcome,
  id: null,
  city: '',
  country: '',
  action: null,
  differences: [],
  reason: null,
  ...extra,
})

class Importer {
  private readonly bySha = new Map<string, string>()
  private readonly byIdentity = new Map<string, string>()
  private pending: Array<{ profile: Profile; row: ImportRow; keep: boolean }> = []
  readonly rows: ImportRow[] = []

  constructor(
    private readonly library: Library,
    private readonly policy: ConflictPolicy,
    private readonly batchSize: number,
  ) {
    for (const record of library.records()) {
      if (record.deleted) continue
      if (record.profile.source.sha256) this.bySha.set(record.profile.source.sha256, record.id)
      const key = identityKey(record.profile.city, record.profile.country)
      if (key) this.byIdentity.set(key, record.id)
    }
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const batch = this.pending
    this.pending = []
    const { changed } = await this.library.apply({
      type: 'create',
      profiles: batch.map((p) => p.profile),
      // Profiles in the model's shape (JSON, CSV) keep their ids and time stamps: an export imports back as it was.
      keep: batch[0]!.keep,
    })
    batch.forEach((p, i) => {
      p.row.id = changed[i] ?? null
      const key = identityKey(p.profile.city, p.profile.country)
      if (key && p.row.id) this.byIdentity.set(key, p.row.id)
      if (p.profile.source.sha256 && p.row.id) this.bySha.set(p.profile.source.sha256, p.row.id)
    })
  }

  async add(file: string, item: number | null, profile: Profile, textSource: boolean): Promise<void> {
    const identity = { city: profile.city, country: profile.country }
    const sha = profile.source.sha256
    if (textSource && sha && this.bySha.has(sha)) {
      this.rows.push(
        row(file, item, 'unchanged', {
          ...identity,
          id: this.bySha.get(sha)!,
          reason: 'this source was imported before',
        }),
      )
      return
    }
    const key = identityKey(profile.city, profile.country)
    if (
      (key && this.pending.some((p) => identityKey(p.profile.city, p.profile.country) === key)) ||
      this.pending[0]?.keep === textSource
    )
      await this.flush()
    const existingId = key ? this.byIdentity.get(key) : undefined
    if (!existingId) {
      const r = row(file, item, 'new', identity)
      this.rows.push(r)
      this.pending.push({ profile, row: r, keep: !textSource })
      if (this.pending.length >= this.batchSize) await this.flush()
      return
    }
    await this.conflict(file, item, profile, existingId, textSource)
  }

  private async conflict(
    file: string,
    item: number | null,
    profile: Profile,
    id: string,
    textSource: boolean,
  ): Promise<void> {
    const existing = this.library.get(id)!
    const identity = { city: profile.city, country: profile.country, id }
    const { merged, differences } = mergeImported(existing.profile, profile, new Set(existing.edited))
    if (differences.length === 0) {
      this.rows.push(
        row(file, item, 'unchanged', { ...identity, reason: 'same content as the profile in the library' }),
      )
      return
    }
    if (this.policy === 'skip') {
      this.rows.push(row(file, item, 'conflict', { ...identity, action: 'skipped', differences }))
      return
    }
    if (this.policy === 'keep-both') {
      const r = row(file, item, 'conflict', { ...identity, id: null, action: 'kept-both', differences })
      this.rows.push(r)
      await this.flush()
      this.pending.push({ profile, row: r, keep: !textSource })
      return this.flush()
    }
    const replace = this.policy === 'replace'
    const fields: FieldPath[] = replace
      ? [...SOURCE_FIELDS]
      : differences.filter((d) => d.taken).map((d) => d.field)
    const target = replace ? profile : merged
    const set = Object.fromEntries(fields.map((f) => [f, getField(target, f)]))
    await this.library.apply({
      type: 'update',
      updates: [{ id, set }],
      by: 'source',
      source: profile.source,
      label: `${replace ? 'Replace' : 'Merge'} ${profile.city} from ${basename(file)}`,
    })
    const taken = replace ? differences.map((d) => ({ ...d, taken: true })) : differences
    this.rows.push(
      row(file, item, 'conflict', {
        ...identity,
        action: replace ? 'replaced' : 'merged',
        differences: taken,
      }),
    )
  }
}

/** Imports files and folders (recursively) into an open library; returns the report, row by row. */
export async function importFiles(
  library: Library,
  inputs: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const importer = new Importer(library, options.onConflict ?? 'merge', options.batchSize ?? 500)
  const entries = await collectFiles(inputs)
  const total = entries.filter((e) => !e.skip).length
  let done = 0
  let cancelled = false
  for (const { file, skip } of entries) {
    if (skip) {
      importer.rows.push(
        row(file, null, skip === 'no such file or folder' ? 'failed' : 'skipped', { reason: skip }),
      )
      continue
    }
    options.onProgress?.({ done, total, file })
    if (options.signal?.aborted) {
      cancelled = true
      break
    }
    done += 1
    const outcome = await parseFile(file)
    if (outcome.error) importer.rows.push(row(file, null, 'failed', { reason: outcome.error }))
    for (const reason of outcome.rejected) importer.rows.push(row(file, null, 'failed', { reason }))
    const items = outcome.documents.some((d) => d.layout === 'json' || d.layout === 'csv')
    for (const [i, doc] of outcome.documents.entries()) {
      // A text document's lines and trace are kept (sources/), written before the profile that points to them.
      const sha = doc.profile.source.sha256
      if (!items && sha) {
        const { lines, trace, layout } = doc
        // Not into the old place of a library folder moved or deleted since it was opened.
        await library.assertInPlace()
        await writeSource(library.disk, library.paths.dir, sha, {
          file: doc.profile.source.file,
          layout,
          lines,
          trace,
        })
      }
      await importer.add(file, items ? i : null, doc.profile, !items)
    }
  }
  await importer.flush()
  options.onProgress?.({ done, total, file: '' })
  const counts = { new: 0, unchanged: 0, conflict: 0, failed: 0, skipped: 0 }
  for (const r of importer.rows) counts[r.outcome] += 1
  return { rows: importer.rows, counts, cancelled }
}
