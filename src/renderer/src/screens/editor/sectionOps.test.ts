import { describe, expect, it } from 'vitest'
import type { Section } from '../../../../core/model'
import {
  addSection,
  appendParagraph,
  deleteSection,
  mergeWithNext,
  moveSection,
  NEW_HEADING,
  newSectionId,
  sectionTitle,
  splitSection,
} from './sectionOps'

const sections: Section[] = [
  { id: 's1', heading: null, body: 'Intro.' },
  { id: 's2', heading: 'Vision', body: 'See far.\n\n### Policy\n\nLaws.' },
  { id: 's3', heading: 'Plan', body: 'Act.' },
]
const ids = (list: Section[]) => list.map((s) => s.id)

describe('section operations', () => {
  it('moves a section up and down, and not past either end', () => {
    expect(ids(moveSection(sections, 2, -1))).toEqual(['s1', 's3', 's2'])
    expect(ids(moveSection(sections, 0, 1))).toEqual(['s2', 's1', 's3'])
    expect(ids(moveSection(sections, 0, -1))).toEqual(['s1', 's2', 's3'])
    expect(ids(moveSection(sections, 2, 1))).toEqual(['s1', 's2', 's3'])
  })

  it('gives new sections an id no section has', () => {
    expect(newSectionId(sections)).toBe('s4')
    expect(
      newSectionId([
        { id: 's9', heading: null, body: '' },
        { id: 'x', heading: null, body: '' },
      ]),
    ).toBe('s10')
    expect(
      newSectionId([
        { id: 'a', heading: null, body: '' },
        { id: 's2', heading: null, body: '' },
      ]),
    ).toBe('s3')
  })

  it('adds an empty, named section after the given one', () => {
    const added = addSection(sections, 0)
    expect(added[1]).toEqual({ id: 's4', heading: NEW_HEADING, body: '' })
    expect(ids(addSection(sections))).toEqual(['s1', 's2', 's3', 's4'])
  })

  it('deletes a section', () => {
    expect(ids(deleteSection(sections, 1))).toEqual(['s1', 's3'])
  })

  it('splits at the cursor, and a sub-heading there becomes the new heading', () => {
    const body = sections[1]!.body
    const split = splitSection(sections, 1, body, body.indexOf('### Policy'))
    expect(split[1]).toEqual({ id: 's2', heading: 'Vision', body: 'See far.' })
    expect(split[2]).toEqual({ id: 's4', heading: 'Policy', body: 'Laws.' })
    expect(ids(split)).toEqual(['s1', 's2', 's4', 's3'])
  })

  it('splits with the text being edited, not the stored one', () => {
    const split = splitSection(sections, 0, 'One. Two.', 4)
    expect(split[0]!.body).toBe('One.')
    expect(split[1]).toMatchObject({ heading: NEW_HEADING, body: 'Two.' })
  })

  it('merging a split gives the text back', () => {
    const body = sections[1]!.body
    const split = splitSection(sections, 1, body, body.indexOf('### Policy'))
    expect(mergeWithNext(split, 1)).toEqual(sections)
  })

  it('merges the next heading in as a sub-heading, and does nothing for the last section', () => {
    const merged = mergeWithNext(sections, 0)
    expect(merged[0]).toEqual({
      id: 's1',
      heading: null,
      body: 'Intro.\n\n### Vision\n\nSee far.\n\n### Policy\n\nLaws.',
    })
    expect(ids(merged)).toEqual(['s1', 's3'])
    expect(mergeWithNext(sections, 2)).toEqual(sections)
  })

  it('appends a paragraph, or fills an empty body', () => {
    expect(appendParagraph(sections, 2, 'More.')[2]!.body).toBe('Act.\n\nMore.')
    expect(appendParagraph([{ id: 's1', heading: 'A', body: ' ' }], 0, 'First.')[0]!.body).toBe('First.')
  })

  it('names sections for menus', () => {
    expect(sectionTitle(sections[0]!, 0)).toBe('Introduction')
    expect(sectionTitle(sections[2]!, 2)).toBe('Plan')
    expect(sectionTitle({ heading: '' }, 3)).toBe('Section 4')
  })
})
