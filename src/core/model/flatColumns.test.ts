import { describe, expect, it } from 'vitest'
import { METRIC_CATALOGUE } from './catalogue'
import { FLAT_COLUMNS, metricColumn, profileToRow, rowToProfile } from './flatColumns'
import { emptyMetrics, type Profile, ProfileSchema } from './schemas'

const DEFAULTS = { now: '2026-11-22T10:00:00.000Z', file: 'import.csv' }

const full: Profile = ProfileSchema.parse({
  id: 'changzhou-cn',
  city: 'Changzhou',
  country: 'China',
  headline: 'Innovative institutional design, "quoted"',
  metrics: {
    ...emptyMetrics(),
    populationDensity: {
      ...{ value: null, min: 500, max: null, unit: 'people/km2', year: null },
      ...{ raw: 'More than 500 inhabitants per km²', origin: 'source', evidence: null },
    },
    yearsOfSchooling: {
      ...{ value: 9.79, min: null, max: null, unit: 'years', year: 2015, raw: '9.79 years' },
      ...{ origin: 'suggested', evidence: 'citizens average 9.79 years of schooling' },
    },
  },
  sections: [],
  contacts: [],
  links: [],
  extraFields: [{ label: 'Region', value: 'Jiangsu' }],
  status: 'in-review',
  notes: 'Line one\nline two',
  unassigned: ['Cheng Mr Yongwen'],
  boilerplate: ['UIL is not responsible for the content of this city profile.'],
  source: {
    file: '000.txt',
    layout: 'bulleted',
    sha256: 'ab'.repeat(32),
    importedAt: '2026-11-22T10:00:00Z',
  },
  createdAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-23T08:30:00+01:00',
})

describe('FLAT_COLUMNS', () => {
  it('starts with identity, has eight columns per catalogue metric in order, then source, times and lists', () => {
    expect(FLAT_COLUMNS.slice(0, 6)).toEqual(['id', 'city', 'country', 'headline', 'status', 'notes'])
    expect(FLAT_COLUMNS.slice(6, 14)).toEqual([
      ...['population', 'population_min', 'population_max', 'population_unit'],
      ...['population_year', 'population_raw', 'population_origin', 'population_evidence'],
    ])
    expect(FLAT_COLUMNS.length).toBe(6 + 8 * METRIC_CATALOGUE.length + 6 + 3)
    expect(FLAT_COLUMNS.slice(-9)).toEqual([
      ...['layout', 'source_file', 'source_sha256', 'imported_at', 'created_at', 'updated_at'],
      ...['unassigned', 'boilerplate', 'extra_fields'],
    ])
    for (const { key } of METRIC_CATALOGUE) expect(FLAT_COLUMNS).toContain(metricColumn(key, 'evidence'))
  })
})

describe('profileToRow and rowToProfile', () => {
  it('write every column and round-trip a profile without narrative', () => {
    const row = profileToRow(full)
    expect(Object.keys(row)).toEqual(FLAT_COLUMNS)
    expect(row.populationDensity_min).toBe('500')
    expect(row.population).toBe('')
    expect(row.unassigned).toBe('["Cheng Mr Yongwen"]')
    expect(rowToProfile(row, DEFAULTS)).toEqual({ profile: full })
  })

  it('fills defaults for empty cells', () => {
    const result = rowToProfile({ city: 'Espoo', country: 'Finland', population: '300000' }, DEFAULTS)
    expect(result).toMatchObject({
      profile: {
        headline: null,
        status: 'draft',
        notes: '',
        metrics: { population: { value: 300000, unit: 'people', origin: 'source' }, urbanArea: null },
        source: { file: 'import.csv', layout: 'csv', sha256: null, importedAt: DEFAULTS.now },
        createdAt: DEFAULTS.now,
        sections: [],
        extraFields: [],
      },
    })
    expect('profile' in result && result.profile.id).toMatch(/^[0-9a-f]{16}$/)
  })

  it('matches headers case-insensitively and keeps unknown columns as extra fields', () => {
    const result = rowToProfile(
      { ' City ': 'Espoo', COUNTRY: 'Finland', 'Mayor name': 'Kai Mykkänen', Empty: '' },
      DEFAULTS,
    )
    expect(result).toMatchObject({
      profile: { city: 'Espoo', extraFields: [{ label: 'Mayor name', value: 'Kai Mykkänen' }] },
    })
  })

  it('reads sections, contacts and links as JSON, or a plain body as one section', () => {
    const sections = JSON.stringify([{ id: 's1', heading: 'Vision', body: 'Text' }])
    const links = JSON.stringify([{ label: 'Site', url: 'https://espoo.fi' }])
    expect(rowToProfile({ city: 'Espoo', country: 'Finland', sections, links }, DEFAULTS)).toMatchObject({
      profile: { sections: [{ heading: 'Vision' }], links: [{ url: 'https://espoo.fi' }] },
    })
    expect(
      rowToProfile({ city: 'Espoo', country: 'Finland', text: 'Espoo joined in 2019.' }, DEFAULTS),
    ).toMatchObject({
      profile: { sections: [{ id: 'body', heading: null, body: 'Espoo joined in 2019.' }] },
    })
    expect(rowToProfile({ city: 'Espoo', country: 'Finland', sections, body: 'x' }, DEFAULTS)).toEqual({
      error: 'body: give either sections or body, not both',
    })
  })

  it('accepts thousands separators but rejects ambiguous or non-numeric cells', () => {
    const read = (cell: string): unknown =>
      rowToProfile({ city: 'A', country: 'B', urbanArea: cell }, DEFAULTS)
    expect(read('1,200,000')).toMatchObject({ profile: { metrics: { urbanArea: { value: 1_200_000 } } } })
    expect(read('1 200.5')).toMatchObject({ profile: { metrics: { urbanArea: { value: 1200.5 } } } })
    expect(read('4,5')).toEqual({ error: 'urbanArea: not a number: "4,5"' })
    expect(read('1e999')).toEqual({ error: 'urbanArea: number out of range: "1e999"' })
  })

  it('names the column of every problem', () => {
    const result = rowToProfile(
      {
        city: 'A',
        country: 'B',
        population_raw: 'about a million',
        gdpCity: '2000',
        gdpCity_unit: 'EUR',
        memberSince: '2016',
        memberSince_year: '2016.5',
        unassigned: '[oops',
        created_at: 'yesterday',
      },
      DEFAULTS,
    )
    expect(result).toEqual({
      error:
        'population: population_raw given without a number in population, population_min or population_max; ' +
        'unassigned: invalid JSON (Unexpected token \'o\', "[oops" is not valid JSON)',
    })
    const second = rowToProfile(
      {
        city: 'A',
        country: 'B',
        gdpCity: '2000',
        gdpCity_unit: 'EUR',
        memberSince: '2016',
        memberSince_year: '2016.5',
        created_at: 'yesterday',
        source_sha256: '',
      },
      DEFAULTS,
    )
    expect('error' in second && second.error.split('; ')).toEqual([
      'gdpCity_unit: expected one of "people"|"km2"|"people/km2"|"USD"|"years"|"year"',
      'memberSince_year: expected int, received number',
      'created_at: Invalid ISO datetime',
    ])
  })
})
