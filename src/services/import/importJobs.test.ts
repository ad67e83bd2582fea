// Background imports on a real library: progress while it runs, the report when it ends, a cancel that keeps
// what was imported, one import at a time.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Library } from '../library/library'
import { ImportJobs, type ImportJobState } from './importJobs'

const SAMPLE = join(__dirname, '../../../resources/sample/000_2c045724fbe130aa.txt')
const libs: Library[] = []
afterEach(async () => {
  await Promise.all(libs.splice(0).map((l) => l.close()))
})

/** A folder of `n` profiles of different cities, and a library to import them into. */
async function setup(n: number): Promise<{ folder: string; lib: Library }> {
  const root = mkdtempSync(join(tmpdir(), 'pc-jobs-'))
  const folder = join(root, 'inbox')
  mkdirSync(folder)
  const text = readFileSync(SAMPLE, 'utf8')
  for (let i = 0; i < n; i++) {
    writeFileSync(
      join(folder, `${String(i).padStart(3, '0')}.txt`),
      text.replaceAll('Changzhou', `Testcity${i}`),
    )
  }
  const lib = await Library.open(join(root, 'library'), { create: true })
  libs.push(lib)
  return { folder, lib }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

async function until(jobs: ImportJobs, jobId: string, ok: (s: ImportJobState) => boolean) {
  const seen: ImportJobState[] = []
  for (;;) {
    const state = jobs.status(jobId)
    seen.push(state)
    if (ok(state)) return seen
    await tick()
  }
}

describe('ImportJobs', () => {
  it('reports progress while it runs, and the report when it has finished', async () => {
    const { folder, lib } = await setup(40)
    const jobs = new ImportJobs()
    const started = jobs.start(lib, [folder])
    expect(started).toMatchObject({ finished: false, report: null, error: null })
    const seen = await until(jobs, started.jobId, (s) => s.finished)
    const running = seen.filter((s) => !s.finished && s.total === 40 && s.done > 0)
    expect(running.length).toBeGreaterThan(0)
    expect(running.every((s) => s.file.startsWith(folder))).toBe(true)
    const dones = seen.map((s) => s.done)
    expect(dones).toEqual([...dones].sort((a, b) => a - b))
    const last = seen.at(-1)!
    expect(last).toMatchObject({ finished: true, done: 40, total: 40, file: '', error: null })
    expect(last.report).toMatchObject({ cancelled: false, counts: { new: 40 } })
    expect(lib.size).toBe(40)
  })

  it('stops at a cancel, keeps what was imported, and says it was cancelled', async () => {
    const { folder, lib } = await setup(60)
    const jobs = new ImportJobs()
    const { jobId } = jobs.start(lib, [folder])
    await until(jobs, jobId, (s) => s.done >= 3)
    const cancelled = await jobs.cancel(jobId)
    expect(cancelled.finished).toBe(true)
    expect(cancelled.report!.cancelled).toBe(true)
    const imported = cancelled.report!.counts.new
    expect(imported).toBeGreaterThanOrEqual(3)
    expect(imported).toBeLessThan(60)
    expect(lib.size).toBe(imported)
    // The cancelled import is one step back in the history, like any other.
    await lib.undo()
    expect(lib.size).toBe(0)
  })

  it('runs one import at a time per library, with a clear message for a second', async () => {
    const { folder, lib } = await setup(20)
    const other = await setup(1)
    const jobs = new ImportJobs()
    const first = jobs.start(lib, [folder])
    expect(() => jobs.start(lib, [folder])).toThrow(/an import is already running in this library/)
    // Another library is another matter.
    const beside = jobs.start(other.lib, [other.folder])
    await until(jobs, beside.jobId, (s) => s.finished)
    await until(jobs, first.jobId, (s) => s.finished)
    // Once it has finished, the next may start.
    const next = jobs.start(lib, [folder])
    const [last] = (await until(jobs, next.jobId, (s) => s.finished)).slice(-1)
    expect(last!.report!.counts.unchanged).toBe(20)
  })

  it('refuses a read-only library and an unknown job', async () => {
    const { folder, lib } = await setup(1)
    const reader = await Library.open(lib.paths.dir, { readOnly: true })
    libs.push(reader)
    const jobs = new ImportJobs()
    expect(() => jobs.start(reader, [folder])).toThrow(expect.objectContaining({ code: 'read-only' }))
    expect(() => jobs.status('nope')).toThrow(expect.objectContaining({ code: 'not-found' }))
  })

  it('reports a failure of the import itself as the job error', async () => {
    const { folder, lib } = await setup(3)
    const jobs = new ImportJobs()
    await lib.close()
    const { jobId } = jobs.start(lib, [folder])
    const [last] = (await until(jobs, jobId, (s) => s.finished)).slice(-1)
    expect(last).toMatchObject({ finished: true, report: null })
    expect(last!.error).toMatch(/read-only/)
  })

  it('cancelAll stops the imports into a library before it closes', async () => {
    const { folder, lib } = await setup(60)
    const jobs = new ImportJobs()
    const { jobId } = jobs.start(lib, [folder])
    await until(jobs, jobId, (s) => s.done >= 1)
    await jobs.cancelAll(lib)
    expect(jobs.status(jobId)).toMatchObject({ finished: true, report: { cancelled: true } })
  })
})
