import { describe, expect, it } from 'vitest'
import type { ProfileSummary } from '../../../../core/library/summary'
import type { CommandInfo } from '../commands'
import { matchCommands, matchProfiles, profileIndex } from './paletteMatch'

const summary = (city: string, country: string, deleted: string | null = null): ProfileSummary => ({
  id: city,
  city,
  country,
  status: 'draft',
  layout: 'plain',
  percent: 0,
  missing: [],
  unassigned: 0,
  sections: 0,
  updatedAt: '2026-01-01T00:00:00Z',
  deleted,
})

const INDEX = profileIndex([
  summary('São Paulo', 'Brazil'),
  summary('Paulista', 'Brazil'),
  summary('Hangzhou', 'China'),
  summary('Changzhou', 'China'),
  summary('Chinandega', 'Nicaragua'),
  summary('Gone', 'China', '2026-01-02T00:00:00Z'),
])

const cities = (rows: ProfileSummary[]) => rows.map((row) => row.city)

describe('matchProfiles', () => {
  it('ignores case and accents', () => {
    expect(cities(matchProfiles(INDEX, 'sao', 5))).toEqual(['São Paulo'])
  })

  it('ranks a city starting with the query, then a word of it, then inside it', () => {
    expect(cities(matchProfiles(INDEX, 'paul', 5))).toEqual(['Paulista', 'São Paulo'])
    expect(cities(matchProfiles(INDEX, 'zhou', 5))).toEqual(['Changzhou', 'Hangzhou'])
  })

  it('finds by country after cities, and never a profile in the trash', () => {
    expect(cities(matchProfiles(INDEX, 'chin', 5))).toEqual(['Chinandega', 'Changzhou', 'Hangzhou'])
  })

  it('stops at the limit, and finds nothing for an empty query', () => {
    expect(matchProfiles(INDEX, 'a', 2)).toHaveLength(2)
    expect(matchProfiles(INDEX, '  ', 5)).toEqual([])
  })
})

describe('matchCommands', () => {
  const commands: CommandInfo[] = [
    { id: 'import-files', label: 'Import files…', description: 'Read documents', keywords: ['add'] },
    { id: 'show-trash', label: 'Show the trash', description: 'Deleted profiles', keywords: ['bin'] },
  ]

  it('matches every word in the label, description or keywords', () => {
    expect(matchCommands(commands, 'bin').map((c) => c.id)).toEqual(['show-trash'])
    expect(matchCommands(commands, 'import docu').map((c) => c.id)).toEqual(['import-files'])
    expect(matchCommands(commands, '')).toHaveLength(2)
  })
})
