// Award case studies: identity spread over lines or missing, a mayor's quote and its speaker, a headline,
// numbered sections (`1.            Introduction`), a contact block, a citation line and page chrome.
import type { ProfileBuilder } from '../builder'
import { isContactHeading, readContactBlock } from '../contactBlock'
import { identityFromCitation } from '../identity'
import { readNarrative } from '../narrative'
import { readQuote } from '../quote'
import { nonNull, readIdentityTop, takeHeadline, type Item } from '../regions'

export function parseCaseStudy(items: readonly Item[], b: ProfileBuilder): void {
  for (const piece of nonNull(items)) {
    const id = identityFromCitation(piece.text)
    if (id) b.identityHint(id.city, id.country)
  }
  let i = readIdentityTop(items, b, { cityOnly: true })
  i = readQuote(items, i, b, 12)
  i = takeHeadline(items, i, b)
  const contactAt = items.findIndex((p, k) => k >= i && p !== null && isContactHeading(p.text))
  const end = contactAt < 0 ? items.length : contactAt
  readNarrative(items.slice(i, end), b, { numberedHeadings: true, unknownTitles: 'sub-heading' })
  if (contactAt >= 0) {
    b.label(items[contactAt]!, 'contact')
    readContactBlock(nonNull(items.slice(contactAt + 1)), b)
  }
}
