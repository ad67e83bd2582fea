// What the command palette finds as the curator types: profiles by city or country, and commands by name.
// Folded like the rest of the app (case, accents), so "sao" finds São Paulo.
import { foldKey } from '../../../../core/clean/fold'
import type { ProfileSummary } from '../../../../core/library/summary'
import type { CommandInfo } from '../commands'

export interface ProfileEntry {
  summary: ProfileSummary
  city: string
  country: string
}

/** Folded names of the profiles in the library (not the trash), built once per list. */
export function profileIndex(summaries: readonly ProfileSummary[]): ProfileEntry[] {
  return summaries
    .filter((summary) => summary.deleted === null)
    .map((summary) => ({ summary, city: foldKey(summary.city), country: foldKey(summary.country) }))
}

/** 0 for a name that starts with the query, 1 for a word that does, 2 for a match inside; null for none. */
function rank(name: string, query: string): number | null {
  const at = name.indexOf(query)
  if (at === -1) return null
  if (at === 0) return 0
  return name[at - 1] === ' ' || name[at - 1] === '-' ? 1 : 2
}

/** The best `limit` profiles for a query: city matches before country matches, then by city name. */
export function matchProfiles(
  index: readonly ProfileEntry[],
  query: string,
  limit: number,
): ProfileSummary[] {
  const wanted = foldKey(query)
  if (wanted === '') return []
  const found: { entry: ProfileEntry; score: number }[] = []
  for (const entry of index) {
    const city = rank(entry.city, wanted)
    const country = rank(entry.country, wanted)
    if (city === null && country === null) continue
    found.push({ entry, score: city ?? 3 + (country ?? 0) })
  }
  found.sort((a, b) => a.score - b.score || a.entry.city.localeCompare(b.entry.city))
  return found.slice(0, limit).map(({ entry }) => entry.summary)
}

export function matchCommands(commands: readonly CommandInfo[], query: string): CommandInfo[] {
  const words = foldKey(query).split(' ').filter(Boolean)
  if (words.length === 0) return [...commands]
  return commands.filter((command) => {
    const text = foldKey([command.label, command.description, ...command.keywords].join(' '))
    return words.every((word) => text.includes(word))
  })
}
