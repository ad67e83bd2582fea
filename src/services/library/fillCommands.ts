// The fill and reject commands: accepting suggestions, derived values or a reference table's figures, and
// remembering the suggestions a curator turned down. Each is one journal entry, so one undo takes it back.
import { deepEqual } from '../../core/library/deepEqual'
import { metricDefinition, type Metric, type MetricKey } from '../../core/model'
import { diffRecord, META_KEYS, type Change, type StoredRecord } from './changes'
import type { Command, Context } from './commands'
import { LibraryError } from './errors'

type FillCommand = Extract<Command, { type: 'fill' }>
type RejectCommand = Extract<Command, { type: 'reject' }>
type Live = (ctx: Context, id: string) => StoredRecord

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`

function byProfile<T extends { id: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) out.set(item.id, [...(out.get(item.id) ?? []), item])
  return out
}

const ORIGIN_WORD: Record<Metric['origin'], string> = {
  suggested: 'suggestion',
  derived: 'derived value',
  reference: 'reference table',
  manual: 'manual',
  source: 'source',
}

export function compileFill(
  command: FillCommand,
  ctx: Context,
  live: Live,
): { label: string; changes: Change[] } {
  const changes: Change[] = []
  for (const [id, items] of byProfile(command.items)) {
    const record = live(ctx, id)
    const values: Record<string, Metric> = {}
    for (const item of items) {
      const current = record.profile.metrics[item.metric]
      if (!deepEqual(current, item.before)) {
        throw new LibraryError(
          'conflict',
          `${id} (${record.profile.city}): ${item.metric} changed since it was reviewed; review it again`,
        )
      }
      values[`metrics.${item.metric}`] = item.after
    }
    const fields = diffRecord(record, values)
    if (Object.keys(fields).length === 0) continue
    Object.assign(fields, diffRecord(record, { [META_KEYS.updatedAt]: ctx.now }))
    changes.push({ op: 'patch', id, fields })
  }
  const [first] = command.items
  const one = command.items.length === 1 && first
  const city = (id: string): string => ctx.records.get(id)?.profile.city || id
  const label =
    command.label ??
    (one
      ? `Fill ${city(first.id)}: ${metricDefinition(first.metric as MetricKey).short} (${ORIGIN_WORD[first.after.origin]})`
      : `Fill ${plural(command.items.length, 'metric')} of ${plural(byProfile(command.items).size, 'profile')}`)
  return { label, changes }
}

export function compileReject(
  command: RejectCommand,
  ctx: Context,
  live: Live,
): { label: string; changes: Change[] } {
  const changes: Change[] = []
  for (const [id, items] of byProfile(command.items)) {
    const record = live(ctx, id)
    const before = record.rejected ?? []
    const after = [...new Set([...before, ...items.map((i) => i.key)])].sort()
    const fields = diffRecord(record, { [META_KEYS.rejected]: after })
    if (Object.keys(fields).length > 0) changes.push({ op: 'patch', id, fields })
  }
  const n = command.items.length
  const label =
    command.label ??
    (n === 1
      ? `Reject a suggestion for ${ctx.records.get(command.items[0]!.id)?.profile.city ?? command.items[0]!.id}`
      : `Reject ${plural(n, 'suggestion')}`)
  return { label, changes }
}
