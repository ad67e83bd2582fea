// The unit of history: a change to one stored record. Entries of the journal are lists of changes, and
// undo is the same list inverted, so every command is undoable by construction.
import { z } from 'zod'
import type { Profile } from '../../core/model'
import { StoredRecordSchema, type StoredRecord } from '../../core/library/record'
import { deepEqual } from '../../core/library/deepEqual'
import { getField, setField, type FieldPath } from '../../core/library/fields'

export { StoredRecordSchema, type StoredRecord }

/** Record-level keys a patch can carry besides the profile's fields. */
const META = {
  deleted: '$deleted',
  edited: '$edited',
  rejected: '$rejected',
  updatedAt: 'updatedAt',
  source: 'source',
} as const
export type PatchKey = FieldPath | (typeof META)[keyof typeof META]
export const META_KEYS = META

export const ChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('create'), id: z.string(), record: StoredRecordSchema }).strict(),
  z.object({ op: z.literal('remove'), id: z.string(), record: StoredRecordSchema }).strict(),
  z
    .object({
      op: z.literal('patch'),
      id: z.string(),
      /** key → [before, after] */
      fields: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
    })
    .strict(),
])
export type Change = z.infer<typeof ChangeSchema>

function getKey(record: StoredRecord, key: string): unknown {
  if (key === META.deleted) return record.deleted
  if (key === META.edited) return record.edited
  if (key === META.rejected) return record.rejected ?? []
  if (key === META.updatedAt) return record.profile.updatedAt
  if (key === META.source) return record.profile.source
  return getField(record.profile, key as FieldPath)
}

function setKey(record: StoredRecord, key: string, value: unknown): StoredRecord {
  if (key === META.deleted) return { ...record, deleted: value as string | null }
  if (key === META.edited) return { ...record, edited: value as FieldPath[] }
  if (key === META.rejected) {
    const { rejected: _, ...rest } = record
    const list = value as string[]
    return list.length > 0 ? { ...rest, rejected: list } : rest
  }
  if (key === META.updatedAt) return { ...record, profile: { ...record.profile, updatedAt: value as string } }
  if (key === META.source)
    return { ...record, profile: { ...record.profile, source: value as Profile['source'] } }
  return { ...record, profile: setField(record.profile, key as FieldPath, value) }
}

/** The record after a patch; never mutates `record`. */
export function patchRecord(
  record: StoredRecord,
  fields: Record<string, readonly [unknown, unknown]>,
): StoredRecord {
  return Object.entries(fields).reduce((r, [key, [, after]]) => setKey(r, key, after), record)
}

/** A patch from `before` to the values in `values`, listing only keys whose value changes. */
export function diffRecord(
  record: StoredRecord,
  values: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const fields: Record<string, [unknown, unknown]> = {}
  for (const [key, after] of Object.entries(values)) {
    const before = getKey(record, key)
    if (!deepEqual(before, after)) fields[key] = [before ?? null, after ?? null]
  }
  return fields
}

export function invert(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map((c): Change => {
    if (c.op === 'create') return { op: 'remove', id: c.id, record: c.record }
    if (c.op === 'remove') return { op: 'create', id: c.id, record: c.record }
    const fields = Object.fromEntries(
      Object.entries(c.fields).map(([k, [b, a]]) => [k, [a, b] as [unknown, unknown]]),
    )
    return { op: 'patch', id: c.id, fields }
  })
}

/**
 * The changes that revert `changes` alone, on top of later unrelated changes: the inverse, except that the
 * curator's edited-field list and the time stamp are carried forward from `current` rather than rolled back.
 */
export function revertChanges(
  changes: readonly Change[],
  current: ReadonlyMap<string, StoredRecord>,
  now: string,
): Change[] {
  return invert(changes).map((c) => {
    if (c.op !== 'patch') return c
    const record = current.get(c.id)
    const fields = Object.fromEntries(
      Object.entries(c.fields).filter(([k]) => k !== META.edited && k !== META.updatedAt),
    ) as Record<string, [unknown, unknown]>
    if (record) fields[META.updatedAt] = [record.profile.updatedAt, now]
    return { ...c, fields }
  })
}

/** The (record, field) pairs a change touches, for deciding whether an earlier change can be reverted alone. */
export function touchedKeys(change: Change): string[] {
  if (change.op !== 'patch') return [`${change.id}\u0000*`]
  return Object.keys(change.fields)
    .filter((k) => k !== META.updatedAt && k !== META.edited)
    .map((k) => `${change.id}\u0000${k}`)
}

/**
 * The first later entry that touched a field `target` changed (or the same profile as a whole, when either
 * created or removed it): `target` can then not be reverted on its own.
 */
export function laterConflict<E extends { seq: number; changes: Change[] }>(
  target: E,
  later: readonly E[],
): E | null {
  const keys = new Set(target.changes.flatMap(touchedKeys))
  const ids = new Set(target.changes.map((c) => c.id))
  for (const entry of [...later].sort((a, b) => a.seq - b.seq)) {
    for (const key of entry.changes.flatMap(touchedKeys)) {
      const [id] = key.split('\u0000')
      if (keys.has(key) || (ids.has(id!) && (key.endsWith('\u0000*') || keys.has(`${id}\u0000*`))))
        return entry
    }
  }
  return null
}
