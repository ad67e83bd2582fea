// The older bulleted page (and its 2020-era variant): `City, Country`, a block of `• Label:` lines with
// the value on the next line or empty, a headline, an intro, then headed sections and a disclaimer.
import type { ProfileBuilder } from '../builder'
import { readMetricBlock } from '../metricBlock'
import { readNarrative } from '../narrative'
import { metricRegion, nonNull, readIdentityTop, takeHeadline, type Item } from '../regions'

export function parseBulleted(items: readonly Item[], b: ProfileBuilder): void {
  let i = readIdentityTop(items, b)
  const region = metricRegion(items, i)
  if (region) {
    readNarrative(items.slice(i, region[0]), b)
    readMetricBlock(nonNull(items.slice(region[0], region[1])), b)
    i = region[1]
  }
  i = takeHeadline(items, i, b)
  readNarrative(items.slice(i), b, { unknownTitles: 'sub-heading' })
}
