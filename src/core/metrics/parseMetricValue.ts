// Reads the figure of one metric from the text a source wrote for it: an exact value or a band, in the unit of the
// catalogue, with its reference year. The caller keeps the raw text verbatim; this only reads it.
//
// How the figure is chosen:
// - Years are set aside first (./years.ts). Percentages are never figures.
// - The main text is read before bracketed notes; for the GDP metrics the first segment with a figure in US
//   dollars is read instead (`19.5 billion yuan (US $2.8 billion)` → 2.8 billion). A figure in another currency
//   with no USD equivalent gives null: it must not pass for dollars.
// - In that segment, the first two figures form a range when a connector joins them; otherwise the first figure
//   is read, with the bound its neighbouring words state (./bands.ts). Further figures are ignored.
// - A unit that belongs to another metric (`inhabitants per km²` read as a population, a currency read as an area)
//   gives null rather than a misfiled figure.
// - Areas in hectares, square miles, acres or m² are converted to km² (densities likewise), with a note.
import { metricDefinition, type MetricKey, type MetricUnit } from '../model'
import { boundOf, isRange, lowEnd, tidy } from './bands'
import { currencyOf, findCurrencyMarkers, type Currency } from './currency'
import { scanNumbers, type NumberMatch } from './parseNumber'
import { mask, segmentIds } from './segments'
import { areaConversion, unitKinds, withoutUnitWords, type UnitKind } from './units'
import { isReferenceYear, isYearLike } from './years'

export interface ParsedMetricValue {
  value: number | null
  min: number | null
  max: number | null
  unit: MetricUnit
  year: number | null
  /** What the reading did that the raw text does not show (a unit conversion); null when nothing. */
  note: string | null
}

interface Item extends NumberMatch {
  currency: Currency | null
  segment: number
  year: boolean
}

type Kind = UnitKind | 'currency'

/** The units that show a text is not about this metric. */
const FOREIGN_UNITS: Readonly<Record<Exclude<MetricKey, 'memberSince'>, readonly Kind[]>> = {
  population: ['density', 'area', 'currency', 'years'],
  urbanArea: ['people', 'density', 'currency', 'years'],
  populationDensity: ['area', 'currency', 'years'],
  gdpCity: ['people', 'area', 'density', 'years'],
  gdpCountry: ['people', 'area', 'density', 'years'],
  yearsOfSchooling: ['people', 'area', 'density', 'currency'],
}

type Figure = Pick<ParsedMetricValue, 'value' | 'min' | 'max'>

function readItems(raw: string, segments: readonly number[]): Item[] {
  const markers = findCurrencyMarkers(raw)
  return scanNumbers(raw).map((n) => {
    const currency = currencyOf(raw, markers, n)
    const segment = segments[n.start] ?? 0
    return { ...n, currency, segment, year: currency === null && isReferenceYear(raw, n, segment !== 0) }
  })
}

/** The segment to read and its candidate figures, or null when no figure may be read. */
function chooseFigures(figures: Item[], gdp: boolean): { segment: number; figures: Item[] } | null {
  const order = [...new Set([0, ...figures.map((f) => f.segment)])]
  const inSegment = (s: number): Item[] => figures.filter((f) => f.segment === s)
  if (gdp) {
    const usd = order.find((s) => inSegment(s).some((f) => f.currency === 'USD'))
    if (usd !== undefined)
      return { segment: usd, figures: inSegment(usd).filter((f) => f.currency !== 'other') }
    if (figures.some((f) => f.currency === 'other')) return null
  }
  const first = order.find((s) => inSegment(s).length > 0)
  return first === undefined ? null : { segment: first, figures: inSegment(first) }
}

/** The value or band stated by the figures, `clean` being the segment's text without currency markers. */
function readFigure(clean: string, numbers: readonly Item[], figures: readonly Item[]): Figure | null {
  const [first, second] = figures
  if (!first) return null
  const k = numbers.indexOf(first)
  const before = clean.slice(numbers[k - 1]?.end ?? 0, first.start)
  if (second && isRange(clean.slice(first.end, second.start), before)) {
    const low = lowEnd(first, second)
    return { value: null, min: Math.min(low, second.value), max: Math.max(low, second.value) }
  }
  const after = clean.slice(first.end, numbers[k + 1]?.start ?? clean.length)
  const bound = boundOf(before, after)
  return {
    value: bound === null ? first.value : null,
    min: bound === 'min' ? first.value : null,
    max: bound === 'max' ? first.value : null,
  }
}

function scaled(figure: Figure, factor: number): Figure {
  const by = (n: number | null): number | null => (n === null ? null : tidy(n * factor))
  return { value: by(figure.value), min: by(figure.min), max: by(figure.max) }
}

/** What a bracket that is only a band may hold besides its figures: bound signs and range dashes. */
const BAND_ONLY = /^[\s≥≤⩾⩽<>=+~–—−‒-]*$/

/**
 * A bracket after an exact figure that holds nothing but a band (`8,000 USD [7,000–9,000]`, `[≥ 7,000]`: a value
 * with the band it is known to lie in, as formatMetric writes it) gives that band; a bracket with any word in it
 * is a note (`(metropolitan area 1–2 million)`), not the figure's band.
 */
function bracketBand(
  raw: string,
  segments: readonly number[],
  items: readonly Item[],
  after: number,
): Figure | null {
  const later = [
    ...new Set(items.filter((n) => n.segment > after && !n.year && !n.percent).map((n) => n.segment)),
  ]
  const segment = later[0]
  if (segment === undefined) return null
  const numbers = items.filter((n) => n.segment === segment)
  if (numbers.some((n) => n.year || n.percent || n.currency === 'other')) return null
  const spans = [...numbers, ...findCurrencyMarkers(raw)]
  const text = mask(raw, segments, segment, spans).trim()
  if (!BAND_ONLY.test(withoutUnitWords(text.slice(1, -1)))) return null
  const band = readFigure(mask(raw, segments, segment, findCurrencyMarkers(raw)), numbers, numbers)
  return band && band.value === null ? band : null
}

export function parseMetricValue(raw: string, key: MetricKey): ParsedMetricValue | null {
  if (typeof raw !== 'string') return null
  const { unit } = metricDefinition(key)
  const segments = segmentIds(raw)
  const items = readItems(raw, segments)
  if (key === 'memberSince') {
    // The figure is a year: the first one written (`Since 2016`, `Joined in 2016`, `12/09/2016`).
    const joined = items.find((n) => n.currency === null && isYearLike(raw, n))
    return joined ? { value: joined.value, min: null, max: null, unit, year: null, note: null } : null
  }
  const chosen = chooseFigures(
    items.filter((n) => !n.year && !n.percent),
    key === 'gdpCity' || key === 'gdpCountry',
  )
  if (!chosen) return null
  const text = mask(raw, segments, chosen.segment)
  const kinds = new Set<Kind>(unitKinds(text))
  if (chosen.figures.some((f) => f.currency !== null)) kinds.add('currency')
  if (FOREIGN_UNITS[key].some((kind) => kinds.has(kind))) return null

  const markers = findCurrencyMarkers(text)
  const clean = mask(raw, segments, chosen.segment, markers)
  const numbers = items.filter((n) => n.segment === chosen.segment)
  const read = readFigure(clean, numbers, chosen.figures)
  if (!read) return null
  const band = read.value !== null ? bracketBand(raw, segments, items, chosen.segment) : null
  const figure = band ? { ...read, min: band.min, max: band.max } : read
  const conversion =
    key === 'urbanArea' || key === 'populationDensity'
      ? areaConversion(text, key === 'populationDensity')
      : null
  return {
    ...(conversion ? scaled(figure, conversion.factor) : figure),
    unit,
    year: items.find((n) => n.year)?.value ?? null,
    note: conversion?.note ?? null,
  }
}
