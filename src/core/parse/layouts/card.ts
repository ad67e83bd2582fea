// The newest "card" page: identity, an intro sentence, metric cards with icon ligature words
// (`groups`, `school`, `savings`) between the intro and the narrative, a quote, themed sub-headings.
import type { ProfileBuilder } from '../builder'
import { readMetricBlock } from '../metricBlock'
import { readNarrative } from '../narrative'
import { readQuote } from '../quote'
import { metricRegion, nonNull, readIdentityTop, takeHeadline, type Item } from '../regions'

export function parseCard(items: readonly Item[], b: ProfileBuilder): void {
  let i = readIdentityTop(items, b)
  i = takeHeadline(items, i, b)
  const region = metricRegion(items, i, 12)
  if (region) {
    readNarrative(items.slice(i, region[0]), b, { unknownTitles: 'paragraph' })
    readMetricBlock(nonNull(items.slice(region[0], region[1])), b, { valueBeforeLabel: true })
    i = region[1]
  }
  i = readQuote(items, i, b)
  readNarrative(items.slice(i), b, { unknownTitles: 'sub-heading', themeTitles: true })
}
