// The handler map end to end, as the window reaches it: through dispatch (which validates every payload), on
// real temp folders, with the real services and a dialog stand-in. An invalid payload is answered with
// invalid_input naming the field, and leaves the library's files byte for byte as they were.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Library } from '../services/library/library'
import { CHANNELS, type Channel, type Output, type Reply } from '../shared/api'
import { dispatch } from './dispatch'
import { createBackend, type Backend } from './handlers'

const SAMPLES = join(__dirname, '../../resources/sample')
const running: Array<{ close: () => Promise<void> }> = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()))
})

interface App {
  root: string
  backend: Backend
  answer: { paths: string[] | null; asked: string[] }
  call: (channel: string, payload: unknown) => Promise<Reply<unknown>>
  ok: <C extends Channel>(channel: C, payload: unknown) => Promise<Output<C>>
}

function app(): App {
  const root = mkdtempSync(join(tmpdir(), 'pc-handlers-'))
  cpSync(SAMPLES, join(root, 'sample'), { recursive: true })
  const answer: App['answer'] = { paths: null, asked: [] }
  const backend = createBackend({
    userDataDir: join(root, 'data'),
    samplesDir: join(root, 'sample'),
    version: '1.2.3',
    dialogs: {
      chooseFolder: async (purpose) => (answer.asked.push(purpose), answer.paths),
      chooseFiles: async () => (answer.asked.push('files'), answer.paths),
    },
  })
  running.push(backend)
  const call = (channel: string, payload: unknown) => dispatch(backend.handlers, channel, payload)
  const ok = async <C extends Channel>(channel: C, payload: unknown): Promise<Output<C>> => {
    const reply = await call(channel, payload)
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`)
    return reply.value as Output<C>
  }
  return { root, backend, answer, call, ok }
}

/** Every file of a folder and its bytes, to prove nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name)
      if (name === '.lock') continue
      if (statSync(path).isDirectory()) walk(path)
      else out[path] = readFileSync(path).toString('base64')
    }
  }
  walk(dir)
  return out
}

const changzhou = async (a: App) =>
  (await a.ok('library:summaries', {})).summaries.find((s) => s.city === 'Changzhou')!

describe('the handler map through dispatch', () => {
  it('answers every channel of the contract', () => {
    const a = app()
    expect(Object.keys(a.backend.handlers).sort()).toEqual([...CHANNELS].sort())
  })

  it('starts on the default library made from the samples, and shows a profile with its source document', async () => {
    const a = app()
    const info = await a.ok('library:info', {})
    expect(info).toMatchObject({ name: 'library', isDefault: true, readOnly: null })
    const { summaries, seq } = await a.ok('library:summaries', {})
    expect(seq).toBe(info.seq)
    expect(summaries.map((s) => s.city).sort()).toEqual([
      'Beijing',
      'Changzhou',
      'Hangzhou',
      'Shenzhen',
      'Wuhan',
    ])
    const view = await a.ok('profile:get', { id: (await changzhou(a)).id })
    expect(view.record.profile.city).toBe('Changzhou')
    expect(view.source).toMatchObject({ file: '000_2c045724fbe130aa.txt' })
    expect(view.source!.lines.some((l) => l.includes('Changzhou'))).toBe(true)
    expect(view.source!.trace.some((t) => t.to === 'headline')).toBe(true)
    expect(await a.ok('app:info', {})).toEqual({ name: 'Profile Curator', version: '1.2.3', runtime: 'node' })
  })

  it('edits, undoes and redoes, answering the new state each time', async () => {
    const a = app()
    const { id } = await changzhou(a)
    const before = await a.ok('library:info', {})
    const edited = await a.ok('profile:update', { id, set: { headline: 'A city of xylophones' } })
    expect(edited.record.profile.headline).toBe('A city of xylophones')
    expect(edited.record.edited).toEqual(['headline'])
    expect(edited.changed).toEqual([id])
    expect(edited.info).toMatchObject({ seq: before.seq + 1, undo: 'Edit Changzhou: headline', redo: null })
    expect((await a.ok('library:search', { query: 'xylophones' })).hits.map((h) => h.id)).toEqual([id])

    const undone = await a.ok('history:undo', {})
    expect(undone.info).toMatchObject({ seq: before.seq + 2, redo: 'Edit Changzhou: headline' })
    expect((await a.ok('profile:get', { id })).record.profile.headline).not.toBe('A city of xylophones')
    expect(await a.ok('library:search', { query: 'xylophones' })).toEqual({ hits: [], complete: true })
    const redone = await a.ok('history:redo', {})
    expect(redone.info.undo).toBe('Edit Changzhou: headline')
    const history = await a.ok('history:list', { limit: 3 })
    expect(history.map((h) => h.kind)).toEqual(['redo', 'undo', 'do'])

    const status = await a.ok('profiles:setStatus', { ids: [id], status: 'done' })
    expect(status.info.undo).toBe('Set Changzhou to done')
    const deleted = await a.ok('profiles:delete', { ids: [id] })
    expect(deleted.changed).toEqual([id])
    const found = async () => (await a.ok('library:search', { query: 'changzhou' })).hits.map((h) => h.id)
    expect(await found()).not.toContain(id)
    await a.ok('profiles:restore', { ids: [id] })
    expect((await found())[0]).toBe(id)
  })

  it('answers an invalid payload with invalid_input naming the field, and writes nothing', async () => {
    const a = app()
    const { id } = await changzhou(a)
    const { dir } = await a.ok('library:info', {})
    const before = snapshot(dir)
    const cases: Array<[string, unknown, RegExp]> = [
      ['profile:update', { id, set: { headline: 42 } }, /headline/],
      ['profile:update', { id, set: { city: null } }, /city/],
      ['profile:update', { id, set: { 'metrics.population': { value: 5 } } }, /metrics\.population/],
      ['profile:update', { id, set: { nope: 1 } }, /set/],
      ['profile:update', { id: '', set: {} }, /id/],
      ['profile:update', { id, set: {}, extra: true }, /extra/],
      ['profile:update', null, /profile:update/],
      ['profiles:setStatus', { ids: [id], status: 'finished' }, /status/],
      ['profiles:delete', { ids: [] }, /ids/],
      ['profiles:restore', { ids: 'p-000001' }, /ids/],
      ['library:search', { query: 5 }, /query/],
      ['history:list', { limit: -1 }, /limit/],
      ['import:start', { paths: [] }, /paths/],
      ['import:start', { paths: ['x'], onConflict: 'overwrite' }, /onConflict/],
      ['settings:set', { theme: 'purple' }, /theme/],
      ['library:choose', { purpose: 'anything' }, /purpose/],
    ]
    for (const [channel, payload, field] of cases) {
      const reply = await a.call(channel, payload)
      expect(reply, `${channel} ${JSON.stringify(payload)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      })
      if (!reply.ok) expect(reply.error.message, channel).toMatch(field)
    }
    expect(snapshot(dir)).toEqual(before)
    expect(await a.call('library:drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
  })

  it('maps the library’s refusals to their codes', async () => {
    const a = app()
    expect(await a.call('profile:get', { id: 'p-999999' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    expect(await a.call('profile:update', { id: 'p-999999', set: { notes: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'no profile with id p-999999' },
    })
    expect(await a.call('history:redo', {})).toMatchObject({ ok: false, error: { code: 'nothing_to_redo' } })
    expect(await a.call('import:status', { jobId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    const full = join(a.root, 'full')
    mkdirSync(full)
    writeFileSync(join(full, 'mine.txt'), 'not a library')
    expect(await a.call('library:open', { dir: full })).toMatchObject({
      ok: false,
      error: { code: 'not_a_library' },
    })
    expect(await a.call('library:create', { dir: full })).toMatchObject({
      ok: false,
      error: { code: 'not_a_library' },
    })
  })

  it('opens a library another process holds read-only, and refuses changes with read_only', async () => {
    const a = app()
    const dir = join(a.root, 'held')
    const holder = await Library.open(dir, { create: true })
    running.push(holder)
    const info = await a.ok('library:open', { dir })
    expect(info.readOnly).toMatch(/another window or command/)
    expect(await a.call('history:undo', {})).toMatchObject({ ok: false, error: { code: 'read_only' } })
    expect(await a.call('import:start', { paths: [join(a.root, 'sample')] })).toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    })
  })

  it('chooses through the host’s dialogs, creates and opens libraries, and keeps the recent list', async () => {
    const a = app()
    expect(await a.ok('library:choose', { purpose: 'open-library' })).toBeNull()
    a.answer.paths = [join(a.root, 'mine')]
    const [dir] = (await a.ok('library:choose', { purpose: 'new-library' }))!
    expect(await a.ok('library:choose', { purpose: 'import-files' })).toEqual([dir])
    expect(a.answer.asked).toEqual(['open-library', 'new-library', 'files'])
    const created = await a.ok('library:create', { dir })
    expect(created).toMatchObject({ dir, name: 'mine', isDefault: false, seq: 0, undo: null })
    expect((await a.ok('library:summaries', {})).summaries).toEqual([])
    const back = await a.ok('library:open', { dir: join(a.root, 'data', 'library') })
    expect(back.isDefault).toBe(true)
    expect(back.recent).toEqual([join(a.root, 'data', 'library'), dir])
  })

  it('imports in the background, and answers the new state when it has finished', async () => {
    const a = app()
    const { dir } = await a.ok('library:create', { dir: join(a.root, 'fresh') })
    const job = await a.ok('import:start', { paths: [join(a.root, 'sample')] })
    expect(job).toMatchObject({ finished: false, info: null })
    expect(await a.call('import:start', { paths: [join(a.root, 'sample')] })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already running/) },
    })
    let status = job
    while (!status.finished) {
      // As the window polls: between two calls the import goes on (a loop of resolved promises would starve it).
      await new Promise((resolve) => setTimeout(resolve, 5))
      status = await a.ok('import:status', { jobId: job.jobId })
    }
    expect(status.report).toMatchObject({ cancelled: false, counts: { new: 5 } })
    expect(status.info).toMatchObject({ dir, seq: 1, undo: 'Import 5 profiles' })
    expect((await a.ok('library:search', { query: 'wuhan' })).hits.length).toBe(1)
    const cancelled = await a.ok('import:cancel', { jobId: job.jobId })
    expect(cancelled.finished).toBe(true)
  })

  it('keeps the theme in the settings', async () => {
    const a = app()
    expect(await a.ok('settings:get', {})).toEqual({ theme: 'auto' })
    expect(await a.ok('settings:set', { theme: 'dark' })).toEqual({ theme: 'dark' })
    await a.backend.close()
    const settings = JSON.parse(readFileSync(join(a.root, 'data', 'settings.json'), 'utf8'))
    expect(settings.theme).toBe('dark')
  })
})
