// Disk faults as the window meets them: through dispatch, on real temp folders with the real services, a disk
// that fails some writes (faultDisk.ts). Each failing request is answered `io` with the service's one-line
// message naming the file and the problem (never `internal`, never a raw system error), and the next request
// after the disk recovers works. The writers themselves are tried call by call in faultMatrix.test.ts.
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FaultDisk, WRITE_FLAGS } from '../services/library/__fixtures__/faultDisk'
import { Library } from '../services/library/library'
import type { Channel, Output, Reply } from '../shared/api'
import { dispatch } from './dispatch'
import { createBackend } from './handlers'

const SAMPLES = join(__dirname, '../../resources/sample')
const running: Array<{ close: () => Promise<void> }> = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close().catch(() => undefined)))
})

function app() {
  const root = mkdtempSync(join(tmpdir(), 'pc-ipc-faults-'))
  cpSync(SAMPLES, join(root, 'sample'), { recursive: true })
  const disk = new FaultDisk()
  const backend = createBackend({
    userDataDir: join(root, 'data'),
    samplesDir: join(root, 'sample'),
    version: '1.2.3',
    dialogs: { chooseFolder: async () => null, chooseFiles: async () => null },
    disk,
  })
  running.push(backend)
  const call = (channel: Channel, payload: unknown) => dispatch(backend.handlers, channel, payload)
  const ok = async <C extends Channel>(channel: C, payload: unknown): Promise<Output<C>> => {
    const reply = await call(channel, payload)
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`)
    return reply.value as Output<C>
  }
  return { root, disk, call, ok }
}

function expectIo(reply: Reply<unknown>, message: string): void {
  expect(reply).toEqual({ ok: false, error: { code: 'io', message } })
}

describe('disk faults through the window API', () => {
  it('a command, the settings and a new library fail in one line naming the file; the app goes on', async () => {
    const { root, disk, call, ok } = app()
    const info = await ok('library:info', {})
    const journal = join(info.dir, 'journal.jsonl')

    disk.inject({ op: 'write', path: /journal\.jsonl$/, code: 'ENOSPC', times: 1 })
    expectIo(
      await call('profiles:setStatus', { ids: ['p-000001'], status: 'done' }),
      `${journal}: the disk is full`,
    )
    expect((await ok('library:info', {})).seq).toBe(info.seq)
    await ok('profiles:setStatus', { ids: ['p-000001'], status: 'done' })
    expect((await ok('library:info', {})).seq).toBe(info.seq + 1)

    disk.inject({ op: 'sync', path: /settings\.json\.\d+\.tmp$/, code: 'EIO', times: 1 })
    expectIo(
      await call('settings:set', { theme: 'dark' }),
      `${join(root, 'data', 'settings.json')}: input/output error`,
    )
    expect(await ok('settings:set', { theme: 'dark' })).toEqual({ theme: 'dark' })

    const elsewhere = join(root, 'new-library')
    disk.inject({ op: 'mkdir', path: /new-library$/, code: 'EACCES', times: 1 })
    expectIo(await call('library:create', { dir: elsewhere }), `${elsewhere}: permission denied`)
    // The library the curator had stays open.
    expect((await ok('library:info', {})).dir).toBe(info.dir)
  })

  it('a library on a read-only disk opens read-only with the reason for the banner', async () => {
    const { root, disk, ok } = app()
    const dir = join(root, 'on-a-cd')
    await (await Library.open(dir, { create: true })).close()
    const under = new RegExp(`^${dir}`)
    disk.inject(
      { op: 'open', path: under, flags: WRITE_FLAGS, code: 'EROFS' },
      { op: 'mkdir', path: under, code: 'EROFS' },
    )
    const info = await ok('library:open', { dir })
    expect(info).toMatchObject({
      dir,
      readOnly: `${dir} cannot be changed (the disk is read-only); it is open read-only`,
    })
  })
})
