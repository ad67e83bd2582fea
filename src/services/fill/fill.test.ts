// Accepting, rejecting and filling on a real library folder: each is one undoable command, a rejection is
// remembered across restarts and compactions, and a reference table fills with its report and evidence.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeProfile } from '../../core/library/testProfile'
import type { Metric } from '../../core/model'
import { Library } from '../library/library'
import { applyTablePlan, planTableFill } from './referenceTable'
import {
  acceptSuggestions,
  librarySuggestions,
  librarySuggestionsInSlices,
  rejectSuggestions,
} from './suggestions'

const open: Library[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()))
})
async function openLib(dir: string): Promise<Library> {
  const lib = await Library.open(dir, { create: true })
  open.push(lib)
  return lib
}
async function reopen(lib: Library): Promise<Library> {
  await lib.close()
  open.splice(open.indexOf(lib), 1)
  return openLib(lib.paths.dir)
}

const NARRATIVE = [
  'Cork has a population of 210,000 in 2016.',
  'Adults average 11.2 years of schooling.',
  'The city covers an area of 187 km².',
].join(' ')

const manual: Metric = {
  value: 200_000,
  min: null,
  max: null,
  unit: 'people',
  year: null,
  raw: '200000',
  origin: 'manual',
  evidence: null,
}

async function library(): Promise<Library> {
  const lib = await openLib(join(mkdtempSync(join(tmpdir(), 'pc-fill-')), 'lib'))
  await lib.apply({
    type: 'create',
    profiles: [
      makeProfile({
        city: 'Cork',
        country: 'Ireland',
        sections: [{ id: 's1', heading: null, body: NARRATIVE }],
      }),
      makeProfile({ city: 'Seoul', country: 'Republic of Korea' }),
      makeProfile({ city: 'Abidjan', country: 'Côte d’Ivoire' }),
      makeProfile({
        city: 'London',
        country: 'United Kingdom of Great Britain and Northern Ireland',
        metrics: { population: manual },
      }),
      makeProfile({ city: 'Springfield', country: 'United States' }),
      makeProfile({ city: 'Springfield', country: 'United States of America' }),
    ],
  })
  return lib
}

describe('the review queue read in slices for the app', () => {
  it('finds exactly what the one-pass read finds', async () => {
    const lib = await library()
    const sliced = await librarySuggestionsInSlices(lib)
    expect(sliced).toEqual(librarySuggestions(lib))
    expect(sliced.suggestions.length).toBeGreaterThan(0)
  })
})

describe('accepting and rejecting suggestions', () => {
  it('accepts several suggestions as one command, stored with their origin and evidence, and undoes it', async () => {
    const lib = await library()
    const { suggestions } = librarySuggestions(lib)
    expect(suggestions.map((s) => `${s.metric} ${s.value.value}`)).toEqual([
      'population 210000',
      'urbanArea 187',
      'yearsOfSchooling 11.2',
    ])
    const refs = suggestions
      .filter((s) => s.metric !== 'urbanArea')
      .map((s) => ({ profileId: s.profileId, key: s.key }))
    const result = await acceptSuggestions(lib, refs)
    expect(result.label).toBe('Fill 2 metrics of 1 profile')
    const cork = lib.get('p-000001')!.profile
    expect(cork.metrics.population).toMatchObject({
      value: 210_000,
      year: 2016,
      origin: 'suggested',
      evidence: 'Cork has a population of 210,000 in 2016.',
    })
    // With population and area, density can now be derived; the accepted ones are no longer offered.
    expect(librarySuggestions(lib).suggestions.map((s) => `${s.metric} ${s.kind}`)).toEqual([
      'urbanArea narrative',
    ])
    await lib.undo()
    expect(lib.get('p-000001')!.profile.metrics.population).toBeNull()
    await expect(acceptSuggestions(lib, [refs[0]!, refs[0]!])).rejects.toThrow(
      /two suggestions for population/,
    )
  })

  it('derives density once population and area are there, and accepts it with the formula', async () => {
    const lib = await library()
    await acceptSuggestions(
      lib,
      librarySuggestions(lib)
        .suggestions.filter((s) => s.metric !== 'yearsOfSchooling')
        .map((s) => ({ profileId: s.profileId, key: s.key })),
    )
    const [derived] = librarySuggestions(lib).suggestions.filter((s) => s.kind === 'derived')
    expect(derived).toMatchObject({ metric: 'populationDensity', value: { value: 1123, origin: 'derived' } })
    const result = await acceptSuggestions(lib, [{ profileId: derived!.profileId, key: derived!.key }])
    expect(result.label).toBe('Fill Cork: Density (derived value)')
    expect(lib.get('p-000001')!.profile.metrics.populationDensity!.evidence).toBe(
      'populationDensity = population / urbanArea = 210,000 people / 187 km²',
    )
  })

  it('remembers a rejection across a restart and a compaction, and undo brings the suggestion back', async () => {
    let lib = await library()
    const [first] = librarySuggestions(lib).suggestions
    const result = await rejectSuggestions(lib, [{ profileId: first!.profileId, key: first!.key }])
    expect(result.label).toBe('Reject a suggestion for Cork')
    const remaining = librarySuggestions(lib).suggestions.map((s) => s.key)
    expect(remaining).not.toContain(first!.key)
    lib = await reopen(lib)
    expect(librarySuggestions(lib).suggestions.map((s) => s.key)).toEqual(remaining)
    await lib.compact()
    expect(readFileSync(lib.paths.snapshot, 'utf8')).toContain(`"rejected":["${first!.key}"]`)
    lib = await reopen(lib)
    expect(lib.get('p-000001')!.rejected).toEqual([first!.key])
    await lib.undo()
    expect(librarySuggestions(lib).suggestions.map((s) => s.key)).toContain(first!.key)
    expect(lib.get('p-000001')!.rejected).toBeUndefined()
  })

  it('refuses a suggestion that is no longer offered and a fill over a value changed meanwhile', async () => {
    const lib = await library()
    const [s] = librarySuggestions(lib).suggestions
    await lib.apply({
      type: 'update',
      by: 'curator',
      updates: [{ id: s!.profileId, set: { 'metrics.population': manual } }],
    })
    await expect(acceptSuggestions(lib, [{ profileId: s!.profileId, key: s!.key }])).rejects.toThrow(
      /no longer offered/,
    )
    await expect(
      lib.apply({
        type: 'fill',
        items: [{ id: s!.profileId, metric: 'population', before: null, after: s!.value }],
      }),
    ).rejects.toThrow(/population changed since it was reviewed/)
  })
})

describe('filling from a reference table', () => {
  it('fills empty metrics across name variants, reports ambiguous and unmatched rows, and keeps manual values', async () => {
    const lib = await library()
    const table = join(mkdtempSync(join(tmpdir(), 'pc-table-')), 'cities.csv')
    writeFileSync(
      table,
      [
        'City;Country;Population;Area (km²);Year;Source',
        'seoul;South Korea;9 700 000;605;2019;KOSIS',
        'ABIDJAN;Ivory Coast;4.7 million;;2021;INS',
        'London;United Kingdom;8.9 million;1572;2019;ONS',
        'Springfield;USA;150000;;;',
        'Atlantis;;1000;;;',
        'Cork;Ireland;210000;187;2016;CSO',
      ].join('\n'),
    )
    const { plan } = await planTableFill(lib, table)
    expect(plan.fills.map((f) => `${f.city} ${f.metric} ${f.after.value}`)).toEqual([
      'Seoul population 9700000',
      'Seoul urbanArea 605',
      'Abidjan population 4700000',
      'London urbanArea 1572',
      'Cork population 210000',
      'Cork urbanArea 187',
    ])
    expect(plan.ambiguous.map((a) => `${a.row} ${a.city}: ${a.candidates.length}`)).toEqual([
      '5 Springfield: 2',
    ])
    expect(plan.unmatched.map((u) => `${u.row} ${u.city}`)).toEqual(['6 Atlantis'])
    const overwrite = await planTableFill(lib, table, { overwrite: true })
    expect(overwrite.plan.kept.map((k) => `${k.city} ${k.metric} ${k.reason}`)).toEqual([
      'London population manual',
    ])

    const result = await applyTablePlan(lib, plan)
    expect(result!.label).toBe('Fill 6 metrics of 4 profiles from cities.csv')
    const seoul = lib.get('p-000002')!.profile
    expect(seoul.metrics.population).toMatchObject({
      value: 9_700_000,
      year: 2019,
      origin: 'reference',
      evidence: 'cities.csv row 2; KOSIS',
      raw: '9 700 000',
    })
    expect(lib.get('p-000004')!.profile.metrics.population).toEqual(manual)
    await lib.undo()
    expect(lib.get('p-000002')!.profile.metrics.population).toBeNull()
  })

  it('gives one-line reasons for a table it cannot use', async () => {
    const lib = await library()
    const dir = mkdtempSync(join(tmpdir(), 'pc-table-'))
    writeFileSync(join(dir, 'notes.csv'), 'Name of place,Inhabitants\nCork,1\n')
    await expect(planTableFill(lib, join(dir, 'notes.csv'))).rejects.toThrow(/notes.csv: no city column/)
    await expect(planTableFill(lib, join(dir, 'none.csv'))).rejects.toThrow(/none.csv/)
    await expect(planTableFill(lib, join(dir, 'sheet.xlsx'))).rejects.toThrow(/not a CSV file/)
  })
})
