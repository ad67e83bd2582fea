import { describe, expect, it } from 'vitest'
import { makeProfile } from '../../../../core/library/testProfile'
import { refForField } from './problemField'

describe('refForField', () => {
  it('finds the editor field of a problem', () => {
    const p = makeProfile({ sections: [{ id: 's7', heading: null, body: 'x' }] })
    expect(refForField('metrics.gdpCity.min', p)).toEqual({ kind: 'metric', key: 'gdpCity' })
    expect(refForField('sections.0.body', p)).toEqual({ kind: 'section', id: 's7' })
    expect(refForField('sections.3.body', p)).toBeNull()
    expect(refForField('links.2.url', p)).toEqual({ kind: 'link', index: 2 })
    expect(refForField('city', p)).toEqual({ kind: 'identity' })
    expect(refForField('headline', p)).toEqual({ kind: 'headline' })
    expect(refForField('metrics.nothing', p)).toBeNull()
  })
})
