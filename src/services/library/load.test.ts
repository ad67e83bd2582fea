// Load (issue 8): 10,000 consecutive commands on a library of 100,000 synthetic profiles through the one
// mutation path, with the background compactions they cause. Every acknowledged command must still be there
// after a restart, and the heap the library holds after a full collection must not grow with the edits (memory
// is not a timing). Latency is measured per window of 1,000 commands and recorded, never asserted.
// Sizes: LOAD_PROFILES and LOAD_EDITS (default 100,000 and 10,000; docs/reliability.md says which ran).
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, describe, expect, it } from 'vitest'
import { makeMetric, makeProfile } from '../../core/library/testProfile'
import { recordFigures } from '../../../test/reliability/figures'
import type { StoredRecord } from './changes'
import { formatId } from './commands'
import { tracked, type Tracked } from './__fixtures__/editModel'
import { writeSyntheticLibrary } from './__fixtures__/syntheticLibrary'
import { prng } from './__fixtures__/syntheticProfiles'
import { Library } from './library'

const PROFILES = Number(process.env.LOAD_PROFILES ?? 100_000)
const EDITS = Number(process.env.LOAD_EDITS ?? 10_000)
const WINDOW = 1000
const MB = 2 ** 20

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
/**
 * The heap in use after a full collection (twice: the first can leave garbage finalizers free), once the I/O
 * callbacks under way have run (the lock's last refresh holds its library until its callback).
 */
async function settledHeap(): Promise<number> {
  await sleep(100)
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

const root = mkdtempSync(join(tmpdir(), 'pc-load-'))
// A library of hundreds of MB: removing it takes a while on a busy disk.
afterAll(() => rmSync(root, { recursive: true, force: true }), 5 * 60_000)

const digest = (record: StoredRecord): string =>
  createHash('sha1').update(JSON.stringify(record)).digest('hex')
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b)
const at = (xs: readonly number[], p: number): number =>
  xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!
const ms = (x: number): string => x.toFixed(2)

type Change = Record<string, Tracked>
interface Step {
  run: () => Promise<{ seq: number | null; changed: string[] }>
  kind: 'do' | 'undo' | 'redo'
  expect: Change
  /** A profile the command creates: its id is known once it is acknowledged. */
  create?: NonNullable<Tracked>
}

/** Random commands of every kind a curator gives, with what each must make true of the profiles it touches. */
class Curator {
  readonly model = new Map<string, Tracked>()
  readonly done: Array<{ before: Change; after: Change }> = []
  readonly redone: typeof this.done = []
  readonly trashed = new Set<string>()
  readonly created: string[] = []
  readonly counts: Record<string, number> = {}
  private readonly random: () => number

  constructor(
    private readonly lib: Library,
    seed: number,
  ) {
    this.random = prng(seed)
  }

  private state(id: string): NonNullable<Tracked> {
    if (!this.model.has(id)) this.model.set(id, tracked(this.lib, id))
    return this.model.get(id)!
  }

  /** A profile in the library (not in the trash), most often one of the synthetic ones. */
  private live(): string {
    for (;;) {
      const id =
        this.created.length > 0 && this.random() < 0.05
          ? this.created[Math.floor(this.random() * this.created.length)]!
          : formatId(1 + Math.floor(this.random() * PROFILES))
      const state = this.model.has(id) ? this.model.get(id) : tracked(this.lib, id)
      if (state && !state.deleted) return id
    }
  }

  next(n: number): Step {
    const roll = this.random()
    const lib = this.lib
    const expect: Change = {}
    const set = (id: string, fields: Partial<NonNullable<Tracked>>): void => {
      expect[id] = { ...this.state(id), ...fields }
    }
    const count = (op: string): void => void (this.counts[op] = (this.counts[op] ?? 0) + 1)
    if (roll < 0.08 && this.done.length > 0) {
      count('undo')
      return { run: () => lib.undo(), kind: 'undo', expect: this.done.at(-1)!.before }
    }
    if (this.redone.length > 0 && roll < 0.3) {
      count('redo')
      return { run: () => lib.redo(), kind: 'redo', expect: this.redone.at(-1)!.after }
    }
    if (roll < 0.15) {
      count('create')
      const city = `Loadtown ${n}`
      const create = {
        city,
        notes: '',
        headline: null,
        status: 'draft' as const,
        population: null,
        deleted: false,
      }
      return {
        run: () => lib.apply({ type: 'create', profiles: [makeProfile({ city, country: 'Ireland' })] }),
        kind: 'do',
        expect,
        create,
      }
    }
    if (roll < 0.4) {
      count('notes')
      const id = this.live()
      const notes = `note ${n} «${this.random().toString(36).slice(2)}» "quoted"\nline two`
      set(id, { notes })
      return {
        run: () => lib.apply({ type: 'update', updates: [{ id, set: { notes } }], by: 'curator' }),
        kind: 'do',
        expect,
      }
    }
    if (roll < 0.5) {
      count('headline')
      const id = this.live()
      const headline = `Headline ${n}`
      set(id, { headline })
      return {
        run: () => lib.apply({ type: 'update', updates: [{ id, set: { headline } }], by: 'curator' }),
        kind: 'do',
        expect,
      }
    }
    if (roll < 0.6) {
      count('population')
      const id = this.live()
      const population = this.state(id).population === null ? 1000 + n : null
      set(id, { population })
      const metric = population === null ? null : makeMetric('population', { value: population })
      return {
        run: () =>
          lib.apply({
            type: 'update',
            updates: [{ id, set: { 'metrics.population': metric } }],
            by: 'curator',
          }),
        kind: 'do',
        expect,
      }
    }
    if (roll < 0.66) {
      const [a, b] = [this.live(), this.live()]
      if (a === b) return this.next(n)
      count('notes of two')
      set(a, { notes: `pair ${n} a` })
      set(b, { notes: `pair ${n} b` })
      return {
        run: () =>
          lib.apply({
            type: 'update',
            updates: [
              { id: a, set: { notes: `pair ${n} a` } },
              { id: b, set: { notes: `pair ${n} b` } },
            ],
            by: 'curator',
          }),
        kind: 'do',
        expect,
      }
    }
    if (roll < 0.82) {
      const ids = [...new Set(Array.from({ length: 1 + Math.floor(this.random() * 3) }, () => this.live()))]
      const status = (['draft', 'in-review', 'done'] as const).find((s) =>
        ids.every((id) => this.state(id).status !== s),
      )
      if (!status) return this.next(n)
      count('status')
      for (const id of ids) set(id, { status })
      return { run: () => lib.apply({ type: 'setStatus', ids, status }), kind: 'do', expect }
    }
    if (roll < 0.92 || this.trashed.size === 0) {
      count('delete')
      const id = this.live()
      set(id, { deleted: true })
      return { run: () => lib.apply({ type: 'delete', ids: [id] }), kind: 'do', expect }
    }
    count('restore')
    const id = [...this.trashed][Math.floor(this.random() * this.trashed.size)]!
    set(id, { deleted: false })
    return { run: () => lib.apply({ type: 'restore', ids: [id] }), kind: 'do', expect }
  }

  /** Records an acknowledged step in the model. */
  acknowledge(step: Step, changed: string[]): Change {
    let expect = step.expect
    if (step.create) {
      expect = { [changed[0]!]: step.create }
      this.created.push(changed[0]!)
    }
    const before: Change = Object.fromEntries(
      Object.keys(expect).map((id) => [id, this.model.has(id) ? this.model.get(id)! : tracked(this.lib, id)]),
    )
    // A created profile did not exist before its command.
    if (step.create) before[changed[0]!] = null
    for (const [id, value] of Object.entries(expect)) {
      this.model.set(id, value)
      if (value?.deleted) this.trashed.add(id)
      else this.trashed.delete(id)
    }
    if (step.kind === 'do') {
      this.done.push({ before, after: expect })
      this.redone.length = 0
    } else if (step.kind === 'undo') this.redone.push(this.done.pop()!)
    else this.done.push(this.redone.pop()!)
    return expect
  }
}

/**
 * Opens the library, gives it the commands, checks each as it is acknowledged, and closes it. Returns what the
 * commands must have left, and the heap the library held: after a full collection, with the library open
 * minus without it, at the open and after the commands (so the test's own model of the edits is not counted).
 */
async function runCommands(dir: string, before: Map<string, string>) {
  const heapWithout = await settledHeap()
  let started = performance.now()
  const lib = await Library.open(dir)
  const openMs = performance.now() - started
  const heapAtOpen = (await settledHeap()) - heapWithout
  expect(lib.size).toBe(PROFILES)
  // What every profile holds before the edits: the ones no command touches must come back byte for byte.
  for (const record of lib.records()) before.set(record.id, digest(record))

  const curator = new Curator(lib, 8)
  const latencies: number[] = []
  started = performance.now()
  for (let n = 0; n < EDITS; n++) {
    const step = curator.next(n)
    const seq = lib.seq + 1
    const start = performance.now()
    const result = await step.run()
    latencies.push(performance.now() - start)
    expect(result.seq).toBe(seq)
    const expected = curator.acknowledge(step, result.changed)
    for (const [id, value] of Object.entries(expected)) {
      if (!isDeepStrictEqual(tracked(lib, id), value))
        expect.fail(`command ${seq}: ${id} is not as acknowledged`)
    }
  }
  // close() waits for a background compaction; the library's memory is still held for the measure.
  await lib.close()
  const commandsMs = performance.now() - started
  const heapWith = await settledHeap()
  const { model, created, counts } = curator
  return {
    model,
    created,
    counts,
    last: curator.done.at(-1)!,
    latencies,
    openMs,
    commandsMs,
    heapAtOpen,
    heapWith,
  }
}

describe('load', () => {
  it(
    `keeps every one of ${EDITS} consecutive commands on ${PROFILES} profiles, in bounded memory`,
    { timeout: 30 * 60_000 },
    async () => {
      const dir = join(root, 'library')
      let started = performance.now()
      await writeSyntheticLibrary(dir, PROFILES)
      const buildMs = performance.now() - started

      const before = new Map<string, string>()
      const run = await runCommands(dir, before)
      const { model, created } = run
      // The library is out of reach now: what the heap drops by is what it held after the commands.
      const heapAfterCommands = run.heapWith - (await settledHeap())
      const history = join(dir, 'history')
      const compactions = existsSync(history) ? readdirSync(history).length : 0

      started = performance.now()
      const lib = await Library.open(dir)
      const reopenMs = performance.now() - started
      try {
        let checked = 0
        for (const [id, value] of model) {
          if (!isDeepStrictEqual(tracked(lib, id), value))
            expect.fail(`after reopening, ${id} is not as acknowledged`)
          checked += 1
        }
        let untouched = 0
        for (const record of lib.records()) {
          if (model.has(record.id)) continue
          expect(digest(record), record.id).toBe(before.get(record.id))
          untouched += 1
        }
        const alive = created.filter((id) => model.get(id) !== null).length
        const existing = [...model.values()].filter((t) => t !== null).length
        expect(untouched + existing).toBe(PROFILES + alive)
        const trashed = [...model.values()].filter((t) => t?.deleted).length
        expect(lib.size).toBe(PROFILES + alive - trashed)
        // Undo still works after the restart, past the compactions.
        await lib.undo()
        for (const [id, value] of Object.entries(run.last.before)) expect(tracked(lib, id), id).toEqual(value)

        const windows = Array.from({ length: Math.ceil(EDITS / WINDOW) }, (_, w) =>
          sorted(run.latencies.slice(w * WINDOW, (w + 1) * WINDOW)),
        )
        const medians = windows.map((w) => at(w, 0.5))
        const growth = heapAfterCommands - run.heapAtOpen
        recordFigures('load', {
          profiles: PROFILES,
          commands: EDITS,
          ...Object.fromEntries(Object.entries(run.counts).map(([op, k]) => [`commands: ${op}`, k])),
          profilesChecked: checked,
          untouchedProfilesChecked: untouched,
          compactions,
          buildSeconds: Number((buildMs / 1000).toFixed(1)),
          openSeconds: Number((run.openMs / 1000).toFixed(1)),
          commandsSeconds: Number((run.commandsMs / 1000).toFixed(1)),
          reopenSeconds: Number((reopenMs / 1000).toFixed(1)),
          windowMedianMs: medians.map(ms).join(' '),
          windowP99Ms: windows.map((w) => ms(at(w, 0.99))).join(' '),
          maxMs: ms(Math.max(...run.latencies)),
          lastOverFirstMedian: Number((medians.at(-1)! / medians[0]!).toFixed(2)),
          libraryHeapAtOpenMB: Math.round(run.heapAtOpen / MB),
          libraryHeapAfterCommandsMB: Math.round(heapAfterCommands / MB),
          libraryHeapGrowthMB: Math.round(growth / MB),
        })
        // Memory (not a timing): each compaction moves the edits' history to disk, so the heap the library holds
        // after a full collection must end about where it began. Keeping a replaced record per edit (about 7 KB
        // each) or a compaction's copy of the library (hundreds of MB at 100,000) would pass this bound.
        expect(growth).toBeLessThan(64 * MB)
      } finally {
        await lib.close()
      }
    },
  )
})
