// The metric block's rules for people: a card's name before its caption, an email line under a person.
import { describe, expect, it } from 'vitest'
import { ProfileBuilder } from './builder'
import { readMetricBlock } from './metricBlock'
import type { Piece } from './pieces'

const pieces = (...texts: string[]): Piece[] => texts.map((text, i) => ({ line: i + 1, text }))

function read(texts: string[], valueBeforeLabel = false): ProfileBuilder {
  const b = new ProfileBuilder()
  readMetricBlock(pieces(...texts), b, { valueBeforeLabel })
  return b
}

describe('readMetricBlock: card values before their caption', () => {
  it('pairs a name before a person caption, as a figure before a metric caption', () => {
    const b = read(['groups', '126,987', 'Population', 'person', 'Park Min-jae', 'Mayor'], true)
    expect(b.metrics.population?.value).toBe(126987)
    expect(b.contacts).toEqual([{ role: 'mayor', name: 'Park Min-jae', title: null, email: null }])
    expect(b.unassigned).toEqual([])
  })

  it('pairs a focal point and an award before their captions', () => {
    const b = read(['person', 'Ms Ana Ruiz', 'Focal point', 'emoji_events', '2019', 'City award'], true)
    expect(b.contacts.map((c) => `${c.role}: ${c.name}`)).toEqual(['focal point: Ms Ana Ruiz'])
    expect(b.extraFields).toEqual([{ label: 'City award', value: '2019' }])
  })

  it('never pairs a name with an award, nor a figure with a person', () => {
    const b = read(['emoji_events', 'Hoffmann Mr Jürgen', 'City award', 'person', '2015', 'Mayor'], true)
    expect(b.contacts).toEqual([])
    expect(b.unassigned).toEqual(['Hoffmann Mr Jürgen', '2015'])
  })

  it('keeps a placeholder before its caption as a stated non-value', () => {
    const b = read(['emoji_events', 'N/A', 'City award', 'savings', '–', 'GDP per capita'], true)
    expect(b.extraFields).toEqual([{ label: 'City award', value: '' }])
    expect(b.metrics.gdpCity).toBeNull()
    expect(b.boilerplate).toEqual(['emoji_events', 'N/A', 'savings', '–'])
    expect(b.unassigned).toEqual([])
  })

  it('keeps the caption-first order when the label has its own value', () => {
    const b = read(['person', 'Mayor', 'Park Min-jae', 'groups', 'Population', '126,987'], true)
    expect(b.contacts.map((c) => c.name)).toEqual(['Park Min-jae'])
    expect(b.metrics.population?.value).toBe(126987)
  })
})

describe('readMetricBlock: an email under a person', () => {
  it('gives a focal point the email on the line after the name', () => {
    const b = read(['• Mayor:', '• Focal point:', 'Ms Jane Harris', 'jane.harris@bristol.gov.uk'])
    expect(b.contacts).toEqual([
      { role: 'focal point', name: 'Ms Jane Harris', title: null, email: 'jane.harris@bristol.gov.uk' },
    ])
    expect(b.unassigned).toEqual([])
  })

  it('reads a labelled email after an inline person label', () => {
    const b = read(['Focal point: Mr Tom Reed', 'Email: t.reed@city.gov', 'Member since: 2016'])
    expect(b.contacts).toEqual([
      { role: 'focal point', name: 'Mr Tom Reed', title: null, email: 't.reed@city.gov' },
    ])
    expect(b.metrics.memberSince?.value).toBe(2016)
  })

  it('never makes a contact of an email, and keeps an email with no person for the curator', () => {
    const b = read(['Focal point', 'learning@city.gov', 'Member since', '2016'])
    expect(b.contacts).toEqual([])
    expect(b.unassigned).toEqual(['Focal point: learning@city.gov'])
    const card = read(['person', 'info@city.gov', 'Mayor'], true)
    expect(card.contacts).toEqual([])
    expect(card.unassigned).toEqual(['info@city.gov'])
  })
})
