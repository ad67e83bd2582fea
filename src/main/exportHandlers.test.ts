// The validation and export channels end to end, through dispatch, on the default library made from the samples.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Channel, Output, Reply } from '../shared/api'
import { dispatch } from './dispatch'
import { createBackend, type Backend } from './handlers'

const SAMPLES = join(__dirname, '../../resources/sample')
const running: Backend[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()))
})

function app(reveal?: (path: string) => Promise<void>) {
  const root = mkdtempSync(join(tmpdir(), 'pc-export-handlers-'))
  cpSync(SAMPLES, join(root, 'sample'), { recursive: true })
  const backend = createBackend({
    userDataDir: join(root, 'data'),
    samplesDir: join(root, 'sample'),
    version: '1.2.3',
    dialogs: { chooseFolder: async () => [join(root, 'out')], chooseFiles: async () => null, reveal },
  })
  running.push(backend)
  const call = (channel: string, payload: unknown): Promise<Reply<unknown>> =>
    dispatch(backend.handlers, channel, payload)
  const ok = async <C extends Channel>(channel: C, payload: unknown): Promise<Output<C>> => {
    const reply = await call(channel, payload)
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`)
    return reply.value as Output<C>
  }
  return { root, call, ok }
}

describe('problems and export channels', () => {
  it('lists problems with counts, and a fix applied through profile:update clears its problem', async () => {
    const a = app()
    const { summaries } = await a.ok('library:summaries', {})
    const wuhan = summaries.find((s) => s.city === 'Wuhan')!
    const link = { label: 'Site', url: 'http://www.wuhan.gov. cn/' }
    await a.ok('profile:update', { id: wuhan.id, set: { links: [link] } })
    const listed = await a.ok('problems:list', {})
    expect(listed.problems.every((p) => p.severity !== 'info')).toBe(true)
    const problem = listed.problems.find((p) => p.profileId === wuhan.id && p.rule === 'invalid-link')!
    expect(problem.field).toBe('links.0.url')
    expect(listed.counts[wuhan.id]).toMatchObject({ error: 1 })
    await a.ok('profile:update', { id: wuhan.id, set: problem.fixes[0]!.set })
    const own = await a.ok('problems:list', { profileId: wuhan.id })
    expect(own.problems.map((p) => p.rule)).not.toContain('invalid-link')
    expect(own.problems.some((p) => p.rule === 'missing-metric')).toBe(true)
    expect(Object.keys(own.counts)).toEqual([wuhan.id])
  })

  it('runs an export as a job, polled to its report, and says when it cannot reveal the folder', async () => {
    const revealed: string[] = []
    const a = app(async (path) => void revealed.push(path))
    const out = join(a.root, 'export')
    let job = await a.ok('export:start', { out, formats: ['csv', 'md'], filter: { status: ['draft'] } })
    while (!job.finished) {
      // As the window polls: a pause between calls, so the export's disk work gets its turn.
      await new Promise((resolve) => setTimeout(resolve, 20))
      job = await a.ok('export:status', { jobId: job.jobId })
    }
    expect(job.error).toBeNull()
    expect(job.report).toMatchObject({ out, profiles: 5 })
    expect(readdirSync(out).sort()).toEqual([
      'contacts.csv',
      'links.csv',
      'markdown',
      'profiles.csv',
      'sections.csv',
    ])
    expect(readFileSync(join(out, 'markdown', 'index.md'), 'utf8')).toMatch(/^# Learning city profiles/)
    expect(await a.ok('export:reveal', { path: out })).toBe(true)
    expect(revealed).toEqual([out])
    expect(await app().ok('export:reveal', { path: out })).toBe(false)
  })

  it('refuses a bad payload naming the field', async () => {
    const a = app()
    const reply = await a.call('export:start', { out: '/tmp/x', formats: ['xml'], filter: {} })
    expect(reply.ok).toBe(false)
    if (!reply.ok)
      expect(reply.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/formats/) })
  })
})
