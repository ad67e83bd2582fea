import { describe, expect, it } from 'vitest'
import { runTogetherSplit, splitRunTogether } from './runTogether'

describe('run-together words of glued lists', () => {
  it('splits two words run together, and leaves real words alone', () => {
    expect(runTogetherSplit('leavingextending')).toBe('leaving'.length)
    expect(runTogetherSplit('neighbourhoodcelebrating')).toBe('neighbourhood'.length)
    for (const word of [
      'stakeholders',
      'neighbourhood',
      'programmes',
      'lifelong',
      'understanding',
      'aprendizaje',
    ]) {
      expect(runTogetherSplit(word), word).toBe(-1)
    }
  })

  it('splits list items glued to each other and to the colon that introduces them', () => {
    expect(
      splitRunTogether(
        'the following objectives:reducing early school leavingextending adult learning opportunities',
      ),
    ).toEqual([
      'the following objectives:',
      'reducing early school leaving',
      'extending adult learning opportunities',
    ])
  })

  it('leaves URLs, e-mail addresses and times alone', () => {
    const text =
      'see http://www.learningcitiesnetwork.org/ or write to learningcity@limerickcouncil.ie at 10:30'
    expect(splitRunTogether(text)).toEqual([text])
  })
})

describe('a glued page with a lower-case list', () => {
  it('gives back the list items as bullets under the sentence that introduces them', async () => {
    const { parseLines } = await import('./parse')
    const doc = parseLines(
      [
        'Limerick, Ireland',
        '',
        'A learning city for allLimerick joined the network in 2015.Challenges and goalsThe partnership has set itself the following objectives:reducing early school leavingextending adult learning opportunities to every neighbourhoodcelebrating learning through the annual festival.',
        'City population',
        '94,192',
      ],
      { file: null, sha256: null },
    )
    const body = doc.profile.sections.find((s) => s.heading === 'Challenges and goals')?.body
    expect(body).toBe(
      'The partnership has set itself the following objectives:\n\n- reducing early school leaving\n- extending adult learning opportunities to every neighbourhood\n- celebrating learning through the annual festival.',
    )
  })
})
