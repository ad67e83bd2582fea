// The writers of the services, as the fault matrix (faultMatrix.test.ts) drives them: each prepares a folder
// once with the real disk, then, in a copy of it, starts with the disk under test up to the moment of its
// operation, runs the operation, and checks a folder afterwards with the real code and the real disk: it
// opens, holds what was acknowledged and nothing else, and what was there before is intact.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect } from 'vitest'
import { makeProfile } from '../../core/library/testProfile'
import { exportLibrary } from '../export/exportLibrary'
import { importFiles } from '../import/importFiles'
import { nodeDisk, writeFileDurably, type Disk } from '../library/disk'
import { jsonLines } from '../library/jsonLines'
import { Library } from '../library/library'
import { readLibraryList } from '../library/listIndex'
import { lockLibrary } from '../library/lock'
import { LIBRARY_VERSION } from '../library/manifest'
import { SettingsStore, type SettingsFile } from '../session/settings'

/** What an operation did: finished, failed (with its error and the call that failed), or was cut by a crash. */
export type Outcome = { kind: 'done' } | { kind: 'failed'; error: unknown; call: string } | { kind: 'in-flight' }

/** Whether the failed call was the last step of a replacement: the fsync of the folder after the rename. */
const folderSyncOf = (outcome: Outcome, dir: string): boolean =>
  outcome.kind === 'failed' && (outcome.call === `open ${dir}` || outcome.call === `sync ${dir}`)

export interface Started {
  run(): Promise<unknown>
  /** After the operation, in the same process: checks what it has in memory, then closes what it opened. */
  after(outcome: Outcome): Promise<void>
}

export interface Writer {
  name: string
  /** Fills `root` (an empty folder) with what the operation starts from. */
  prepare(root: string): Promise<void>
  start(root: string, disk: Disk): Promise<Started>
  /** Checks `root` after the operation, with the real code; throws when a promise is broken. */
  check(root: string, outcome: Outcome): Promise<void>
}

/** Every file and folder under `dir`, by relative path: its bytes in base64, or 'dir'. */
export function tree(dir: string, skip: (rel: string) => boolean = () => false): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name)
      const rel = relative(dir, path)
      if (skip(rel)) continue
      if (statSync(path).isDirectory()) {
        out[rel] = 'dir'
        walk(path)
      } else out[rel] = readFileSync(path).toString('base64')
    }
  }
  if (existsSync(dir)) walk(dir)
  return out
}

type Tracked = Record<string, { notes: string | null; status: string; deleted: boolean; city: string }>

function track(lib: Library): Tracked {
  return Object.fromEntries(
    [...lib.records()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => [
        r.id,
        { notes: r.profile.notes, status: r.profile.status, deleted: r.deleted !== null, city: r.profile.city },
      ]),
  )
}

/** Opens the library at `dir` with the real code, checks it against the allowed states, and that it takes an edit. */
async function expectLibrary(dir: string, allowed: Tracked[]): Promise<void> {
  const lib = await Library.open(dir)
  try {
    expect(allowed).toContainEqual(track(lib))
    // The whole history is there: every seq from 1 can be undone and listed.
    expect((await lib.history(1000)).map((h) => h.seq).reverse()).toEqual(
      Array.from({ length: lib.seq }, (_, i) => i + 1),
    )
    const seq = lib.seq
    await lib.apply({ type: 'update', updates: [{ id: 'p-000001', set: { notes: 'later' } }], by: 'curator' })
    await lib.close()
    const again = await Library.open(dir, { readOnly: true })
    expect([again.seq, again.get('p-000001')?.profile.notes]).toEqual([seq + 1, 'later'])
  } finally {
    await lib.close()
  }
}

/** A library with some history: created, edited, a status, one profile in the trash, compacted once. */
async function seedLibrary(dir: string, compactAtEnd = true): Promise<Tracked> {
  const lib = await Library.open(dir, { create: true })
  await lib.apply({
    type: 'create',
    profiles: [makeProfile({ city: 'Cork' }), makeProfile({ city: 'Espoo', country: 'Finland' })],
  })
  await lib.apply({ type: 'update', updates: [{ id: 'p-000001', set: { notes: 'first' } }], by: 'curator' })
  await lib.compact()
  await lib.apply({ type: 'setStatus', ids: ['p-000002'], status: 'in-review' })
  await lib.apply({ type: 'delete', ids: ['p-000002'] })
  if (compactAtEnd) await lib.compact()
  const state = track(lib)
  await lib.close()
  return state
}

/**
 * How a writer that takes root/library from `states.before` to `states.after` runs and is checked: the library in
 * memory holds one of the two as the outcome says, and so does the folder reopened with the real code.
 */
function libraryChange(
  states: { before?: Tracked; after?: Tracked },
  change: (lib: Library, root: string) => Promise<unknown>,
): Pick<Writer, 'start' | 'check'> {
  return {
    async start(root, disk) {
      const lib = await Library.open(join(root, 'library'), { disk })
      return {
        run: () => change(lib, root),
        async after(outcome) {
          if (outcome.kind !== 'in-flight')
            expect(track(lib)).toEqual(outcome.kind === 'done' ? states.after : states.before)
          await lib.close().catch(() => undefined)
        },
      }
    },
    async check(root, outcome) {
      const allowed =
        outcome.kind === 'done'
          ? [states.after!]
          : outcome.kind === 'failed'
            ? [states.before!]
            : [states.before!, states.after!]
      await expectLibrary(join(root, 'library'), allowed)
    },
  }
}

/** A library command (an edit), journaled through Library.apply. */
function editWriter(): Writer {
  const states: { before?: Tracked; after?: Tracked } = {}
  return {
    name: 'a library command (edit)',
    async prepare(root) {
      states.before = await seedLibrary(join(root, 'library'))
      const lib = await Library.open(join(root, 'library'))
      const before = track(lib)
      states.after = { ...before, 'p-000001': { ...before['p-000001']!, notes: 'edited' } }
      await lib.close()
    },
    ...libraryChange(states, (lib) =>
      lib.apply({ type: 'update', updates: [{ id: 'p-000001', set: { notes: 'edited' } }], by: 'curator' }),
    ),
  }
}

const SAMPLES = join(__dirname, '../../../resources/sample')

/** An import of three text files: their sources are written, then one command adds the profiles. */
function importWriter(): Writer {
  const states: { before?: Tracked; after?: Tracked } = {}
  return {
    name: 'an import of three files',
    async prepare(root) {
      states.before = await seedLibrary(join(root, 'library'))
      mkdirSync(join(root, 'input'))
      for (const name of readdirSync(SAMPLES).sort().slice(0, 3)) {
        cpSync(join(SAMPLES, name), join(root, 'input', name))
      }
      // The state after, computed once by the real import in a copy.
      const copy = `${root}-after`
      cpSync(root, copy, { recursive: true })
      const lib = await Library.open(join(copy, 'library'))
      const report = await importFiles(lib, [join(copy, 'input')])
      expect(report.counts.new).toBe(3)
      states.after = track(lib)
      await lib.close()
    },
    ...libraryChange(states, (lib, root) => importFiles(lib, [join(root, 'input')])),
  }
}

/** A compaction of a journal of two commands (snapshot, index, history segment, new journal). */
function compactionWriter(): Writer {
  let state: Tracked | undefined
  return {
    name: 'a compaction',
    async prepare(root) {
      state = await seedLibrary(join(root, 'library'), false)
    },
    async start(root, disk) {
      const lib = await Library.open(join(root, 'library'), { disk })
      return {
        run: () => lib.compact(),
        async after() {
          // A compaction changes nothing a curator sees, failed or not.
          expect(track(lib)).toEqual(state)
          await lib.close().catch(() => undefined)
        },
      }
    },
    check: (root) => expectLibrary(join(root, 'library'), [state!]),
  }
}

const manifestFile = (dir: string): string => join(dir, 'library.json')

/** Opening a library of format version 1: its index is rewritten, then its manifest says version 2. */
function migrationWriter(): Writer {
  let state: Tracked | undefined
  let listed: unknown[] = []
  return {
    name: 'a migration from format 1',
    async prepare(root) {
      const dir = join(root, 'library')
      state = await seedLibrary(dir)
      const lib = await Library.open(dir, { readOnly: true })
      listed = lib.summaries()
      const seq = lib.seq
      // The index as version 1 wrote it (one object per row), and the manifest saying 1 (migrations.test.ts).
      await writeFileDurably(
        nodeDisk,
        lib.paths.index,
        jsonLines({ format: 'profile-curator-index', seq, count: listed.length }, listed),
      )
      const manifest = JSON.parse(readFileSync(manifestFile(dir), 'utf8')) as { version: number }
      writeFileSync(manifestFile(dir), JSON.stringify({ ...manifest, version: 1 }, null, 2))
    },
    async start(root, disk) {
      let lib: Library | undefined
      return {
        run: async () => {
          lib = await Library.open(join(root, 'library'), { disk })
        },
        async after() {
          await lib?.close().catch(() => undefined)
        },
      }
    },
    async check(root) {
      // Opened again, the migration runs to its end (or finds it done), and the list is what it was.
      const dir = join(root, 'library')
      await (await Library.open(dir)).close()
      expect((JSON.parse(readFileSync(manifestFile(dir), 'utf8')) as { version: number }).version).toBe(
        LIBRARY_VERSION,
      )
      expect(await readLibraryList(dir)).toEqual(listed)
      await expectLibrary(dir, [state!])
    },
  }
}

/** Creating a new library in a folder that does not exist yet. */
function creationWriter(): Writer {
  let acknowledged = ''
  return {
    name: 'creating a new library',
    async prepare() {},
    async start(root, disk) {
      let lib: Library | undefined
      return {
        run: async () => {
          lib = await Library.open(join(root, 'library'), { create: true, disk })
          // The id it was acknowledged with, to check that a reopening finds this library and not a new one.
          acknowledged = (JSON.parse(readFileSync(manifestFile(join(root, 'library')), 'utf8')) as { id: string }).id
        },
        async after() {
          await lib?.close().catch(() => undefined)
        },
      }
    },
    async check(root, outcome) {
      // What the app and the CLI do next: open with `create`. A library that was acknowledged is found as it
      // was; one whose creation failed or was cut is made anew over what is left.
      const dir = join(root, 'library')
      const lib = await Library.open(dir, { create: true })
      try {
        expect([lib.seq, lib.size]).toEqual([0, 0])
        if (outcome.kind === 'done') {
          expect(JSON.parse(readFileSync(manifestFile(dir), 'utf8'))).toMatchObject({ id: acknowledged })
        }
        await lib.apply({ type: 'create', profiles: [makeProfile({ city: 'Cork' })] })
      } finally {
        await lib.close()
      }
      expect((await Library.open(dir, { readOnly: true })).size).toBe(1)
    },
  }
}

const EXPORT_FORMATS = ['json', 'csv', 'md'] as const
const isTemp = (rel: string): boolean => /(^|\/)\.out\.export-/.test(rel)

/** An export over a previous one (to a folder that also holds a file of the curator's own). */
function exportWriter(): Writer {
  const trees: { before?: Record<string, string>; after?: Record<string, string> } = {}
  return {
    name: 'an export',
    async prepare(root) {
      const dir = join(root, 'library')
      await seedLibrary(dir)
      const lib = await Library.open(dir)
      await exportLibrary(lib, join(root, 'out'), { formats: EXPORT_FORMATS, year: 2026 })
      writeFileSync(join(root, 'out', 'mine.txt'), 'the curator’s own file')
      trees.before = tree(join(root, 'out'))
      await lib.apply({ type: 'restore', ids: ['p-000002'] })
      await lib.apply({ type: 'setStatus', ids: ['p-000001'], status: 'done' })
      await lib.close()
      const copy = `${root}-after`
      cpSync(root, copy, { recursive: true })
      const again = await Library.open(join(copy, 'library'), { readOnly: true })
      await exportLibrary(again, join(copy, 'out'), { formats: EXPORT_FORMATS, year: 2026 })
      trees.after = tree(join(copy, 'out'))
      expect(trees.after).not.toEqual(trees.before)
    },
    async start(root, disk) {
      // As the CLI exports: the library open read-only (nothing of it is written).
      const lib = await Library.open(join(root, 'library'), { readOnly: true })
      return {
        run: () => exportLibrary(lib, join(root, 'out'), { formats: EXPORT_FORMATS, year: 2026, disk }),
        after: () => lib.close(),
      }
    },
    async check(root, outcome) {
      const out = join(root, 'out')
      const temps = (): string[] => readdirSync(root).filter((n) => n.startsWith('.out.export-'))
      const entry = (t: Record<string, string>, name: string) =>
        Object.fromEntries(Object.entries(t).filter(([rel]) => rel === name || rel.startsWith(`${name}/`)))
      const names = new Set(
        [...Object.keys(trees.before!), ...Object.keys(trees.after!)].map((r) => r.split('/')[0]!),
      )
      /** Each entry whole, the previous export's or the new one's; `missing`: one may be absent. */
      const expectWhole = (now: Record<string, string>, missing: boolean): void => {
        for (const name of names) {
          const got = entry(now, name)
          if (missing && Object.keys(got).length === 0) continue
          expect([entry(trees.before!, name), entry(trees.after!, name)]).toContainEqual(got)
        }
      }
      if (outcome.kind === 'in-flight') {
        // An entry moved aside when the power went is in the crashed export's temp folder.
        expectWhole(tree(out, isTemp), temps().length > 0)
      } else {
        // A failure leaves the previous export, unless only the last fsync of the folder failed.
        const done = outcome.kind === 'done' || folderSyncOf(outcome, out)
        expect(tree(out, isTemp)).toEqual(done ? trees.after : trees.before)
      }
      const lib = await Library.open(join(root, 'library'), { readOnly: true })
      try {
        // The next export, even of another format, first puts back an entry a crash left aside.
        await exportLibrary(lib, out, { formats: ['json'], year: 2026 })
        expectWhole(tree(out), false)
        // The one after with every format gives the new export whole, and no temp folder is left.
        await exportLibrary(lib, out, { formats: EXPORT_FORMATS, year: 2026 })
      } finally {
        await lib.close()
      }
      expect(tree(out)).toEqual(trees.after)
      expect(temps()).toEqual([])
    },
  }
}

const PREVIOUS: Partial<SettingsFile> = { theme: 'dark', recent: ['/a'], lastLibrary: '/a' }
const NEXT: Partial<SettingsFile> = { theme: 'light', recent: ['/b', '/a'], lastLibrary: '/b' }

/** The app's settings (theme, recent libraries) written by SettingsStore. */
function settingsWriter(): Writer {
  return {
    name: 'the settings write',
    async prepare(root) {
      const store = await SettingsStore.load(join(root, 'userData'))
      await store.update((d) => Object.assign(d, PREVIOUS))
    },
    async start(root, disk) {
      const store = await SettingsStore.load(join(root, 'userData'), { disk, log: () => undefined })
      return {
        run: () => store.update((d) => Object.assign(d, NEXT)),
        after: () => store.flush(),
      }
    },
    async check(root, outcome) {
      const logged: string[] = []
      const store = await SettingsStore.load(join(root, 'userData'), { log: (m) => logged.push(m) })
      // Never a damaged file set aside: the file holds the previous settings or the new ones, whole.
      expect(logged).toEqual([])
      const got = { theme: store.data.theme, recent: store.data.recent, lastLibrary: store.data.lastLibrary }
      const userData = join(root, 'userData')
      const allowed =
        outcome.kind === 'done' || folderSyncOf(outcome, userData)
          ? [NEXT]
          : outcome.kind === 'failed'
            ? [PREVIOUS]
            : [PREVIOUS, NEXT]
      expect(allowed).toContainEqual(got)
      if (outcome.kind !== 'in-flight') expect(readdirSync(join(root, 'userData'))).toEqual(['settings.json'])
    },
  }
}

/** Taking a library's lock (the lock folder, then the owner note beside it). */
function lockWriter(): Writer {
  let state: Tracked | undefined
  return {
    name: 'taking the lock',
    async prepare(root) {
      state = await seedLibrary(join(root, 'library'))
    },
    async start(root, disk) {
      let release: (() => Promise<void>) | undefined
      return {
        run: async () => {
          release = await lockLibrary(join(root, 'library'), disk, () => undefined)
        },
        after: async () => release?.(),
      }
    },
    // A failed or cut take leaves no lock that keeps the library from opening.
    check: (root) => expectLibrary(join(root, 'library'), [state!]),
  }
}

export const WRITERS: readonly (() => Writer)[] = [
  editWriter,
  importWriter,
  compactionWriter,
  migrationWriter,
  creationWriter,
  exportWriter,
  settingsWriter,
  lockWriter,
]
