// The fill channels through dispatch, on real temp folders made from the samples (the seeds).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Channel, Output } from '../shared/api'
import { dispatch } from './dispatch'
import { createBackend, type Backend } from './handlers'

const SAMPLES = join(__dirname, '../../resources/sample')
const running: Backend[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()))
})

function app() {
  const root = mkdtempSync(join(tmpdir(), 'pc-fill-handlers-'))
  cpSync(SAMPLES, join(root, 'sample'), { recursive: true })
  const asked: string[] = []
  let answer: string[] | null = null
  const backend = createBackend({
    userDataDir: join(root, 'data'),
    samplesDir: join(root, 'sample'),
    version: '1.2.3',
    dialogs: {
      chooseFolder: async () => answer,
      chooseFiles: async (purpose) => (asked.push(purpose ?? 'files'), answer),
    },
  })
  running.push(backend)
  const call = (channel: string, payload: unknown) => dispatch(backend.handlers, channel, payload)
  const ok = async <C extends Channel>(channel: C, payload: unknown): Promise<Output<C>> => {
    const reply = await call(channel, payload)
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`)
    return reply.value as Output<C>
  }
  return { root, asked, call, ok, answer: (paths: string[] | null) => void (answer = paths) }
}

describe('the fill channels', () => {
  it('lists the suggestions of the library, accepts one and rejects another, each undoable', async () => {
    const a = app()
    const { suggestions } = await a.ok('suggestions:list', {})
    expect(suggestions.map((s) => `${s.city} ${s.metric}`)).toEqual([
      'Changzhou memberSince',
      'Hangzhou population',
      'Hangzhou yearsOfSchooling',
    ])
    const [member, population] = suggestions
    const accepted = await a.ok('suggestions:accept', {
      items: [{ profileId: population!.profileId, key: population!.key }],
    })
    expect(accepted.info.undo).toBe('Fill Hangzhou: Population (suggestion)')
    const rejected = await a.ok('suggestions:reject', {
      items: [{ profileId: member!.profileId, key: member!.key }],
    })
    expect(rejected.info.undo).toBe('Reject a suggestion for Changzhou')
    expect((await a.ok('suggestions:list', {})).suggestions.map((s) => s.metric)).toEqual([
      'yearsOfSchooling',
    ])
    const coverage = (await a.ok('completeness:get', {})).rows.find((r) => r.metric === 'population')!
    expect(coverage).toMatchObject({ total: 5, missing: 4, byOrigin: { suggested: 1 } })
    await a.ok('history:undo', {})
    expect((await a.ok('suggestions:list', {})).suggestions).toHaveLength(2)
    const stale = await a.call('suggestions:accept', {
      items: [{ profileId: population!.profileId, key: population!.key }],
    })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const bad = await a.call('suggestions:accept', { items: [] })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('chooses a table, previews it with a mapping, and applies exactly what was previewed', async () => {
    const a = app()
    const table = join(a.root, 'cities.csv')
    writeFileSync(
      table,
      'Place,Country,Population (2019),Source\nHangzhou,China,"10,360,000",NBS\nWUHAN,China,11.2 million,\nNowhere,,1,\n',
    )
    a.answer([table])
    expect(await a.ok('fill:chooseTable', {})).toBe(table)
    expect(a.asked).toEqual(['reference-table'])

    const input = { path: table, overwrite: false, replaceManual: false, mapping: {} }
    const unmapped = await a.ok('fill:plan', input)
    expect(unmapped.problems).toEqual(['no city column (name one with --map COLUMN=city)'])
    expect(unmapped.roles).toEqual([null, 'country', 'population', 'source'])
    const mapped = { ...input, mapping: { Place: 'city' } }
    const preview = await a.ok('fill:plan', mapped)
    expect(preview.plan.fills.map((f) => `${f.city} ${f.after.value} ${f.after.evidence}`)).toEqual([
      'Hangzhou 10360000 cities.csv row 2; NBS',
      'Wuhan 11200000 cities.csv row 3',
    ])
    expect(preview.plan.unmatched.map((u) => u.row)).toEqual([4])

    writeFileSync(table, 'Place,Country,Population\nHangzhou,China,1\n')
    const changed = await a.call('fill:apply', { ...mapped, token: preview.token })
    expect(changed).toMatchObject({ ok: false, error: { code: 'conflict' } })
    writeFileSync(
      table,
      'Place,Country,Population (2019),Source\nHangzhou,China,"10,360,000",NBS\nWUHAN,China,11.2 million,\nNowhere,,1,\n',
    )
    const applied = await a.ok('fill:apply', { ...mapped, token: preview.token })
    expect(applied.info.undo).toBe('Fill 2 metrics of 2 profiles from cities.csv')
    const coverage = (await a.ok('completeness:get', {})).rows.find((r) => r.metric === 'population')!
    expect(coverage.byOrigin.reference).toBe(2)
  })
})
