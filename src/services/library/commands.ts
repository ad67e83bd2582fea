// The typed commands of the one mutation path, each validated with the model's schemas and compiled into
// the changes a journal entry records.
import { z } from 'zod'
import { METRIC_KEYS, MetricSchema, ProfileSchema, StatusSchema, type Profile } from '../../core/model'
import { FieldPathSchema, type FieldPath } from '../../core/library/fields'
import { diffRecord, META_KEYS, patchRecord, type Change, type StoredRecord } from './changes'
import { LibraryError } from './errors'
import { compileFill, compileReject } from './fillCommands'

/** Who made a change: a curator's edits are remembered so that re-imports never overwrite them silently. */
export const ChangeAuthorSchema = z.enum(['curator', 'source', 'fill'])

const FieldValuesSchema = z.partialRecord(FieldPathSchema, z.unknown())

export const CommandSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('create'),
      profiles: z.array(ProfileSchema).min(1),
      label: z.string().optional(),
      /** Keep each profile's id (when free) and time stamps: an export imported back is the same data. */
      keep: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('update'),
      updates: z.array(z.object({ id: z.string().min(1), set: FieldValuesSchema }).strict()).min(1),
      by: ChangeAuthorSchema,
      /** For an update by `source`: the new source document of the profile. */
      source: ProfileSchema.shape.source.optional(),
      label: z.string().optional(),
    })
    .strict(),
  z
    .object({ type: z.literal('setStatus'), ids: z.array(z.string().min(1)).min(1), status: StatusSchema })
    .strict(),
  z
    .object({
      type: z.literal('fill'),
      /**
       * Metrics to fill: each with the value the curator saw when deciding (`before`), so a value that changed
       * meanwhile is never overwritten unseen, and the value to store (`after`: a suggestion, a derived value or a
       * reference table's figure, with its evidence).
       */
      items: z
        .array(
          z
            .object({
              id: z.string().min(1),
              metric: z.enum(METRIC_KEYS),
              before: MetricSchema.nullable(),
              after: MetricSchema.refine((m) => m.origin !== 'source' && m.origin !== 'manual', {
                message: 'a fill stores a suggested, derived or reference value',
              }),
            })
            .strict(),
        )
        .min(1),
      label: z.string().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('reject'),
      /** Suggestions turned down, by profile and suggestion key: they are not offered again. */
      items: z.array(z.object({ id: z.string().min(1), key: z.string().min(1) }).strict()).min(1),
      label: z.string().optional(),
    })
    .strict(),
  z.object({ type: z.literal('delete'), ids: z.array(z.string().min(1)).min(1) }).strict(),
  z.object({ type: z.literal('restore'), ids: z.array(z.string().min(1)).min(1) }).strict(),
])
export type Command = z.infer<typeof CommandSchema>

export interface Compiled {
  label: string
  changes: Change[]
  nextId: number
}

export interface Context {
  records: ReadonlyMap<string, StoredRecord>
  nextId: number
  now: string
}

export const formatId = (n: number): string => `p-${String(n).padStart(6, '0')}`

/** The number of an id in the library's own form (`p-000042` → 42), or null. */
const idNumber = (id: string): number | null => {
  const m = /^p-(\d{6,})$/.exec(id)
  return m ? Number(m[1]) : null
}

function live(ctx: Context, id: string): StoredRecord {
  const record = ctx.records.get(id)
  if (!record) throw new LibraryError('not-found', `no profile with id ${id}`)
  if (record.deleted) throw new LibraryError('invalid', `profile ${id} is in the trash: restore it first`)
  return record
}

/** Validates the profile a patch makes; names the field at fault. */
function checked(id: string, before: StoredRecord, fields: Record<string, [unknown, unknown]>): StoredRecord {
  const after = patchRecord(before, fields)
  const result = ProfileSchema.safeParse(after.profile)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new LibraryError('invalid', `${id}: ${issue?.path.join('.') || 'profile'}: ${issue?.message}`)
  }
  return { ...after, profile: result.data }
}

function update(
  ctx: Context,
  id: string,
  set: Partial<Record<FieldPath, unknown>>,
  by: string,
  source?: Profile['source'],
): Change | null {
  const before = live(ctx, id)
  const values: Record<string, unknown> = { ...set }
  if (source) values[META_KEYS.source] = source
  const fields = diffRecord(before, values)
  if (Object.keys(fields).length === 0) return null
  if (by === 'curator') {
    const edited = [...new Set([...before.edited, ...Object.keys(set).filter((k) => k in fields)])].sort()
    Object.assign(fields, diffRecord(before, { [META_KEYS.edited]: edited }))
  }
  Object.assign(fields, diffRecord(before, { [META_KEYS.updatedAt]: ctx.now }))
  checked(id, before, fields)
  return { op: 'patch', id, fields }
}

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`

function name(ctx: Context, id: string): string {
  const p = ctx.records.get(id)?.profile
  return p ? `${p.city || id}` : id
}

export function compile(command: Command, ctx: Context): Compiled {
  let nextId = ctx.nextId
  const changes: Change[] = []
  switch (command.type) {
    case 'create': {
      const taken = new Set(ctx.records.keys())
      for (const profile of command.profiles) {
        // A kept id must be free, and one in the library's own form must be a number never handed out here.
        const n = idNumber(profile.id)
        const keep = command.keep && !taken.has(profile.id) && (n === null || n >= nextId)
        const id = keep ? profile.id : formatId(nextId++)
        if (keep && n !== null) nextId = n + 1
        taken.add(id)
        // The command's profiles were validated with CommandSchema; only id and time stamps change here.
        const times = command.keep ? {} : { createdAt: ctx.now, updatedAt: ctx.now }
        const record: StoredRecord = {
          id,
          deleted: null,
          edited: [],
          profile: { ...profile, id, ...times },
        }
        changes.push({ op: 'create', id, record })
      }
      const one = command.profiles[0]!
      const label =
        command.label ??
        (command.profiles.length === 1
          ? `Import ${one.city || 'a profile'}`
          : `Import ${plural(command.profiles.length, 'profile')}`)
      return { label, changes, nextId }
    }
    case 'update': {
      for (const u of command.updates) {
        const change = update(
          ctx,
          u.id,
          u.set as Partial<Record<FieldPath, unknown>>,
          command.by,
          command.source,
        )
        if (change) changes.push(change)
      }
      const fields = [
        ...new Set(changes.flatMap((c) => (c.op === 'patch' ? Object.keys(c.fields) : []))),
      ].filter((k) => !k.startsWith('$') && k !== 'updatedAt')
      const who =
        command.updates.length === 1
          ? name(ctx, command.updates[0]!.id)
          : plural(command.updates.length, 'profile')
      return { label: command.label ?? `Edit ${who}: ${fields.join(', ')}`, changes, nextId }
    }
    case 'setStatus': {
      for (const id of command.ids) {
        const change = update(ctx, id, { status: command.status }, 'curator')
        if (change) changes.push(change)
      }
      const who =
        command.ids.length === 1 ? name(ctx, command.ids[0]!) : plural(command.ids.length, 'profile')
      return { label: `Set ${who} to ${command.status}`, changes, nextId }
    }
    case 'fill':
      return { ...compileFill(command, ctx, live), nextId }
    case 'reject':
      return { ...compileReject(command, ctx, live), nextId }
    case 'delete':
    case 'restore': {
      const deleting = command.type === 'delete'
      for (const id of new Set(command.ids)) {
        const record = ctx.records.get(id)
        if (!record) throw new LibraryError('not-found', `no profile with id ${id}`)
        if (Boolean(record.deleted) === deleting) continue
        changes.push({
          op: 'patch',
          id,
          fields: { [META_KEYS.deleted]: [record.deleted, deleting ? ctx.now : null] },
        })
      }
      const who =
        command.ids.length === 1 ? name(ctx, command.ids[0]!) : plural(command.ids.length, 'profile')
      return {
        label: `${deleting ? 'Move' : 'Restore'} ${who} ${deleting ? 'to' : 'from'} the trash`,
        changes,
        nextId,
      }
    }
  }
}
