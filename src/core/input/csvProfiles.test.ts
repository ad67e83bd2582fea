import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { csvToProfiles } from './csvProfiles'

const fixture = readFileSync(new URL('./__fixtures__/profiles.csv', import.meta.url), 'utf8')
const NOW = '2026-11-22T10:00:00.000Z'

describe('csvToProfiles', () => {
  const items = csvToProfiles(fixture, { file: 'profiles.csv', now: NOW })

  it('returns one item per data row, in file order', () => {
    expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('reads commas, doubled quotes and line breaks inside cells', () => {
    expect(items[0]?.profile?.notes).toBe('Notes with a comma, and "quotes"')
    expect(items[1]?.profile?.notes).toBe('Two-line note:\ncheck the population')
  })

  it('builds metrics from their columns, with the catalogue unit and origin source', () => {
    expect(items[0]?.profile?.metrics.gdpCity).toEqual({
      value: null,
      min: 15000,
      max: 25000,
      unit: 'USD',
      year: null,
      raw: 'Between USD 15,000 and USD 25,000',
      origin: 'source',
      evidence: null,
    })
    expect(items[0]?.profile?.metrics.population).toBeNull()
    expect(items[2]?.profile?.metrics.population).toMatchObject({
      value: 9_000_000,
      year: 2015,
      unit: 'people',
    })
  })

  it('derives a stable id from the row when the id cell is empty', () => {
    const id = items[1]?.profile?.id
    expect(id).toMatch(/^[0-9a-f]{16}$/)
    expect(csvToProfiles(fixture, { now: '2030-01-01T00:00:00Z' })[1]?.profile?.id).toBe(id)
  })

  it('keeps unknown columns as extra fields and fills defaults', () => {
    const profile = items[0]?.profile
    expect(profile?.extraFields).toEqual([{ label: 'region', value: 'Jiangsu' }])
    expect(profile?.source).toEqual({ file: 'profiles.csv', layout: 'csv', sha256: null, importedAt: NOW })
    expect(profile?.createdAt).toBe(NOW)
    expect(items[1]?.profile?.unassigned).toEqual(['Cheng Mr Yongwen'])
  })

  it('names the row (the header is row 1) and the column of each problem', () => {
    expect(items[3]).toEqual({ index: 3, error: 'row 5: population: not a number: "about 1.1 million"' })
    expect(items[4]).toEqual({
      index: 4,
      error: 'row 6: wrong number of cells: 3 instead of 16 (line 7 of the file)',
    })
    expect(items[5]?.error).toBe(
      'row 7: gdpCity: the band is reversed: min is greater than max; status: expected one of "draft"|"in-review"|"done"',
    )
  })

  it('reports an unclosed quote on its row and keeps the rows before it', () => {
    const result = csvToProfiles('city,country\nA,B\n"C,D\n', { now: NOW })
    expect(result[0]?.profile?.city).toBe('A')
    expect(result[1]?.error).toMatch(/^row 3: Quote Not Closed/)
  })

  it('requires city and country', () => {
    expect(csvToProfiles('city,country,notes\n,,x\n', { now: NOW })[0]?.error).toBe(
      'row 2: city: required; country: required',
    )
  })

  it('reads semicolon-separated files, a BOM and CRLF line ends', () => {
    const result = csvToProfiles('\ufeffCity;Country;Population\r\nKraków;Poland;"779 115"\r\n', { now: NOW })
    expect(result[0]?.profile).toMatchObject({ city: 'Kraków', country: 'Poland' })
    expect(result[0]?.profile?.metrics.population?.value).toBe(779_115)
  })

  it('reports empty input and a header without rows', () => {
    expect(csvToProfiles('')[0]?.error).toBe('empty document: no header row')
    expect(csvToProfiles('city,country\n')[0]?.error).toBe('no rows: the file has a header but no profiles')
  })
})
