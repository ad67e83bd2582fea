// Table rows as text (`Label | Value | Origin`: a Markdown table, a web page's table pasted), lists of contacts and
// links under their headings, the export's colophon, and documents that mark their headings.
import { describe, expect, it } from 'vitest'
import { markdownToLines } from '../input/markdownToLines'
import { conservationProblems } from './conservation'
import { contactLine } from './contactBlock'
import { isTableHeader, matchLabel, tableCells } from './labels'
import { parseLines } from './parse'

function parse(lines: string[]) {
  const doc = parseLines(lines, { file: null, sha256: null })
  expect(conservationProblems(lines, doc)).toEqual([])
  return doc
}

describe('table rows', () => {
  it('splits a row into cells, outer pipes opening and closing none', () => {
    expect(tableCells('City population | 8,000 people | from the source')).toEqual([
      'City population',
      '8,000 people',
      'from the source',
    ])
    expect(tableCells('| Area | 380 km² |')).toEqual(['Area', '380 km²'])
    expect(tableCells('Member since | — |')).toEqual(['Member since', '—'])
    expect(tableCells('No pipe here')).toBeNull()
  })

  it('reads a row whose first cell is a metric label as that label with the next cell as its value', () => {
    expect(matchLabel('Population density | ≥ 500 people/km² | from the source')).toMatchObject({
      kind: 'metric',
      key: 'populationDensity',
      inline: '≥ 500 people/km²',
    })
    expect(matchLabel('Population (2019) | 246,563')).toMatchObject({ key: 'population', unit: '2019' })
    expect(matchLabel('Home | About | Cities')).toBeNull()
  })

  it('tells a header row from a row of values', () => {
    expect(isTableHeader('Metric | Value | Origin')).toBe(true)
    expect(isTableHeader('Indicator | Figure')).toBe(true)
    expect(isTableHeader('City population | 8,000')).toBe(false)
    expect(isTableHeader('Year | 2019')).toBe(false)
  })

  it('reads a pasted table into metrics, each cell traced, with no value for a dash or an empty cell', () => {
    const lines = [
      'Cork, Ireland',
      'A city of learning festivals',
      'Metric | Value | Origin',
      'City population | 210,000 people (2016) | from the source',
      'City/Urban area | 187 km² |',
      'GDP per capita – city | 40,000–50,000 USD | typed by the curator',
      'Average years of schooling | — |',
      'Member since | 2015 | from the source',
      '',
      'Cork holds a learning festival every spring, with hundreds of free events across the city.',
    ]
    const doc = parse(lines)
    expect(doc.layout).toBe('mirror')
    const { profile, trace } = doc
    expect(profile.headline).toBe('A city of learning festivals')
    expect(profile.metrics.population).toMatchObject({
      value: 210000,
      year: 2016,
      raw: '210,000 people (2016)',
    })
    expect(profile.metrics.urbanArea).toMatchObject({ value: 187, unit: 'km2' })
    expect(profile.metrics.gdpCity).toMatchObject({ value: null, min: 40000, max: 50000 })
    expect(profile.metrics.yearsOfSchooling).toBeNull()
    expect(profile.metrics.memberSince).toMatchObject({ value: 2015 })
    expect(profile.sections).toHaveLength(1)
    expect(profile.sections[0]!.body).toMatch(/^Cork holds/)
    expect(trace.filter((t) => t.line === 4).map((t) => [t.to, t.text])).toEqual([
      ['label', 'City population |'],
      ['metric', '210,000 people (2016) |'],
      ['label', 'from the source'],
    ])
    expect(trace.find((t) => t.line === 3)).toMatchObject({ to: 'label', ref: 'table header' })
    expect(profile.boilerplate).toContain('— |')
  })

  it('takes no headline with slashes under the title for a breadcrumb', () => {
    const lines = ['Cork, Ireland', 'Learning / Work / Culture', 'Population | 210,000', 'Area | 187 km²']
    const { profile } = parse(lines)
    expect(profile).toMatchObject({ city: 'Cork', country: 'Ireland', headline: 'Learning / Work / Culture' })
    expect(profile.boilerplate).toEqual([])
  })

  it('reads an inline label whose value has a pipe as an inline label, not as a row', () => {
    const { profile } = parse(['Espoo, Finland', 'Population: 1.2 million | 2019', 'Area: 312 km²'])
    expect(profile.metrics.population).toMatchObject({ value: 1_200_000 })
  })

  it('keeps a value cell without a figure for the curator', () => {
    const { profile } = parse(['Espoo, Finland', 'Population | about half of Helsinki', 'Area | 312 km²'])
    expect(profile.metrics.population).toBeNull()
    expect(profile.unassigned).toEqual(['Population: about half of Helsinki'])
  })
})

describe('contacts and links under their headings', () => {
  it('reads a contact line: role, name, title after the first comma, a trailing email', () => {
    expect(
      contactLine('- Mayor: Ms Jane Doe, Mayor of Espoo, Finland [jane@espoo.fi](mailto:jane@espoo.fi)'),
    ).toEqual({
      role: 'mayor',
      name: 'Ms Jane Doe',
      title: 'Mayor of Espoo, Finland',
      email: 'jane@espoo.fi',
    })
    expect(contactLine('- UNESCO focal point: Kim Lee <k@lee>')).toEqual({
      role: 'UNESCO focal point',
      name: 'Kim Lee',
      title: null,
      email: 'k@lee',
    })
    expect(contactLine('- Founded in 1990: the city grew')).toBeNull()
    expect(contactLine('Just a sentence without a role.')).toBeNull()
  })

  it('turns the lists into contacts and links, and anything else under the heading into its section', () => {
    const lines = markdownToLines(
      [
        '# Espoo, Finland',
        '',
        '## Contacts',
        '',
        '- Focal point: Ms Jane Doe, Head of Learning <jane@espoo.fi>',
        '- Mayor: Kai Mykkänen',
        '',
        '## Links',
        '',
        '- [City site](<https://www.espoo.fi/en>)',
        '',
        'Write to the city for the learning festival programme.',
      ].join('\n'),
    )
    const { profile } = parse(lines)
    expect(profile.contacts).toEqual([
      { role: 'focal point', name: 'Ms Jane Doe', title: 'Head of Learning', email: 'jane@espoo.fi' },
      { role: 'mayor', name: 'Kai Mykkänen', title: null, email: null },
    ])
    expect(profile.links).toEqual([{ label: 'City site', url: 'https://www.espoo.fi/en' }])
    expect(profile.sections).toEqual([
      { id: 's1', heading: 'Links', body: 'Write to the city for the learning festival programme.' },
    ])
  })
})

describe('the Markdown export colophon and marked headings', () => {
  it('keeps the colophon as boilerplate, not a section', () => {
    const lines = [
      '# Espoo, Finland',
      '',
      'Espoo learns.',
      '',
      'Profile p-1a2b · in-review · source espoo.txt (plain)',
    ]
    const { profile } = parse(lines)
    expect(profile.boilerplate).toEqual(['Profile p-1a2b · in-review · source espoo.txt (plain)'])
    expect(profile.sections.map((s) => s.heading)).toEqual([null])
  })

  it('takes no unmarked short line for a heading in a document that marks its headings', () => {
    const lines = [
      '## Vision',
      '',
      'The plan has three priorities for the city:',
      '',
      'Literacy for women',
      '',
      'Jobs for the young',
    ]
    const { profile } = parse(lines)
    expect(profile.sections).toEqual([
      {
        id: 's1',
        heading: 'Vision',
        body: 'The plan has three priorities for the city:\n\nLiteracy for women\n\nJobs for the young',
      },
    ])
  })
})
