// Every IPC channel fed generated invalid payloads, through dispatch with the real backend on a real library (the
// default one, made from the samples): each answers a typed error that names the channel and the problem, never
// `internal`, and the library's files stay byte for byte as they were (hashed before and after). Edits the schema
// lets through but the model refuses (unknown ids, wrong field values) are fuzzed too: refused ones change nothing.
// FUZZ_RUNS raises the number of cases (npm run test:soak); the figures are written for docs/reliability.md.
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { FIELD_PATHS } from '../core/library/fields'
import { CHANNELS, ERROR_CODES, inputSchemas, type Channel, type Reply } from '../shared/api'
import { recordFigures } from '../../test/reliability/figures'
import { folderHash } from '../../test/reliability/folderHash'
import { dispatch } from './dispatch'
import { createBackend } from './handlers'

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 40)
const SAMPLES = join(__dirname, '../../resources/sample')

const root = mkdtempSync(join(tmpdir(), 'pc-ipc-fuzz-'))
cpSync(SAMPLES, join(root, 'sample'), { recursive: true })
const backend = createBackend({
  userDataDir: join(root, 'data'),
  samplesDir: join(root, 'sample'),
  version: '0.0.0',
  dialogs: { chooseFolder: async () => null, chooseFiles: async () => null },
})
const call = (channel: string, payload: unknown) => dispatch(backend.handlers, channel, payload)
const figures = { channels: 0, invalidPayloads: 0, refusedEdits: 0, acceptedEdits: 0 }
afterAll(async () => {
  await backend.close()
  recordFigures('ipc-fuzz', { runs: RUNS, ...figures })
})

async function libraryDir(): Promise<string> {
  const reply = await call('library:info', {})
  if (!reply.ok) throw new Error(reply.error.message)
  return (reply.value as { dir: string }).dir
}

function expectTypedError(reply: Reply<unknown>, channel: string): string {
  expect(reply.ok, `${channel} accepted it`).toBe(false)
  if (reply.ok) return ''
  expect(ERROR_CODES).toContain(reply.error.code)
  expect(reply.error.code, reply.error.message).not.toBe('internal')
  expect(reply.error.message).not.toMatch(/\n/)
  expect(reply.error.message.length).toBeGreaterThan(channel.length)
  return reply.error.message
}

/** Values of every JSON-ish kind, and the nasty ones: prototype keys, huge strings, deep nesting. */
const anyValue = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
  fc.constantFrom(
    undefined,
    null,
    NaN,
    -0,
    Infinity,
    '',
    'x'.repeat(100_000),
    { __proto__: { dir: '/' } },
    JSON.parse('{"__proto__": {"polluted": true}}'),
    [[[[[[[[[[]]]]]]]]]],
    () => 1,
    Symbol('s'),
  ),
)

function invalidPayload(channel: Channel): fc.Arbitrary<unknown> {
  const schema = inputSchemas[channel]
  const keys = Object.keys(schema.shape)
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.string()
  return fc
    .oneof(
      anyValue,
      // Known keys with values of any kind, plus sometimes a key the contract does not have.
      fc
        .tuple(fc.dictionary(key, anyValue, { maxKeys: 4 }), fc.option(fc.string({ minLength: 1 })))
        .map(([object, extra]) => (extra ? { ...object, [`${extra}_x`]: 1 } : object)),
    )
    .filter((payload) => !schema.safeParse(payload).success)
}

describe('every IPC channel, fed invalid payloads', () => {
  it('has a schema for each channel it fuzzes', () => {
    expect(CHANNELS.length).toBeGreaterThan(20)
  })

  for (const channel of CHANNELS) {
    it(`${channel}: invalid_input naming the problem, and the library unchanged`, async () => {
      const dir = await libraryDir()
      const before = folderHash(dir)
      await fc.assert(
        fc.asyncProperty(invalidPayload(channel), async (payload) => {
          const reply = await call(channel, payload)
          const message = expectTypedError(reply, channel)
          expect(reply.ok || reply.error.code).toBe('invalid_input')
          expect(message.startsWith(`${channel}: `)).toBe(true)
          // It names where the problem is: a field of the payload, or the payload as a whole.
          const issues = inputSchemas[channel].safeParse(payload).error!.issues
          expect(message).toContain(`${issues[0]!.path.join('.') || 'input'}: `)
          figures.invalidPayloads++
        }),
        { numRuns: RUNS },
      )
      expect(folderHash(dir)).toBe(before)
      figures.channels++
    })
  }

  it('answers an unknown channel with unknown_channel', async () => {
    for (const channel of ['', 'library:drop', '__proto__', 'constructor', 'toString', 42, null]) {
      const reply = await call(channel as string, {})
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    }
  })
})

describe('edits the schema lets through and the library refuses', () => {
  const id = fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('../../etc', 'p-000000', '__proto__', ' '))

  it('unknown profile ids: not_found on every profile channel, nothing written', async () => {
    const dir = await libraryDir()
    const before = folderHash(dir)
    const known = new Set(
      (
        (await call('library:summaries', {})) as { value: { summaries: Array<{ id: string }> } }
      ).value.summaries.map((s) => s.id),
    )
    await fc.assert(
      fc.asyncProperty(
        id.filter((i) => !known.has(i)),
        fc.constantFrom(
          'profile:get',
          'profile:update',
          'profiles:setStatus',
          'profiles:delete',
          'profiles:restore',
        ),
        async (unknown, channel) => {
          const payload =
            channel === 'profile:get'
              ? { id: unknown }
              : channel === 'profile:update'
                ? { id: unknown, set: { notes: 'x' } }
                : channel === 'profiles:setStatus'
                  ? { ids: [unknown], status: 'done' }
                  : { ids: [unknown] }
          const reply = await call(channel, payload)
          expectTypedError(reply, channel)
          expect(reply.ok || reply.error.code).toBe('not_found')
          figures.refusedEdits++
        },
      ),
      { numRuns: RUNS * 2 },
    )
    expect(folderHash(dir)).toBe(before)
  })

  it('any value for any field of a real profile: refused with the field named and nothing written, or saved', async () => {
    const dir = await libraryDir()
    const summaries = (
      (await call('library:summaries', {})) as { value: { summaries: Array<{ id: string }> } }
    ).value.summaries
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...summaries.map((s) => s.id)),
        fc.constantFrom(...FIELD_PATHS),
        fc.oneof(anyValue, fc.string(), fc.record({ value: anyValue, unit: fc.string() })),
        async (profileId, field, value) => {
          const before = folderHash(dir)
          const reply = await call('profile:update', { id: profileId, set: { [field]: value } })
          if (reply.ok) {
            figures.acceptedEdits++
            return
          }
          const message = expectTypedError(reply, 'profile:update')
          expect(reply.error.code).toBe('invalid_input')
          // The message names the field (`metrics.population`, `city`…) or its last part.
          expect(message).toContain(field.split('.').at(-1)!)
          expect(folderHash(dir)).toBe(before)
          figures.refusedEdits++
        },
      ),
      { numRuns: RUNS * 2 },
    )
  })
})
