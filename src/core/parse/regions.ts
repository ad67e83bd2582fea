// Finding the parts of a page: where the metric block starts and ends, the identity at the top.
import { isBoilerplate, isIconWord } from '../clean/boilerplate'
import type { ProfileBuilder } from './builder'
import { cityFromLine, countryFromLine, identityFromLine } from './identity'
import { isKnownHeading, isTitleLike } from './headings'
import { isTableHeader, matchLabel, tableCells } from './labels'
import { listMarker, type Piece } from './pieces'

export type Item = Piece | null

export const nonNull = (items: readonly Item[]): Piece[] => items.filter((p): p is Piece => p !== null)

/** Index of the next piece at or after `from`, or items.length. */
export function nextPiece(items: readonly Item[], from: number): number {
  let i = from
  while (i < items.length && items[i] === null) i += 1
  return i
}

/** Consumes page chrome at the top; returns the index after it. */
export function skipLeadingChrome(items: readonly Item[], b: ProfileBuilder, from = 0): number {
  let i = nextPiece(items, from)
  while (i < items.length && isBoilerplate(items[i]!.text)) {
    b.boiler(items[i]!)
    i = nextPiece(items, i + 1)
  }
  return i
}

/**
 * Reads the identity at `from`: a `City, Country` line, or a city line followed by a country line.
 * Returns the index after what it consumed (unchanged when there is no identity there).
 */
export function takeIdentity(items: readonly Item[], from: number, b: ProfileBuilder): number {
  const i = nextPiece(items, from)
  const piece = items[i]
  if (!piece) return i
  const text = piece.text.replace(/^#+\s*/, '')
  const id = identityFromLine(text)
  if (id) {
    b.identity(piece, id.city, id.country)
    return i + 1
  }
  const j = nextPiece(items, i + 1)
  const next = items[j]
  const city = cityFromLine(text)
  if (city && next && countryFromLine(next.text.replace(/^#+\s*/, ''))) {
    b.identity(piece, city, '')
    b.identity(next, '', next.text.replace(/^#+\s*/, ''))
    return j + 1
  }
  const country = countryFromLine(text)
  if (country) {
    b.identity(piece, '', country)
    return i + 1
  }
  return i
}

const isFurniture = (text: string): boolean => isBoilerplate(text) || isIconWord(text)

/**
 * Reads the identity at the top of a page in any of its forms: `City, Country`; city and country on lines of
 * their own, with chrome or icon words (`location_city`) between; a country-only line; with `cityOnly`, a
 * lone city line at the very top. Chrome and icon words met on the way go to boilerplate.
 */
export function readIdentityTop(
  items: readonly Item[],
  b: ProfileBuilder,
  options: { cityOnly?: boolean } = {},
): number {
  let i = nextPiece(items, 0)
  for (let steps = 0; steps < 8 && i < items.length; steps++) {
    const piece = items[i]!
    if (isFurniture(piece.text)) {
      b.boiler(piece)
      i = nextPiece(items, i + 1)
      continue
    }
    const after = takeIdentity(items, i, b)
    if (after > i) {
      i = nextPiece(items, after)
      continue
    }
    const city = cityFromLine(piece.text)
    if (!city || (b.city && b.city !== city)) break
    const next = items.slice(i + 1).find((p): p is Piece => p !== null && !isFurniture(p.text))
    const beforeCountry = next !== undefined && countryFromLine(next.text) !== null
    const beforeText = options.cityOnly && next !== undefined && next.text.split(/\s+/).length >= 8
    if (!beforeCountry && !beforeText) break
    b.identity(piece, city, '')
    i = nextPiece(items, i + 1)
  }
  return i
}

/** Takes a title-like line at `from` as the headline. */
export function takeHeadline(items: readonly Item[], from: number, b: ProfileBuilder): number {
  const i = nextPiece(items, from)
  const piece = items[i]
  if (!piece || b.headline !== null) return i
  const text = piece.text
  if (
    isTitleLike(text, 16) &&
    !isKnownHeading(text) &&
    !matchLabel(text) &&
    !isBoilerplate(text) &&
    !tableCells(text) &&
    !listMarker(text) &&
    !/:$/.test(text)
  ) {
    b.setHeadline(piece)
    return i + 1
  }
  return i
}

/** The quote icon opens the quote after the metric cards, so it ends the block rather than belonging to it. */
const QUOTE_ICON = 'format_quote'

const isBlockPiece = (p: Piece): boolean =>
  matchLabel(p.text) !== null || (isIconWord(p.text) && p.text !== QUOTE_ICON)

/**
 * The extent of a metric block that starts at the first label at or after `from` (within `window` pieces):
 * labels, their value lines, icon words, and blank lines between them. Returns [start, end) or null.
 */
export function metricRegion(items: readonly Item[], from: number, window = 6): [number, number] | null {
  let start = -1
  let seen = 0
  for (let i = from; i < items.length && seen <= window; i++) {
    const p = items[i]
    if (!p) continue
    if (isBlockPiece(p)) {
      start = i
      break
    }
    seen += 1
  }
  if (start < 0) return null
  // A table's header row right above its first row belongs to the block.
  const above = items[start - 1]
  if (start > from && above && isTableHeader(above.text) && tableCells(items[start]!.text)) start -= 1
  let end = start
  let i = start
  while (i < items.length) {
    const p = items[i] ?? null
    if (p === null) {
      const j = nextPiece(items, i)
      if (j < items.length && isBlockPiece(items[j]!)) {
        i = j
        continue
      }
      break
    }
    if (p.text === QUOTE_ICON) break
    // A value line belongs to the block only right after a label, a value or an icon.
    if (!isBlockPiece(p) && (p.text.length > 120 || isKnownHeading(p.text))) break
    i += 1
    end = i
  }
  return [start, end]
}
