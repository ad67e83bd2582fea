// The de-gluing rules on their own, beyond the fixtures: each case is a boundary a copied page loses (or a
// join the writer meant, which must stay whole).
import { describe, expect, it } from 'vitest'
import { deglue, hasGluedName } from './deglue'

describe('deglue: known headings', () => {
  it('splits a heading glued after a figure that ends a paragraph', () => {
    expect(deglue('The first plan was adopted in 2010Vision and motivationThe city wants')).toEqual([
      'The first plan was adopted in 2010',
      'Vision and motivation',
      'The city wants',
    ])
    expect(deglue('targets for 2030Challenges and goalsMany adults')).toEqual([
      'targets for 2030',
      'Challenges and goals',
      'Many adults',
    ])
  })

  it('leaves a heading phrase inside a sentence alone', () => {
    const text = 'The plan and implementation of the programme took 2 years.'
    expect(deglue(text)).toEqual([text])
  })
})

describe('deglue: a known name glued to the text before it', () => {
  it('splits before the city whatever the case of the letter before', () => {
    expect(
      deglue('Learning in the heart of the AuvergneClermont-Ferrand, the capital', ['Clermont-Ferrand']),
    ).toEqual(['Learning in the heart of the Auvergne', 'Clermont-Ferrand, the capital'])
    expect(deglue('A park city for the SDGsChengdu is the capital of Sichuan', ['Chengdu'])).toEqual([
      'A park city for the SDGs',
      'Chengdu is the capital of Sichuan',
    ])
    expect(deglue('Learning for all by 2030Pécs is a university city', ['Pécs'])).toEqual([
      'Learning for all by 2030',
      'Pécs is a university city',
    ])
  })

  it('does not split without the name, nor a longer word that starts with it, nor an address or a tag', () => {
    expect(deglue('A park city for the SDGsChengdu is the capital')).toEqual([
      'A park city for the SDGsChengdu is the capital',
    ])
    expect(deglue('The NewCorkshire fund supports schools', ['Cork'])).toEqual([
      'The NewCorkshire fund supports schools',
    ])
    expect(deglue('See www.visitChengdu.cn and #LearningChengdu for more', ['Chengdu'])).toEqual([
      'See www.visitChengdu.cn and #LearningChengdu for more',
    ])
    expect(deglue('Write to info@learnChengdu.cn for details', ['Chengdu'])).toEqual([
      'Write to info@learnChengdu.cn for details',
    ])
  })

  it('leaves the name alone where a space or the line start is before it', () => {
    expect(deglue('Chengdu, the capital of Sichuan, and Chengdu University', ['Chengdu'])).toEqual([
      'Chengdu, the capital of Sichuan, and Chengdu University',
    ])
    expect(hasGluedName('Chengdu, the capital of Sichuan', ['Chengdu'])).toBe(false)
    expect(hasGluedName('for the SDGsChengdu, the capital', ['Chengdu'])).toBe(true)
  })
})
