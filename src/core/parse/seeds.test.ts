// The five real seed profiles, asserted field by field (the "done when" list).
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textToLines } from '../input/plainToLines'
import { parseLines } from './parse'
import type { ParsedDocument } from './types'

const SEEDS = join(__dirname, '../../../../shared/seeds')

function parseSeed(prefix: string): ParsedDocument {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!
  return parseLines(textToLines(readFileSync(join(SEEDS, file), 'utf8')), { file, sha256: null })
}

const headings = (d: ParsedDocument): Array<string | null> => d.profile.sections.map((s) => s.heading)
const body = (d: ParsedDocument, heading: string): string =>
  d.profile.sections.find((s) => s.heading === heading)?.body ?? ''
const DISCLAIMER = 'UIL is not responsible for the content of this city profile.'

describe.each([
  [
    '000',
    'Changzhou',
    'Innovative institutional design for building a learning city',
    8000,
    { min: 15000, max: 25000 },
  ],
  ['001', 'Shenzhen', 'Establishing a learning network within the city', 7924, { min: 25000, max: null }],
  ['002', 'Beijing', '“Capital of Learning” for comprehensive development', 7560, { min: 15000, max: 25000 }],
])('bulleted seed %s', (prefix, city, headline, gdpCountry, gdpCity) => {
  const doc = parseSeed(prefix)
  it('reads identity, headline and layout', () => {
    expect(doc.layout).toBe('bulleted')
    expect([doc.profile.city, doc.profile.country]).toEqual([city, 'China'])
    expect(doc.profile.headline).toBe(headline)
  })
  it('reads the metric block: bands, values and empty labels', () => {
    const m = doc.profile.metrics
    expect(m.populationDensity).toMatchObject({
      min: 500,
      max: null,
      value: null,
      unit: 'people/km2',
      origin: 'source',
    })
    expect(m.populationDensity?.raw).toBe('More than 500 inhabitants per km²')
    expect(m.gdpCity).toMatchObject({ ...gdpCity, value: null, unit: 'USD' })
    expect(m.gdpCountry).toMatchObject({ value: gdpCountry, min: null, max: null, unit: 'USD' })
    expect([m.population, m.urbanArea, m.yearsOfSchooling, m.memberSince]).toEqual([null, null, null, null])
  })
  it('reads the intro and the three headings', () => {
    expect(headings(doc)).toEqual([
      null,
      'Vision and motivation',
      'Challenges and goals',
      'Plan and implementation',
    ])
    expect(doc.profile.boilerplate).toContain(DISCLAIMER)
    expect(doc.profile.unassigned).toEqual([])
  })
})

describe('bulleted seed details', () => {
  it('keeps sub-headings and lists in the Markdown subset', () => {
    const changzhou = parseSeed('000')
    expect(body(changzhou, 'Plan and implementation')).toContain('### Institutional design\n\nThe government')
    expect(body(changzhou, 'Plan and implementation')).toContain('### Practical level')
    expect(body(changzhou, 'Challenges and goals')).toContain(
      '- the extensive use of modern learning technologies;\n- the creation',
    )
    const beijing = parseSeed('002')
    expect(body(beijing, 'Plan and implementation')).toContain('1. establishing an urban area')
    expect(body(beijing, 'Plan and implementation')).toContain('\n9. establishing a community education')
  })
})

describe('glued seed (Wuhan)', () => {
  const doc = parseSeed('004')
  const p = doc.profile
  it('splits the headline from the intro and finds the three headings', () => {
    expect(doc.layout).toBe('glued')
    expect([p.city, p.country]).toEqual(['Wuhan', 'China'])
    expect(p.headline).toBe('Building an innovation-oriented learning city')
    expect(p.sections[0]).toMatchObject({ heading: null })
    expect(p.sections[0]!.body).toMatch(/^Commonly known as the ‘River City’/)
    expect(headings(doc)).toEqual([
      null,
      'Vision and motivation',
      'Challenges and goals',
      'Plan and implementation',
    ])
    expect(body(doc, 'Vision and motivation')).toMatch(/^Wuhan’s goal is/)
    expect(body(doc, 'Plan and implementation')).toContain('### Policy level')
  })
  it('reads the trailing labels: empty ones stay empty, a name is never a value', () => {
    expect(p.metrics.gdpCity).toMatchObject({
      min: 15000,
      max: 25000,
      raw: 'Between USD 15,000 and USD 25,000',
    })
    expect([p.metrics.population, p.metrics.yearsOfSchooling, p.metrics.memberSince]).toEqual([
      null,
      null,
      null,
    ])
    expect(p.unassigned).toEqual(['Cheng Mr Yongwen'])
    expect(p.contacts).toEqual([{ role: 'focal point', name: 'Mr. Zheng Wang', title: null, email: null }])
  })
})

describe('case study seed (Hangzhou)', () => {
  const doc = parseSeed('003')
  const p = doc.profile
  it('reads city and country from the citation', () => {
    expect(doc.layout).toBe('case-study')
    expect([p.city, p.country]).toEqual(['Hangzhou', 'China'])
    expect(p.headline).toBe('Building a learning city')
  })
  it('keeps the quote and makes its speaker a contact with his title', () => {
    expect(p.contacts[0]).toEqual({
      role: 'mayor',
      name: 'Mr Hongming Zhang',
      title: 'Mayor of the Municipal Government of Hangzhou',
      email: null,
    })
    expect(p.sections[0]).toMatchObject({ heading: 'Quote' })
    expect(p.sections[0]!.body).toMatch(/^I would like to express my deepest appreciation/)
  })
  it('reads the numbered sections without their numbers', () => {
    expect(headings(doc)).toEqual([
      'Quote',
      null,
      'Introduction',
      'Developing a plan',
      'Creating a coordinated structure involving all stakeholders',
      'Mobilizing and utilizing resources',
      'Making learning accessible to all',
      'Organizing celebratory events',
      'Monitoring and evaluation',
      'Achievements and the way forward',
    ])
  })
  it('reads the contact block, repairs the URL and recognises the page chrome', () => {
    expect(p.contacts[1]).toEqual({
      role: 'contact',
      name: 'Zhengpin Lu',
      title: 'Director of Hangzhou Municipal Steering Committee of Learning City Construction',
      email: null,
    })
    expect(p.links).toEqual([{ label: 'City website', url: 'http://eng.hangzhou.gov.cn/' }])
    expect(p.boilerplate).toEqual(
      expect.arrayContaining([
        'For citation please use',
        'PDF in Arabic',
        'Related City',
        'Related Documents',
      ]),
    )
    expect(p.boilerplate.some((l) => l.startsWith('Last update: 2 August 2017. Hangzhou. China.'))).toBe(true)
    expect(p.unassigned).toEqual([])
  })
})
