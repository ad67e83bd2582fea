// Load (issue 8): an import of 10,000 files cancelled in the middle, as the window does it (ImportJobs, the
// cancel arriving while a batch is being read), then the same folder imported again as the CLI does it
// (importFiles). The report must list exactly what was imported, the library must reopen holding exactly that
// (no duplicates, each undoable step by step), and the second import must take the rest and nothing twice.
// Size: LOAD_FILES (default 10,000; docs/reliability.md says which ran). Timings are recorded, never asserted.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { recordFigures } from '../../../test/reliability/figures'
import type { ImportReport } from '../../core/library/reports'
import { Library } from '../library/library'
import { sourcePath } from '../library/sources'
import { importFiles } from './importFiles'
import { ImportJobs } from './importJobs'

const FILES = Number(process.env.LOAD_FILES ?? 10_000)
const SAMPLES = join(__dirname, '../../../resources/sample')
/** The city names of the samples, replaced in each copy by a name of its own. */
const SAMPLE_CITIES = /\b(Changzhou|Shenzhen|Beijing|Hangzhou|Wuhan)\b/g
const SYLLABLES = [
  'ka',
  'lo',
  'ri',
  'sa',
  'to',
  'be',
  'mi',
  'na',
  've',
  'do',
  'ra',
  'gu',
  'ze',
  'po',
  'li',
  'ma',
]

const root = mkdtempSync(join(tmpdir(), 'pc-import-load-'))
// Tens of thousands of files: removing them takes a while on a busy disk.
afterAll(() => rmSync(root, { recursive: true, force: true }), 5 * 60_000)

/** City `i`: four syllables of two letters, one per base-16 digit of i, so that no two are the same. */
function cityName(i: number): string {
  let name = ''
  for (let k = 0, n = i; k < 4; k++, n = Math.floor(n / 16)) name += SYLLABLES[n % 16]
  return name[0]!.toUpperCase() + name.slice(1)
}

/** `count` profile documents: the sample profiles, each copy with a city of its own. */
function writeInbox(dir: string, count: number): Map<string, string> {
  mkdirSync(dir)
  const samples = readdirSync(SAMPLES).map((f) => readFileSync(join(SAMPLES, f), 'utf8'))
  const cities = new Map<string, string>()
  for (let i = 0; i < count; i++) {
    const file = join(dir, `${String(i).padStart(5, '0')}.txt`)
    writeFileSync(file, samples[i % samples.length]!.replace(SAMPLE_CITIES, cityName(i)))
    cities.set(file, cityName(i))
  }
  return cities
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1))
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

/** The library holds exactly the profiles the rows say were imported: one per file, from that file. */
function expectHolds(lib: Library, rows: ImportReport['rows'], cities: Map<string, string>): void {
  const records = [...lib.records()]
  expect(records.every((r) => r.deleted === null)).toBe(true)
  expect(records.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id!).sort())
  for (const row of rows) {
    const profile = lib.get(row.id!)!.profile
    expect(profile.city, row.file).toBe(cities.get(row.file))
    expect(profile.source.file).toBe(basename(row.file))
    expect(profile.source.sha256).toBe(sha256(row.file))
  }
  expect(new Set(records.map((r) => r.profile.city)).size).toBe(records.length)
}

describe('import load', () => {
  it(`imports ${FILES} files, cancelled in the middle, then the rest`, { timeout: 30 * 60_000 }, async () => {
    const inbox = join(root, 'inbox')
    const cities = writeInbox(inbox, FILES)
    const files = [...cities.keys()]
    const dir = join(root, 'library')
    let lib = await Library.open(dir, { create: true })
    try {
      // 1. The window's import, cancelled once half the files were read.
      const jobs = new ImportJobs()
      let started = performance.now()
      const { jobId } = jobs.start(lib, [inbox])
      for (let s = jobs.status(jobId); s.done < FILES / 2 && !s.finished; s = jobs.status(jobId)) await tick()
      const state = await jobs.cancel(jobId)
      const firstMs = performance.now() - started
      const report = state.report!
      expect(state.error).toBeNull()
      expect(report.cancelled).toBe(true)
      const read = report.rows.length
      expect(read).toBeGreaterThanOrEqual(FILES / 2)
      expect(read).toBeLessThan(FILES)
      // The files read are the first ones, in order, each imported once, and nothing else.
      expect(report.rows.map((r) => r.file)).toEqual(files.slice(0, read))
      expect(report.rows.every((r) => r.outcome === 'new' && r.id !== null)).toBe(true)
      expect(report.counts).toMatchObject({ new: read, unchanged: 0, conflict: 0, failed: 0, skipped: 0 })
      expect(new Set(report.rows.map((r) => r.id)).size).toBe(read)
      expectHolds(lib, report.rows, cities)

      // 2. Reopened, the library holds exactly that, with each file's source document beside it.
      await lib.close()
      lib = await Library.open(dir)
      expectHolds(lib, report.rows, cities)
      for (const row of report.rows) expect(existsSync(sourcePath(dir, sha256(row.file))!)).toBe(true)

      // 3. Each batch is one step back in the history: the last undoes and redoes alone.
      const steps = (await lib.history(1000)).filter((h) => /^Import /.test(h.label))
      expect(steps.reduce((n, h) => n + h.profiles.length, 0)).toBe(read)
      const last = steps[0]!
      await lib.undo()
      expect(lib.size).toBe(read - last.profiles.length)
      expect(last.profiles.every((id) => lib.get(id) === undefined)).toBe(true)
      await lib.redo()
      expectHolds(lib, report.rows, cities)

      // 4. The CLI's import of the same folder: what was imported is unchanged, the rest is new.
      started = performance.now()
      const second = await importFiles(lib, [inbox])
      const secondMs = performance.now() - started
      expect(second.cancelled).toBe(false)
      expect(second.counts).toMatchObject({ new: FILES - read, unchanged: read, conflict: 0, failed: 0 })
      expect(second.rows.map((r) => r.file)).toEqual(files)
      const unchanged = second.rows.slice(0, read)
      expect(unchanged.every((r, i) => r.outcome === 'unchanged' && r.id === report.rows[i]!.id)).toBe(true)
      const all = [...report.rows, ...second.rows.slice(read)]
      await lib.close()
      lib = await Library.open(dir)
      expect(lib.size).toBe(FILES)
      expectHolds(lib, all, cities)

      recordFigures('import-load', {
        files: FILES,
        readBeforeCancel: read,
        importedBeforeCancel: report.counts.new,
        undoSteps: steps.length,
        secondImportNew: second.counts.new,
        secondImportUnchanged: second.counts.unchanged,
        profilesChecked: lib.size,
        firstImportSeconds: Number((firstMs / 1000).toFixed(1)),
        secondImportSeconds: Number((secondMs / 1000).toFixed(1)),
        filesPerSecond: Math.round((read + FILES) / ((firstMs + secondMs) / 1000)),
      })
    } finally {
      await lib.close()
    }
  })
})
