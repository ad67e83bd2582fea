// A mirror site: page chrome (`Sorry, you need to enable JavaScript…`, a menu), a breadcrumb bullet
// (`• Home › Learning cities › Ireland › Cork`), then inline `Label: value` lines and the narrative.
import { findCountry } from '../../geo/countries'
import type { ProfileBuilder } from '../builder'
import { identityFromLine } from '../identity'
import { matchLabel } from '../labels'
import { readMetricBlock } from '../metricBlock'
import { readNarrative } from '../narrative'
import { withoutMarker } from '../pieces'
import {
  metricRegion,
  nextPiece,
  nonNull,
  readIdentityTop,
  skipLeadingChrome,
  takeHeadline,
  takeIdentity,
  type Item,
} from '../regions'

const CRUMB = /\s[›»>/]\s/

/** The country and city named by the last crumbs of a breadcrumb. */
function identityFromBreadcrumb(text: string): { city: string | null; country: string | null } {
  const crumbs = withoutMarker(text)
    .split(CRUMB)
    .map((c) => c.trim())
  const at = crumbs.findIndex((c) => findCountry(c))
  if (at < 0) return { city: null, country: null }
  return { country: crumbs[at]!, city: crumbs[at + 1] ?? null }
}

/** Consumes everything up to and including the breadcrumb as page chrome; returns the index after it. */
function readChrome(items: readonly Item[], b: ProfileBuilder): number {
  // A breadcrumb sits above the page's content (its `City, Country` title and metric labels) and has at least
  // three crumbs (`Home › Cities › Cork`): a headline with a slash (`Learning / Work`) is not one.
  const content = items.findIndex(
    (p) => p !== null && (matchLabel(p.text)?.kind === 'metric' || identityFromLine(p.text) !== null),
  )
  const crumbAt = items.findIndex(
    (p, i) =>
      i < 60 &&
      (content < 0 || i < content) &&
      p !== null &&
      CRUMB.test(p.text) &&
      p.text.length < 200 &&
      withoutMarker(p.text).split(CRUMB).length >= 3,
  )
  if (crumbAt < 0) return readIdentityTop(items, b)
  for (const piece of nonNull(items.slice(0, crumbAt))) b.boiler(piece)
  const crumb = items[crumbAt]!
  const { city, country } = identityFromBreadcrumb(crumb.text)
  b.boiler(crumb)
  b.identityHint(city, country)
  let i = nextPiece(items, crumbAt + 1)
  // The page title repeats the city (or `City, Country`) under the breadcrumb.
  const title = items[i]
  if (title && city && title.text.replace(/^#+\s*/, '') === city) {
    b.identity(title, city, '')
    i = nextPiece(items, i + 1)
  } else i = takeIdentity(items, i, b)
  return i
}

export function parseMirror(items: readonly Item[], b: ProfileBuilder): void {
  let i = readChrome(items, b)
  const region = metricRegion(items, i, 12)
  if (region) {
    i = takeHeadline(items, i, b)
    readNarrative(items.slice(i, region[0]), b, { unknownTitles: 'paragraph' })
    readMetricBlock(nonNull(items.slice(region[0], region[1])), b)
    i = region[1]
  }
  i = takeHeadline(items, skipLeadingChrome(items, b, i), b)
  readNarrative(items.slice(i), b, { unknownTitles: 'sub-heading' })
}
