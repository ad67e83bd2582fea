import { describe, expect, it } from 'vitest'
import type { TraceEntry } from '../../../../core/parse/builder'
import { parseText } from '../../../../core/parse/parseDocument'
import { refKey } from './fieldRef'
import { whereLineWent } from './lineDestinations'
import { linesOf } from './traceLookup'

const entry = (
  line: number,
  to: TraceEntry['to'],
  ref: string | null,
  text = `line ${line}`,
): TraceEntry => ({
  line,
  text,
  to,
  ref,
})

const trace: TraceEntry[] = [
  entry(1, 'identity', null, 'Wuhan, China'),
  entry(3, 'headline', null),
  entry(3, 'section', '0'),
  entry(3, 'section', '1'),
  entry(4, 'label', 'gdpCity', 'City GDP per capita'),
  entry(5, 'metric', 'gdpCity', 'Between USD 15,000 and USD 25,000'),
  entry(6, 'unassigned', null, 'Cheng Mr Yongwen'),
  entry(7, 'label', 'focal point', 'Focal point'),
  entry(8, 'contact', '0', 'Mr. Zheng Wang'),
  entry(9, 'contact', '1', 'Ms. Li'),
  entry(10, 'contact', '1', 'Director of learning'),
  entry(11, 'link', '0', 'http://eng.han gzhou.gov.cn/'),
  entry(12, 'boilerplate', null, 'Share this page'),
  entry(13, 'extra', '0', 'City award: 2019'),
]

const profile = {
  headline: 'A learning city',
  notes: '',
  boilerplate: ['Share this page'],
  sections: [
    { id: 's2', heading: 'Vision and motivation', body: '' },
    { id: 's1', heading: null, body: '' },
    { id: 's5', heading: 'Added', body: '' },
  ],
  contacts: [
    { role: 'focal point', name: 'Ms. Li', title: 'Director of learning', email: null },
    { role: 'contact', name: 'Cheng Mr Yongwen', title: null, email: null },
  ],
  links: [{ label: '', url: 'http://eng.hangzhou.gov.cn/' }],
  extraFields: [{ label: 'City award', value: '2019' }],
  unassigned: ['Cheng Mr Yongwen'],
}

describe('linesOf', () => {
  it('finds a metric by its value and its label lines', () => {
    expect(linesOf(trace, { kind: 'metric', key: 'gdpCity' }, profile)).toEqual([4, 5])
    expect(linesOf(trace, { kind: 'metric', key: 'population' }, profile)).toEqual([])
  })

  it('finds a moved section by its id, and nothing for a section added since', () => {
    expect(linesOf(trace, { kind: 'section', id: 's2' }, profile)).toEqual([3])
    expect(linesOf(trace, { kind: 'section', id: 's5' }, profile)).toEqual([])
  })

  it('finds a contact by its name once the one before it was removed, and one made from an unassigned line', () => {
    expect(linesOf(trace, { kind: 'contact', index: 0 }, profile)).toEqual([9, 10])
    expect(linesOf(trace, { kind: 'contact', index: 1 }, profile)).toEqual([6])
  })

  it('finds a repaired link by its address', () => {
    expect(linesOf(trace, { kind: 'link', index: 0 }, profile)).toEqual([11])
  })

  it('finds identity, headline, unassigned and boilerplate lines', () => {
    expect(linesOf(trace, { kind: 'identity' }, profile)).toEqual([1])
    expect(linesOf(trace, { kind: 'headline' }, profile)).toEqual([3])
    expect(linesOf(trace, { kind: 'unassigned', text: 'Cheng  Mr Yongwen' }, profile)).toEqual([6])
    expect(linesOf(trace, { kind: 'boilerplate', text: 'Share this page' }, profile)).toEqual([12])
  })
})

describe('lines the curator placed since the import', () => {
  const placed = {
    ...profile,
    headline: 'Cheng Mr Yongwen',
    notes: 'Checked.\nLooked up',
    sections: [{ id: 's1', heading: null, body: 'Intro.\n\nLooked up' }],
    unassigned: [],
  }
  const moved = [entry(6, 'unassigned', null, 'Cheng Mr Yongwen'), entry(7, 'unassigned', null, 'Looked up')]

  it('belong to the field that holds them now', () => {
    expect(linesOf(moved, { kind: 'headline' }, placed)).toEqual([6])
    expect(linesOf(moved, { kind: 'contact', index: 1 }, placed)).toEqual([6])
    expect(linesOf(moved, { kind: 'notes' }, placed)).toEqual([7])
    expect(linesOf(moved, { kind: 'section', id: 's1' }, placed)).toEqual([7])
    expect(linesOf(moved, { kind: 'unassigned', text: 'Looked up' }, placed)).toEqual([7])
  })

  it('are named by where they are now', () => {
    expect(whereLineWent(moved, 6, placed)).toEqual([{ label: 'Headline', ref: { kind: 'headline' } }])
    expect(whereLineWent(moved, 7, { ...placed, notes: '', sections: [] })).toEqual([
      { label: 'Unassigned at import, removed since', ref: null },
    ])
  })
})

describe('whereLineWent', () => {
  it('names each place a line went once, with the field that holds it now', () => {
    expect(whereLineWent(trace, 3, profile)).toEqual([
      { label: 'Headline', ref: { kind: 'headline' } },
      { label: 'Section: Section 2 (no heading)', ref: { kind: 'section', id: 's1' } },
      { label: 'Section: Vision and motivation', ref: { kind: 'section', id: 's2' } },
    ])
  })

  it('says when the field it went to is gone', () => {
    expect(whereLineWent(trace, 8, profile)).toEqual([{ label: 'A contact since removed', ref: null }])
    expect(whereLineWent(trace, 9, profile)).toEqual([
      { label: 'Contact 1', ref: { kind: 'contact', index: 0 } },
    ])
  })

  it('names labels, metrics, extra fields and boilerplate', () => {
    expect(whereLineWent(trace, 4, profile)).toEqual([
      { label: 'GDP per capita – city', ref: { kind: 'metric', key: 'gdpCity' } },
    ])
    expect(whereLineWent(trace, 7, profile)).toEqual([{ label: 'The label “Focal point”', ref: null }])
    expect(whereLineWent(trace, 13, profile)).toEqual([{ label: 'Extra field: City award', ref: null }])
    expect(whereLineWent(trace, 12, profile)[0]?.ref).toEqual({
      kind: 'boilerplate',
      text: 'Share this page',
    })
    expect(whereLineWent(trace, 2, profile)).toEqual([])
  })

  it('works on a real parse: the glued seed puts every piece of line 3 somewhere', () => {
    const text =
      'Wuhan, China\n\nBuilding a learning cityCommonly known as the River City, Wuhan is a city.\n'
    const document = parseText(text, 'txt', { file: null, sha256: null })
    const places = whereLineWent(document.trace, 3, document.profile).map((d) => d.label)
    expect(places).toEqual(['Headline', 'Section: Introduction'])
  })
})

describe('refKey', () => {
  it('names fields stably', () => {
    expect(refKey({ kind: 'metric', key: 'population' })).toBe('metric:population')
    expect(refKey({ kind: 'section', id: 's3' })).toBe('section:s3')
    expect(refKey({ kind: 'headline' })).toBe('headline')
  })
})
