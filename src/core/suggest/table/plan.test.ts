import { describe, expect, it } from 'vitest'
import { makeProfile } from '../../library/testProfile'
import type { Metric } from '../../model'
import { mapColumns, parseMapping } from './columns'
import { planFill } from './plan'
import { readTable } from './readTable'

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
const sourced: Metric = {
  value: 100,
  min: null,
  max: null,
  unit: 'km2',
  year: null,
  raw: '100',
  origin: 'source',
  evidence: null,
}

const PROFILES = [
  makeProfile({ id: 'seoul', city: 'Seoul', country: 'Republic of Korea' }),
  makeProfile({
    id: 'london',
    city: 'London',
    country: 'United Kingdom of Great Britain and Northern Ireland',
  }),
  makeProfile({ id: 'abidjan', city: 'Abidjan', country: 'Côte d’Ivoire' }),
  makeProfile({ id: 'saopaulo', city: 'São Paulo', country: 'Brazil' }),
  makeProfile({ id: 'spr-il', city: 'Springfield', country: 'United States' }),
  makeProfile({ id: 'spr-ma', city: 'Springfield', country: 'United States of America' }),
  makeProfile({ id: 'ndj', city: 'N’Djamena', country: 'Chad' }),
  makeProfile({
    id: 'cork',
    city: 'Cork',
    country: 'Ireland',
    metrics: { population: manual, urbanArea: sourced },
  }),
]

const CSV = `City,Country,Population (2019),Area (ha),Year,Source,Notes
seoul,South Korea,"9,700,000",60500,2019,KOSIS,capital
LONDON,United Kingdom,8.9 million,,2019,ONS,
Abidjan,Ivory Coast,4.7 million,,2021,INS,
Sao Paulo,brazil,12.3 million,152100,,IBGE,
Springfield,USA,150000,,,,
N'Djamena,Chad,about 1.5 million,,,,
Atlantis,Nowhere,1000,,,,
Cork,Ireland,210000,18700,2016,CSO,
Seoul,Republic of Korea,9.8 million,,,second row,
Abidjan,Côte d'Ivoire,lots,,twenty,,
`

describe('planning a fill from a reference table', () => {
  const table = readTable(CSV)
  const mapping = mapColumns(table.header)

  it('maps columns by the catalogue labels, with a unit or year in brackets, and reports the others', () => {
    expect(
      mapping.roles.map((r) =>
        r ? (r.kind === 'metric' ? `${r.metric}${r.unit ? ` (${r.unit})` : ''}` : r.kind) : null,
      ),
    ).toEqual(['city', 'country', 'population (2019)', 'urbanArea (ha)', 'year', 'source', null])
    expect(mapping.unknown).toEqual(['Notes'])
    expect(mapping.problems).toEqual([])
  })

  it('matches rows across case, diacritics, apostrophes and country variants; fills only empty metrics', () => {
    const plan = planFill(table, mapping, PROFILES, { file: 'cities.csv' })
    expect(
      plan.fills.map((f) => `${f.profileId} ${f.metric} ${f.after.value} @${f.after.year} row ${f.row}`),
    ).toEqual([
      'seoul population 9700000 @2019 row 2',
      'seoul urbanArea 605 @2019 row 2',
      'london population 8900000 @2019 row 3',
      'abidjan population 4700000 @2019 row 4',
      'saopaulo population 12300000 @2019 row 5',
      'saopaulo urbanArea 1521 @null row 5',
      'ndj population 1500000 @2019 row 7',
    ])
    expect(plan.fills[0]!.after).toMatchObject({
      origin: 'reference',
      raw: '9,700,000',
      evidence: 'cities.csv row 2; KOSIS',
    })
    expect(plan.fills[1]!.after.evidence).toBe('cities.csv row 2; KOSIS; converted from hectares to km²')
    expect(plan.ambiguous.map((a) => [a.row, a.candidates.map((c) => c.id)])).toEqual([
      [6, ['spr-il', 'spr-ma']],
    ])
    expect(plan.unmatched.map((u) => `${u.row} ${u.city}`)).toEqual(['8 Atlantis'])
    expect(plan.kept.map((k) => `${k.profileId} ${k.metric} ${k.reason} row ${k.row}`)).toEqual([
      'cork population has-value row 9',
      'cork urbanArea has-value row 9',
      'seoul population earlier-row row 10',
    ])
    expect(plan.invalid.map((i) => `${i.row} ${i.column}: ${i.reason}`)).toEqual([
      '11 year: not a year',
      '11 Population (2019): not a figure for City population',
    ])
  })

  it('with overwrite, replaces other values but keeps the curator’s own unless confirmed', () => {
    const plan = planFill(table, mapping, PROFILES, { file: 'cities.csv', overwrite: true })
    expect(
      plan.fills.filter((f) => f.profileId === 'cork').map((f) => [f.metric, f.before?.value, f.after.value]),
    ).toEqual([['urbanArea', 100, 187]])
    expect(plan.kept.filter((k) => k.profileId === 'cork').map((k) => k.reason)).toEqual(['manual'])
    const confirmed = planFill(table, mapping, PROFILES, {
      file: 'cities.csv',
      overwrite: true,
      replaceManual: true,
    })
    expect(confirmed.fills.filter((f) => f.profileId === 'cork').map((f) => f.metric)).toEqual([
      'population',
      'urbanArea',
    ])
  })

  it('takes a mapping for columns named otherwise, and says what is wrong with one', () => {
    const other = readTable('Ville;Pays;Habitants;Année\nCork;Irlande;210000;2016\n')
    expect(mapColumns(other.header).problems).toEqual([
      'no metric column (name one with --map COLUMN=METRIC)',
    ])
    const mapped = mapColumns(other.header, parseMapping('Habitants=population,Année=year,Pays=country'))
    expect(mapped.problems).toEqual([])
    const plan = planFill(other, mapped, [makeProfile({ id: 'cork', city: 'Cork', country: 'Ireland' })], {
      file: 't.csv',
    })
    // `Irlande` is not an English name: the row is unmatched rather than guessed.
    expect(plan.unmatched.map((u) => u.country)).toEqual(['Irlande'])
    expect(mapColumns(other.header, { Habitants: 'people count', Nope: 'city' }).problems).toEqual([
      'mapping: the table has no column "Nope"',
      'mapping: "people count" (for column "Habitants") is not city, country, year, source, ignore or a metric',
      'no metric column (name one with --map COLUMN=METRIC)',
    ])
    expect(() => parseMapping('Habitants')).toThrow(/not COLUMN=FIELD/)
  })
})
