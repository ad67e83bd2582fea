// Page chrome recognised as a whole line, and the content that looks like it but must stay.
import { describe, expect, it } from 'vitest'
import { isBoilerplate, isChrome } from './boilerplate'

describe('isChrome: date stamps of a page footer', () => {
  it('recognises a last-updated line with a date', () => {
    for (const line of [
      'Last updated: 12 May 2021',
      'Last updated 12/05/2021',
      'Last update: 2021-05-12',
      'Page last updated: 3 March 2020',
      'Page last modified on 3 March 2020, 10:42',
      'This page was last modified on 12 May 2021.',
      'Last reviewed: May 2021',
    ])
      expect(isChrome(line), line).toBe(true)
  })

  it('keeps sentences that start with the same words, and a stamp without a date', () => {
    for (const line of [
      'Last updated in 2019, the plan sets out goals for learning in families, communities and workplaces.',
      'Last updated: see the city website',
      'The strategy was last updated in 2021.',
    ])
      expect(isBoilerplate(line), line).toBe(false)
  })

  it('still reads the citation line as chrome', () => {
    expect(
      isChrome(
        'Last update: 2 August 2017. Hangzhou. China. UNESCO Institute for Lifelong Learning. (Accessed on: 3 March 2021)',
      ),
    ).toBe(true)
  })
})
