// Process crashes: a child process edits a library in a loop (__fixtures__/editLoop.ts) and is killed with
// SIGKILL at a random moment, several rounds in the same library. After each kill the library must open, and hold
// every acknowledged change (the last acknowledged value of each field the child reported) and at most the one
// command that was in flight. kill -9 keeps the page cache, so this shows process-crash safety, not power loss
// (powerLoss.test.ts covers that). Seeded: CRASH_SEED=<n> reproduces a run.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { seededRandom } from './__fixtures__/crashDisk'
import { tracked, type Line, type Tracked } from './__fixtures__/editModel'
import { LibraryError } from './errors'
import { Library } from './library'

const SEED = Number(process.env.CRASH_SEED ?? 20260711)
const ROUNDS = 8
const here = fileURLToPath(new URL('.', import.meta.url))
const script = join(here, '__fixtures__', 'editLoop.ts')
const repo = resolve(here, '../../..')

interface Round {
  lines: Line[]
  signal: NodeJS.Signals | null
  code: number | null
  stderr: string
}

/** Runs the child and kills it `delay` ms after it reports that the library is open. */
function runChild(dir: string, seed: number, delay: number, compactEvery: number): Promise<Round> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, dir, String(seed), String(compactEvery)],
      {
        cwd: repo,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk
      if (!timer && out.includes('"t":"ready"')) timer = setTimeout(() => child.kill('SIGKILL'), delay)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', fail)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      // Only complete lines were written before the kill; a partial last line was not.
      const lines = out
        .split('\n')
        .slice(0, -1)
        .map((l) => JSON.parse(l) as Line)
      done({ lines, signal, code, stderr })
    })
  })
}

describe('a process killed with SIGKILL at random moments', () => {
  it('leaves a library that opens with every acknowledged edit', { timeout: 55_000 }, async () => {
    const random = seededRandom(SEED)
    const dir = join(mkdtempSync(join(tmpdir(), 'pc-sigkill-')), 'library')
    const model = new Map<string, Tracked>()
    let lastAck = 0
    let acks = 0
    let inFlightKept = 0
    let compactions = 0
    let refusedWhileFresh = false
    const context = (round: number): string => `round ${round}, CRASH_SEED=${SEED}`

    for (let round = 0; round < ROUNDS; round++) {
      const delay = 50 + Math.floor(random() * 551)
      const run = await runChild(dir, Math.floor(random() * 2 ** 31), delay, 5 + Math.floor(random() * 20))
      expect(run.signal, `${context(round)}: the child ended by itself: ${run.stderr}`).toBe('SIGKILL')

      let pending = null as Extract<Line, { t: 'try' | 'ack' }> | null
      for (const line of run.lines) {
        if (line.t === 'mismatch') throw new Error(`${context(round)}: ${JSON.stringify(line)}`)
        if (line.t === 'ready') expect(line.seq, context(round)).toBe(lastAck)
        if (line.t === 'compacted') compactions += 1
        if (line.t === 'try') pending = line
        if (line.t === 'ack') {
          expect(line.seq, context(round)).toBe(lastAck + 1)
          for (const [id, value] of Object.entries(line.expect)) model.set(id, value)
          lastAck = line.seq
          acks += 1
          pending = null
        }
      }

      // The dead child's lock is fresh, and refuses a writer for up to 15 s (proper-lockfile's stale period):
      // age it as waiting that long would. (A reader needs no lock.)
      if (round === 0) {
        refusedWhileFresh = await Library.open(dir).then(
          (l) => l.close().then(() => false),
          (error: unknown) => error instanceof LibraryError && error.code === 'locked',
        )
      }
      const lock = join(dir, '.lock')
      if (existsSync(lock)) utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))
      const lib = await Library.open(dir)
      try {
        expect(lib.seq, `${context(round)}: acknowledged seq ${lastAck}`).toBeGreaterThanOrEqual(lastAck)
        expect(lib.seq, `${context(round)}: at most the command in flight is extra`).toBeLessThanOrEqual(
          lastAck + (pending ? 1 : 0),
        )
        const expected = new Map(model)
        if (lib.seq === lastAck + 1 && pending) {
          // The command in flight reached the journal before the kill: it counts, as a whole.
          inFlightKept += 1
          for (const [id, value] of Object.entries(pending.expect)) expected.set(id, value)
          if (pending.create) {
            const created = [...lib.records()].map((r) => r.id).filter((id) => !model.has(id))
            expect(created, context(round)).toHaveLength(1)
            expected.set(created[0]!, pending.create)
          }
          lastAck = lib.seq
          for (const [id, value] of expected) model.set(id, value)
        }
        const actual = new Map([...lib.records()].map((r) => [r.id, tracked(lib, r.id)]))
        for (const [id, value] of expected) if (value === null) expected.delete(id)
        expect(Object.fromEntries(actual), context(round)).toEqual(Object.fromEntries(expected))
        expect((await lib.history(100_000)).length, context(round)).toBe(lib.seq)
      } finally {
        await lib.close()
      }
    }

    const segments = readdirSync(join(dir, 'history')).length
    const leftovers = [...readdirSync(dir), ...readdirSync(join(dir, 'history'))].filter((f) =>
      f.endsWith('.tmp'),
    ).length
    console.log(
      `SIGKILL: ${ROUNDS} rounds, ${ROUNDS} kills, ${acks} acknowledged edits checked (seq ${lastAck}), ` +
        `${inFlightKept} in-flight commands found durable, ${compactions} explicit compactions, ` +
        `${segments} history segments, ${model.size} profiles tracked, ${leftovers} temp files left by kills; ` +
        `opening for writing right after a kill: ${refusedWhileFresh ? 'refused (lock not yet stale)' : 'allowed'}`,
    )
    expect(acks).toBeGreaterThan(ROUNDS)
    rmSync(dir, { recursive: true, force: true })
  })
})
