import { describe, expect, it } from 'vitest'
import { linkFromLine, moveLine } from './unassignedMoves'

const profile = {
  headline: 'Old headline',
  notes: '',
  sections: [
    { id: 's1', heading: null, body: 'Intro.' },
    { id: 's2', heading: 'Plan', body: '' },
  ],
  contacts: [{ role: 'focal point', name: 'Mr. Zheng Wang', title: null, email: null }],
  links: [],
  unassigned: ['Cheng Mr Yongwen', 'City website: http://eng.han gzhou.gov.cn/', 'Share this page'],
  boilerplate: ['UIL is not responsible for the content of this city profile.'],
}

describe('moveLine', () => {
  it('makes a new contact of a name, in one update of contacts and unassigned', () => {
    expect(moveLine(profile, 0, { to: 'contact' })).toEqual({
      set: {
        contacts: [
          ...profile.contacts,
          { role: 'contact', name: 'Cheng Mr Yongwen', title: null, email: null },
        ],
        unassigned: profile.unassigned.slice(1),
      },
    })
  })

  it('marks a line as boilerplate', () => {
    expect(moveLine(profile, 2, { to: 'boilerplate' })).toEqual({
      set: {
        boilerplate: [...profile.boilerplate, 'Share this page'],
        unassigned: profile.unassigned.slice(0, 2),
      },
    })
  })

  it('adds a paragraph to the chosen section', () => {
    const move = moveLine(profile, 0, { to: 'section', index: 1 })
    expect(move).toMatchObject({
      set: { sections: [profile.sections[0], { id: 's2', body: 'Cheng Mr Yongwen' }] },
    })
    expect(moveLine(profile, 0, { to: 'section', index: 5 })).toEqual({
      error: 'That section no longer exists',
    })
  })

  it('puts a replaced headline back among the unassigned, where the line was', () => {
    expect(moveLine(profile, 0, { to: 'headline' })).toEqual({
      set: { headline: 'Cheng Mr Yongwen', unassigned: ['Old headline', ...profile.unassigned.slice(1)] },
    })
    expect(moveLine({ ...profile, headline: null }, 0, { to: 'headline' })).toEqual({
      set: { headline: 'Cheng Mr Yongwen', unassigned: profile.unassigned.slice(1) },
    })
  })

  it('adds a line to the notes, on a line of its own', () => {
    expect(moveLine(profile, 2, { to: 'notes' })).toMatchObject({ set: { notes: 'Share this page' } })
    expect(moveLine({ ...profile, notes: 'Check.' }, 2, { to: 'notes' })).toMatchObject({
      set: { notes: 'Check.\nShare this page' },
    })
  })

  it('makes a link of a line with an address, and refuses one without', () => {
    expect(moveLine(profile, 1, { to: 'link' })).toEqual({
      set: {
        links: [{ label: 'City website', url: 'http://eng.hangzhou.gov.cn/' }],
        unassigned: ['Cheng Mr Yongwen', 'Share this page'],
      },
    })
    expect(moveLine(profile, 0, { to: 'link' })).toEqual({ error: 'The line holds no web address' })
  })

  it('refuses a line that is gone', () => {
    expect(moveLine(profile, 7, { to: 'notes' })).toEqual({ error: 'That line is no longer unassigned' })
  })
})

describe('linkFromLine', () => {
  it('reads the address and the words before it', () => {
    expect(linkFromLine('https://example.org/a')).toEqual({ label: '', url: 'https://example.org/a' })
    expect(linkFromLine('Website – www.szlll.net.cn')).toEqual({
      label: 'Website',
      url: 'http://www.szlll.net.cn',
    })
    expect(linkFromLine('no address here')).toBeNull()
  })
})
