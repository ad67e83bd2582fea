// Plain renderings: no identity line, no metric block, single newlines and `- ` bullets. City and
// country are read from the text afterwards (see parse.ts).
import type { ProfileBuilder } from '../builder'
import { readNarrative } from '../narrative'
import { readIdentityTop, takeHeadline, type Item } from '../regions'

export function parsePlain(items: readonly Item[], b: ProfileBuilder): void {
  let i = readIdentityTop(items, b)
  i = takeHeadline(items, i, b)
  readNarrative(items.slice(i), b, { unknownTitles: 'section' })
}
