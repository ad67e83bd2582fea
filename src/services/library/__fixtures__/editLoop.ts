// The child process of sigkill.test.ts: opens a library and edits it in a loop until it is killed. Before each
// command it prints what the command must make true (`try`), and once the command is acknowledged it prints
// it again (`ack`), one JSON line each on stdout (a pipe: each write is done before the next command starts).
//   node --import tsx editLoop.ts <library folder> <seed> <compactEvery>
import { isDeepStrictEqual } from 'node:util'
import { makeMetric, makeProfile } from '../../../core/library/testProfile'
import { Library } from '../library'
import { seededRandom } from './crashDisk'
import { tracked, type Line, type Tracked } from './editModel'

const print = (line: Line): void => {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

async function main(): Promise<void> {
  const [dir, seedText, compactEveryText] = process.argv.slice(2)
  const random = seededRandom(Number(seedText))
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const lib = await Library.open(dir!, { create: true, compactEvery: Number(compactEveryText) })
  const model = new Map<string, Tracked>()
  for (const r of lib.records()) model.set(r.id, tracked(lib, r.id))
  // This process's own commands, for undo and redo: the library's stacks have them on top.
  const done: { before: Record<string, Tracked>; after: Record<string, Tracked> }[] = []
  const redone: typeof done = []
  print({ t: 'ready', seq: lib.seq })

  for (let n = 0; ; n++) {
    const live = [...model].filter(([, t]) => t && !t.deleted).map(([id]) => id)
    const trashed = [...model].filter(([, t]) => t?.deleted).map(([id]) => id)
    const roll = random()
    const seq = lib.seq + 1
    let op: string
    let expect: Record<string, Tracked> = {}
    let create: Tracked | undefined
    let run: () => Promise<{ seq: number | null; changed: string[] }>
    let kind: 'do' | 'undo' | 'redo' = 'do'
    const set = (id: string, fields: Partial<NonNullable<Tracked>>): void => {
      expect[id] = { ...model.get(id)!, ...fields }
    }

    if (roll < 0.03) {
      await lib.compact()
      print({ t: 'compacted', seq: lib.seq })
      continue
    } else if (roll < 0.13 && done.length > 0) {
      op = 'undo'
      kind = 'undo'
      expect = done.at(-1)!.before
      run = () => lib.undo()
    } else if (roll < 0.2 && redone.length > 0) {
      op = 'redo'
      kind = 'redo'
      expect = redone.at(-1)!.after
      run = () => lib.redo()
    } else if (roll < 0.3 || live.length < 2) {
      const city = `City ${n} ${Math.floor(random() * 1e6)}`
      op = 'create'
      create = { city, notes: '', headline: null, status: 'draft', population: null, deleted: false }
      run = () => lib.apply({ type: 'create', profiles: [makeProfile({ city })] })
    } else if (roll < 0.5) {
      const id = pick(live)
      const notes = `note ${n} «${random().toString(36).slice(2)}» "quoted"\nline two`
      op = 'notes'
      set(id, { notes })
      run = () => lib.apply({ type: 'update', updates: [{ id, set: { notes } }], by: 'curator' })
    } else if (roll < 0.58) {
      const id = pick(live)
      const headline = model.get(id)!.headline === null ? `Headline ${n}` : null
      op = 'headline'
      set(id, { headline })
      run = () => lib.apply({ type: 'update', updates: [{ id, set: { headline } }], by: 'curator' })
    } else if (roll < 0.66) {
      const id = pick(live)
      const population = model.get(id)!.population === null ? 1000 + n : null
      op = 'population'
      set(id, { population })
      const metric = population === null ? null : makeMetric('population', { value: population })
      run = () =>
        lib.apply({ type: 'update', updates: [{ id, set: { 'metrics.population': metric } }], by: 'curator' })
    } else if (roll < 0.72) {
      // One command, two profiles: both changes or neither.
      const [a, b] = [pick(live), pick(live)]
      if (a === b) continue
      op = 'notes×2'
      set(a, { notes: `pair ${n} a` })
      set(b, { notes: `pair ${n} b` })
      run = () =>
        lib.apply({
          type: 'update',
          updates: [
            { id: a, set: { notes: `pair ${n} a` } },
            { id: b, set: { notes: `pair ${n} b` } },
          ],
          by: 'curator',
        })
    } else if (roll < 0.82) {
      const id = pick(live)
      const status = pick((['draft', 'in-review', 'done'] as const).filter((s) => s !== model.get(id)!.status))
      op = 'status'
      set(id, { status })
      run = () => lib.apply({ type: 'setStatus', ids: [id], status })
    } else if (roll < 0.9 || trashed.length === 0) {
      const id = pick(live)
      op = 'delete'
      set(id, { deleted: true })
      run = () => lib.apply({ type: 'delete', ids: [id] })
    } else {
      const id = pick(trashed)
      op = 'restore'
      set(id, { deleted: false })
      run = () => lib.apply({ type: 'restore', ids: [id] })
    }

    print({ t: 'try', seq, op, expect, create })
    const result = await run()
    if (result.seq !== seq) throw new Error(`expected seq ${seq}, got ${result.seq}`)
    if (create) expect = { [result.changed[0]!]: create }
    for (const [id, value] of Object.entries(expect)) {
      const actual = tracked(lib, id)
      if (!isDeepStrictEqual(actual, value)) {
        print({ t: 'mismatch', seq, id, expected: value, actual })
        process.exit(1)
      }
    }
    const before = Object.fromEntries(Object.keys(expect).map((id) => [id, model.get(id) ?? null]))
    for (const [id, value] of Object.entries(expect)) model.set(id, value)
    if (kind === 'do') {
      done.push({ before, after: expect })
      redone.length = 0
    } else if (kind === 'undo') redone.push(done.pop()!)
    else done.push(redone.pop()!)
    print({ t: 'ack', seq, op, expect })
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  process.exit(2)
})
