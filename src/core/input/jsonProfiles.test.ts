import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { jsonLinesToProfiles, jsonToProfiles } from './jsonProfiles'

const fixture = readFileSync(new URL('./__fixtures__/profiles.json', import.meta.url), 'utf8')
const wrapped = JSON.parse(fixture) as { profiles: unknown[] }
const [changzhou, , hangzhou] = wrapped.profiles

describe('jsonToProfiles', () => {
  it('returns valid elements and names the index, path and problem of invalid ones', () => {
    const items = jsonToProfiles(fixture)
    expect(items.map((item) => item.index)).toEqual([0, 1, 2, 3])
    expect(items[0]?.profile?.metrics.gdpCity).toMatchObject({ min: 15000, max: 25000, unit: 'USD' })
    expect(items[1]).toEqual({
      index: 1,
      error: 'element 1: metrics.population.value: expected number, received string',
    })
    expect(items[2]?.profile?.status).toBe('in-review')
    expect(items[3]?.error).toMatch(/^element 3: headline: expected string, received undefined; /)
    expect(items[3]?.error).toContain('status: expected one of "draft"|"in-review"|"done"')
  })

  it('accepts an array, a single profile and the { profiles } wrapper', () => {
    expect(jsonToProfiles(JSON.stringify([changzhou, hangzhou])).map((i) => i.profile?.city)).toEqual([
      'Changzhou',
      'Hangzhou',
    ])
    expect(jsonToProfiles(JSON.stringify(hangzhou)).map((i) => i.profile?.city)).toEqual(['Hangzhou'])
  })

  it('fills the defaults of the schema (extraFields) and rejects unknown keys', () => {
    expect(jsonToProfiles(JSON.stringify(changzhou))[0]?.profile?.extraFields).toEqual([])
    expect(jsonToProfiles(JSON.stringify({ ...(changzhou as object), colour: 'red' }))[0]?.error).toBe(
      'element 0: Unrecognized key: "colour"',
    )
  })

  it('reports invalid JSON once, with line and column', () => {
    expect(jsonToProfiles('[\n  {"id": "x",}\n]')).toEqual([
      { index: 0, error: 'invalid JSON at line 2, column 14: Expected double-quoted property name' },
    ])
    expect(jsonToProfiles('[1,')[0]?.error).toMatch(
      /^invalid JSON at line 1, column 4: Unexpected end of JSON input/,
    )
  })

  it('keeps the reason on one line when V8 quotes a long source with its line breaks (found by import fuzzing)', () => {
    const source = ':' + '\n  "profiles": [1]'.repeat(20)
    expect(jsonToProfiles(source)).toEqual([{ index: 0, error: "invalid JSON: Unexpected token ':'" }])
  })

  it('reports empty input and a non-object element', () => {
    expect(jsonToProfiles(' \n')).toEqual([{ index: 0, error: 'empty document: no JSON value' }])
    expect(jsonToProfiles('[42]')[0]?.error).toBe('element 0: expected object, received number')
  })

  it('ignores a BOM', () => {
    expect(jsonToProfiles(`\ufeff${JSON.stringify(changzhou)}`)[0]?.profile?.id).toBe('changzhou-cn')
  })
})

describe('jsonLinesToProfiles', () => {
  it('reads one profile per line and names the line of a bad one', () => {
    const text = [JSON.stringify(changzhou), '', '{"id": ', JSON.stringify(hangzhou), '{}'].join('\n')
    const items = jsonLinesToProfiles(text)
    expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3])
    expect(items[0]?.profile?.id).toBe('changzhou-cn')
    expect(items[1]?.error).toMatch(/^line 3: invalid JSON at line 1, column 8/)
    expect(items[2]?.profile?.id).toBe('hangzhou-cn')
    expect(items[3]?.error).toMatch(/^line 5: id: expected string, received undefined/)
  })

  it('reports an empty document', () => {
    expect(jsonLinesToProfiles('\n\n')).toEqual([{ index: 0, error: 'empty document: no JSON lines' }])
  })
})
