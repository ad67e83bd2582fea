// The fault matrix: every writer of the services (a library command, an import, a compaction, a migration from
// format 1, creating a library, an export, the settings, taking the lock) is run once with a counting disk to
// list its system calls; then, for each call, the writer runs again from the same folder with that one call
// failing with ENOSPC, EIO and EACCES, and with a power loss right after it (crashDisk's model of what the disk
// keeps). After each, the operation either finished or failed with one line naming the file and the problem (no
// raw `ENOSPC: …, open '…tmp'`, no stack), no temp file is left, and the folder, opened with the real code,
// holds what was acknowledged and nothing else (faultWriters.ts says what that is for each writer).
// Real folders, the real library and lowdb; only the faults go through the Disk seam.
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { recordFigures } from '../../test/reliability/figures'
import { LibraryError } from './library/errors'
import { FaultDisk } from './library/__fixtures__/faultDisk'
import {
  crashImage,
  materialize,
  RecordingDisk,
  seededRandom,
  type CrashVariant,
} from './library/__fixtures__/crashDisk'
import { tree, WRITERS, type Outcome, type Writer } from './__fixtures__/faultWriters'

const CODES = ['ENOSPC', 'EIO', 'EACCES'] as const
const REASON: Record<(typeof CODES)[number], string> = {
  ENOSPC: 'the disk is full',
  EIO: 'input/output error',
  EACCES: 'permission denied',
}
// What a power loss may leave of unsynced writes (see crashDisk.ts): four variants per call, all eight of
// powerLoss.test.ts and more random draws in the soak run (FUZZ_RUNS).
const SOAK = Boolean(process.env.FUZZ_RUNS)
const VARIANTS: CrashVariant[] = [
  { names: 'none', data: 'old' },
  { names: 'all', data: 'new' },
  { names: 'all', data: 'zeros' },
  { names: 'prefix', data: 'mixed' },
  ...(SOAK
    ? ([
        { names: 'all', data: 'old' },
        { names: 'all', data: 'tail' },
        ...Array.from({ length: 6 }, () => ({ names: 'prefix', data: 'mixed' })),
      ] as CrashVariant[])
    : []),
]
const SEED = Number(process.env.CRASH_SEED ?? 0xfa17)

const base = mkdtempSync(join(tmpdir(), 'pc-fault-matrix-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))
let folders = 0
const folder = (): string => {
  const dir = join(base, String(folders++))
  mkdirSync(dir)
  return dir
}

/** A call as a site: its operation and file, without the process id and random part of temp names. */
const site = (call: string, root: string): string =>
  call
    .split(root)
    .join('')
    .replace(/\.\d+\.tmp\b/g, '.PID.tmp')
    .replace(/export-\d+-[^/ ]*/g, 'export-PID-XXXXXX')

/** Temp files a failed operation must not leave (the library's, the settings', an export's folder). */
const temps = (root: string): string[] =>
  Object.keys(tree(root)).filter((rel) => /\.\d+\.tmp$|(^|\/)\.out\.export-[^/]*$/.test(rel))

function plainFailure(error: unknown, root: string, code: (typeof CODES)[number]): string | null {
  if (!(error instanceof LibraryError)) return `not a LibraryError: ${String(error).split('\n')[0]}`
  const m = error.message
  if (m.includes('\n')) return `several lines: ${m}`
  if (!m.startsWith(root)) return `names no file of the operation: ${m}`
  if (!m.includes(REASON[code])) return `does not say "${REASON[code]}": ${m}`
  if (/\b(ENOSPC|EIO|EACCES)\b|injected fault|\.tmp\b/.test(m)) return `raw: ${m}`
  return null
}

interface Figures {
  sites: number
  faults: number
  failed: number
  finished: number
  crashImages: number
  reopened: number
}

async function faultCases(make: () => Writer, failures: string[]): Promise<Figures> {
  const writer = make()
  const template = folder()
  await writer.prepare(template)

  // The calls of the operation, once, on a healthy disk.
  const counting = new FaultDisk()
  const countRoot = folder()
  cpSync(template, countRoot, { recursive: true })
  const started = await writer.start(countRoot, counting)
  const mark = counting.calls.length
  await started.run()
  const calls = counting.calls.slice(mark).map((c) => site(c, countRoot))
  await started.after({ kind: 'done' })

  const figures: Figures = {
    sites: calls.length,
    faults: 0,
    failed: 0,
    finished: 0,
    crashImages: 0,
    reopened: 0,
  }
  for (const [k, call] of calls.entries()) {
    for (const code of CODES) {
      const where = `${writer.name}: ${code} on call ${k} (${call})`
      const root = folder()
      cpSync(template, root, { recursive: true })
      figures.faults += 1
      try {
        const disk = new FaultDisk()
        const running = await writer.start(root, disk)
        disk.failAt(k, code)
        let outcome: Outcome
        try {
          await running.run()
          outcome = { kind: 'done' }
          figures.finished += 1
        } catch (error) {
          outcome = { kind: 'failed', error, call: disk.calls[mark + k] ?? '' }
          figures.failed += 1
          const problem = plainFailure(error, root, code)
          if (problem) failures.push(`${where}: ${problem}`)
        }
        disk.heal()
        await running.after(outcome)
        // Only a failed removal of a temp file may leave it (the next open or export clears it).
        if (!/^(unlink|rm) /.test(call)) {
          const left = temps(root)
          if (left.length > 0) failures.push(`${where}: temp files left: ${left.join(', ')}`)
        }
        await writer.check(root, outcome)
        figures.reopened += 1
      } catch (error) {
        failures.push(`${where}: ${(error as Error).message.split('\n')[0]}`)
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    }
  }

  // A power loss right after each call: record the operation once, then check each distinct image.
  const recordRoot = folder()
  cpSync(template, recordRoot, { recursive: true })
  const recording = new RecordingDisk(recordRoot)
  const recorded = await writer.start(recordRoot, recording)
  const first = recording.steps.length
  await recorded.run()
  const acknowledged = recording.steps.length
  await recorded.after({ kind: 'done' })
  const steps = recording.steps
  const random = seededRandom(SEED)
  const seen = new Set<string>()
  for (let k = first; k <= steps.length; k++) {
    for (const variant of VARIANTS) {
      const image = crashImage(recordRoot, steps, k, variant, random)
      const key = createHash('sha1').update(String(k >= acknowledged))
      for (const [path, content] of image) key.update(`\0${path}\0`).update(content)
      const digest = key.digest('hex')
      if (seen.has(digest)) continue
      seen.add(digest)
      const root = folder()
      materialize(image, root)
      figures.crashImages += 1
      try {
        await writer.check(root, k >= acknowledged ? { kind: 'done' } : { kind: 'in-flight' })
        figures.reopened += 1
      } catch (error) {
        const step = steps[k - 1]
        const what = !step
          ? 'none'
          : 'path' in step
            ? `${step.op} ${relative(recordRoot, step.path)}`
            : step.op === 'rename'
              ? `rename ${relative(recordRoot, step.from)} -> ${relative(recordRoot, step.to)}`
              : step.op
        failures.push(
          `${writer.name}: power loss after step ${k - first}/${steps.length - first} (${what}), ` +
            `${variant.names}/${variant.data}: ${(error as Error).message.split('\n')[0]}`,
        )
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    }
  }
  rmSync(recordRoot, { recursive: true, force: true })
  rmSync(countRoot, { recursive: true, force: true })
  return figures
}

describe('the fault matrix', () => {
  const total: Figures & { writers: number } = {
    writers: 0,
    sites: 0,
    faults: 0,
    failed: 0,
    finished: 0,
    crashImages: 0,
    reopened: 0,
  }
  const failures: string[] = []

  for (const make of WRITERS) {
    it(
      `${make().name}: every call failing, and a power loss after every call`,
      { timeout: 120_000 },
      async () => {
        const before = failures.length
        const figures = await faultCases(make, failures)
        total.writers += 1
        for (const key of Object.keys(figures) as (keyof Figures)[]) total[key] += figures[key]
        console.log(`[fault matrix] ${make().name}: ${JSON.stringify(figures)}`)
        expect(failures.slice(before)).toEqual([])
      },
    )
  }

  afterAll(() => {
    recordFigures('fault-matrix', { ...total, failures: failures.length })
  })
})
