// Plain renderings: no identity line, no metric block, single newlines and `- ` bullets. City and
// country are read from the text afterwards (see parse.ts), unless the page opens with the city's name.
import type { ProfileBuilder } from '../builder'
import { isKnownHeading, isKnownSubHeading } from '../headings'
import { cityFromLine, cityFromText } from '../identity'
import { readNarrative } from '../narrative'
import { nextPiece, readIdentityTop, takeHeadline, type Item } from '../regions'

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A page that opens with a line that is only a name (`Iquitos`) is titled with its city when the text names
 * that city again, and names no other city first: the headline is then the next line, not the name.
 */
export function takeTitleCity(items: readonly Item[], from: number, b: ProfileBuilder): number {
  const i = nextPiece(items, from)
  const piece = items[i]
  if (!piece || b.city) return i
  const city = cityFromLine(piece.text)
  if (!city || isKnownHeading(city) || isKnownSubHeading(city)) return i
  const rest = items
    .slice(i + 1)
    .map((p) => p?.text ?? '')
    .join('\n')
  const fromText = cityFromText(rest)
  const named = new RegExp(`(?<![\\p{L}\\p{M}])${escape(city)}(?![\\p{L}\\p{M}])`, 'u').test(rest)
  if (fromText !== city && (fromText !== null || !named)) return i
  b.identity(piece, city, '')
  return i + 1
}

export function parsePlain(items: readonly Item[], b: ProfileBuilder): void {
  let i = readIdentityTop(items, b)
  i = takeTitleCity(items, i, b)
  i = takeHeadline(items, i, b)
  readNarrative(items.slice(i), b, { unknownTitles: 'section' })
}
