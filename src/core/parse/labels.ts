// Recognises metric labels (from the catalogue) and the extra labels sources put beside them.
import { EXTRA_LABELS, METRIC_CATALOGUE, type MetricKey } from '../model'
import { foldKey } from '../clean/fold'
import { findCurrencyMarkers } from '../metrics/currency'
import { unitKinds } from '../metrics/units'
import { withoutMarker } from './pieces'

export type LabelMatch =
  | {
      kind: 'metric'
      key: MetricKey
      label: string
      inline: string | null
      /** The unit or year the label states in brackets (`Area (km²)` → `km²`), for reading a bare value. */
      unit: string | null
    }
  | { kind: 'extra'; label: string; role: string | null; person: boolean; inline: string | null }

interface LabelEntry {
  folded: string
  match: (label: string, inline: string | null) => LabelMatch
}

function labelKey(text: string): string {
  return foldKey(text)
    .replace(/[()]/g, '')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s*:$/, '')
    .trim()
}

const ENTRIES: LabelEntry[] = [
  ...METRIC_CATALOGUE.flatMap((m) =>
    m.labels.map((l) => ({
      folded: labelKey(l),
      match: (label: string, inline: string | null): LabelMatch => ({
        kind: 'metric',
        key: m.key,
        label,
        inline,
        unit: null,
      }),
    })),
  ),
  ...EXTRA_LABELS.map((e) => ({
    folded: labelKey(e.label),
    match: (label: string, inline: string | null): LabelMatch => ({
      kind: 'extra',
      label,
      role: e.role,
      person: e.kind === 'person',
      inline,
    }),
  })),
].sort((a, b) => b.folded.length - a.folded.length)

const byKey = new Map(ENTRIES.map((e) => [e.folded, e]))
const MAX_LABEL = Math.max(...ENTRIES.map((e) => e.folded.length)) + 8

/** A bracketed qualifier that states a unit, a currency or a reference year: `(km²)`, `(USD)`, `(2019)`. */
function isUnitQualifier(text: string): boolean {
  const t = text.trim()
  if (t.length > 30) return false
  return /^\d{4}( est(imate|\.)?)?$/i.test(t) || unitKinds(t).size > 0 || findCurrencyMarkers(t).length > 0
}

/**
 * The label a head names: a catalogue or extra label as written, or a metric label with a bracketed unit or
 * year after it (`Area (km²)`, `Population (2019)`). Only a unit is stripped: `GDP per capita (city)` is a
 * catalogue label of its own, and `Population (country)` is not the city's population.
 */
function lookup(head: string, inline: string | null): LabelMatch | null {
  const label = head.replace(/\s*:$/, '').trim()
  const entry = byKey.get(labelKey(head))
  if (entry) return entry.match(label, inline)
  const qualified = /^(.*\S)\s*\(([^()]+)\)$/.exec(label)
  if (!qualified || !isUnitQualifier(qualified[2]!)) return null
  const match = byKey.get(labelKey(qualified[1]!))?.match(label, inline)
  return match?.kind === 'metric' ? { ...match, unit: qualified[2]!.trim() } : null
}

/**
 * The cells of a table row written as text, `Label | Value | Origin`: what a Markdown table, or a web page's table
 * pasted as text, gives. Null for a line without a pipe. Outer pipes (`| a | b |`) open and close no cell.
 */
export function tableCells(text: string): string[] | null {
  if (!text.includes('|')) return null
  const cells = text
    .replace(/^\|/, '')
    .split('|')
    .map((c) => c.trim())
  if (cells.length > 2 && cells.at(-1) === '' && text.trimEnd().endsWith('|')) cells.pop()
  return cells.length >= 2 ? cells : null
}

/**
 * A table's header row (`Metric | Value | Origin`): every cell a few words without figures, the first not a label.
 * Only meaningful right above rows that are labels (see metricRegion).
 */
export function isTableHeader(text: string): boolean {
  const cells = tableCells(text)
  return (
    cells !== null &&
    cells.every((c) => c !== '' && c.split(/\s+/).length <= 3 && !/\d/.test(c)) &&
    lookup(cells[0]!, null) === null
  )
}

/** A table row whose first cell is a label (see matchLabel), or null. */
export function matchTableRow(text: string): LabelMatch | null {
  const cells = tableCells(withoutMarker(text).trim())
  const head = cells ? lookup(cells[0]!, null) : null
  if (!cells || !head) return null
  if (head.kind === 'metric') return { ...head, inline: cells[1]! }
  return { ...head, inline: cells.slice(1).filter(Boolean).join(' | ') || null }
}

/**
 * Reads `Label`, `Label:`, `• Label: ` or `Label: value` as a label. A table row whose first cell is a label
 * (`City population | 8,000 people | from the source`) is that label with the second cell as its inline value
 * (an empty cell being an empty value); for an extra label, the other cells together. With `inlineOnly` a bare
 * word like `Population` is not enough: a colon is required (for text where such words can head a paragraph).
 */
export function matchLabel(text: string, options: { requireColon?: boolean } = {}): LabelMatch | null {
  const body = withoutMarker(text).trim()
  const row = matchTableRow(body)
  if (row) return row
  const colon = body.indexOf(':')
  // Labels are short: a long line can only be one when it starts with `Label:`.
  if (colon > MAX_LABEL || (colon < 0 && body.length > MAX_LABEL)) return null
  if (colon > 0) {
    const inline = body.slice(colon + 1).trim()
    const match = lookup(body.slice(0, colon), inline.length > 0 ? inline : null)
    if (match) return match
  }
  if (options.requireColon) return null
  return lookup(body, null)
}

/**
 * The text to read a metric's figure from: a bare figure under a label that states its unit or year gets it
 * (`380` under `Area (ha)` is 380 hectares; `246,563` under `Population (2019)` is of 2019). A value that
 * writes its own unit is read as written.
 */
export function valueWithUnit(value: string, unit: string | null): string {
  if (!unit || /\p{L}/u.test(value)) return value
  return /^\d{4}/.test(unit) ? `${value} (${unit})` : `${value} ${unit}`
}
