// Reads a block of `Label` / value lines (bulleted, glued, card or inline `Label: value`) into metrics,
// contacts and extra fields. A label followed directly by another label is empty; a person's name after a
// label that takes a figure is never that figure.
import { isBoilerplate, isIconWord } from '../clean/boilerplate'
import { parseMetricValue } from '../metrics/parseMetricValue'
import type { MetricKey } from '../model'
import type { ProfileBuilder } from './builder'
import { isTableHeader, matchLabel, matchTableRow, valueWithUnit, type LabelMatch } from './labels'
import { emailOf, looksLikePersonName } from './person'
import type { Piece } from './pieces'

/** Values that say "no figure" explicitly: recognised, kept as boilerplate, the metric stays empty. */
const NO_VALUE = /^(n\/?a|n\.a\.|none|unknown|not available|not applicable|no data|-+|—|–|\?)$/i

interface ValuePart {
  piece: Piece
  text: string
}

function assignMetric(
  b: ProfileBuilder,
  label: Piece,
  key: MetricKey,
  values: ValuePart[],
  inline: boolean,
  unit: string | null = null,
): void {
  const text = values.map((v) => v.text).join(' ')
  const parsed = text ? parseMetricValue(valueWithUnit(text, unit), key) : null
  if (parsed) {
    if (!inline) b.label(label, key)
    const { value, min, max, unit, year, note } = parsed
    // A unit conversion (hectares to km²) is the one thing done to a source figure: say so as its evidence.
    const metric = { value, min, max, unit, year, raw: text, origin: 'source' as const, evidence: note }
    for (const v of values) b.metric(v.piece, key, metric)
    return
  }
  if (inline) {
    if (NO_VALUE.test(text)) return b.boiler(label)
    return b.unassign(label)
  }
  b.label(label, key)
  for (const v of values) {
    if (NO_VALUE.test(v.text)) b.boiler(v.piece)
    else if (looksLikePersonName(v.text)) b.unassign(v.piece)
    else b.unassign(v.piece, `${label.text.replace(/^[•·▪*-]\s*/, '').replace(/:$/, '')}: ${v.text}`)
  }
}

/** Reads an extra label and its values; returns the index of the last contact it made, or -1. */
function assignExtra(
  b: ProfileBuilder,
  label: Piece,
  m: Extract<LabelMatch, { kind: 'extra' }>,
  values: ValuePart[],
): number {
  const inline = m.inline !== null
  if (m.person && m.role) {
    if (values.length === 0) {
      b.extra(label, { label: m.label, value: '' })
      return -1
    }
    if (!inline) b.label(label, m.role)
    let current = -1
    for (const v of values) {
      // A focal point's name, then their email on the next line: one contact with its address.
      const email = emailOf(v.text)
      if (email && current >= 0) b.contactPart(v.piece, current, { email })
      else if (looksLikePersonName(v.text) || !/[\d@]|^(https?:|www\.)/i.test(v.text)) {
        current = b.contact(v.piece, { role: m.role, name: v.text, title: null, email: null })
      } else b.unassign(v.piece, inline ? v.piece.text : `${m.label}: ${v.text}`)
    }
    return current
  }
  if (/^country$/i.test(m.label)) b.identityHint(null, values[0]?.text ?? null)
  if (/^city$/i.test(m.label)) b.identityHint(values[0]?.text ?? null, null)
  const names = values.filter((v) => looksLikePersonName(v.text))
  const rest = values.filter((v) => !names.includes(v))
  if (inline) {
    if (names.length > 0) b.unassign(label)
    else b.extra(label, { label: m.label, value: m.inline ?? '' })
    return -1
  }
  const index = b.extra(label, { label: m.label, value: rest.map((v) => v.text).join(' ') })
  for (const v of rest) b.extraPart(v.piece, index)
  for (const v of names) b.unassign(v.piece)
  return -1
}

/**
 * A table row naming a metric (`City population | 8,000 people (2019) | from the source`). Each cell, with the pipe
 * after it, is recorded on its own: the label, the value (a metric; `—` or an empty cell: no value, boilerplate;
 * text without a figure: unassigned), and any further cell (an origin note) as a label of the metric.
 */
function assignTableRow(b: ProfileBuilder, piece: Piece, key: MetricKey, unit: string | null): void {
  const parts = piece.text
    .split(/(?<=\|)/)
    .map((text) => ({ line: piece.line, text: text.trim() }))
    .filter((p) => p.text !== '')
  const cell = (p: Piece | undefined): string => (p?.text ?? '').replace(/\|$/, '').trim()
  const [label, value, ...notes] = parts
  b.label(label!, key)
  const text = cell(value)
  const parsed = text ? parseMetricValue(valueWithUnit(text, unit), key) : null
  if (value && parsed) {
    const { value: figure, min, max, unit: metricUnit, year, note } = parsed
    const metric = { value: figure, min, max, unit: metricUnit, year, raw: text, origin: 'source' as const }
    b.metric(value, key, { ...metric, evidence: note })
  } else if (value && (text === '' || NO_VALUE.test(text))) b.boiler(value)
  else if (value) b.unassign(value, `${cell(label)}: ${text}`)
  for (const p of notes) b.label(p, key)
}

export interface MetricBlockOptions {
  /** Card pages show the figure before its caption; allow a value line to pair with the label after it. */
  valueBeforeLabel?: boolean
}

/**
 * Whether `value`, met before the label `m`, is of the label's kind: a figure for a metric, a name for a
 * person label (`person` / `Park Min-jae` / `Mayor`), anything but a name for another extra label.
 */
function fitsLabel(value: string, m: LabelMatch): boolean {
  if (m.kind === 'metric') return parseMetricValue(valueWithUnit(value, m.unit), m.key) !== null
  if (m.person) return looksLikePersonName(value)
  return value.length <= 60 && !looksLikePersonName(value) && !NO_VALUE.test(value)
}

/** Reads `pieces` (one block, no blank separators) as labels and values. */
export function readMetricBlock(
  pieces: readonly Piece[],
  b: ProfileBuilder,
  options: MetricBlockOptions = {},
): void {
  let i = 0
  // The contact the last person label made: an email line after it (inline labels) is its address.
  let contact = -1
  while (i < pieces.length) {
    const piece = pieces[i]!
    if (isIconWord(piece.text) || isBoilerplate(piece.text)) {
      b.boiler(piece)
      i += 1
      continue
    }
    const m = matchLabel(piece.text)
    if (!m && isTableHeader(piece.text)) {
      b.label(piece, 'table header')
      i += 1
      continue
    }
    const row = m?.kind === 'metric' ? matchTableRow(piece.text) : null
    if (row?.kind === 'metric') {
      assignTableRow(b, piece, row.key, row.unit)
      contact = -1
      i += 1
      continue
    }
    if (!m) {
      const next = pieces.slice(i + 1).find((p) => !isIconWord(p.text))
      const nextLabel = next ? matchLabel(next.text) : null
      if (options.valueBeforeLabel && next && nextLabel && !nextLabel.inline) {
        const at = pieces.indexOf(next)
        const afterNext = pieces[at + 1]
        const nextHasOwnValue = afterNext && !matchLabel(afterNext.text) && !isIconWord(afterNext.text)
        if (!nextHasOwnValue && fitsLabel(piece.text, nextLabel)) {
          for (const icon of pieces.slice(i + 1, at)) b.boiler(icon)
          const value = [{ piece, text: piece.text }]
          if (nextLabel.kind === 'metric') assignMetric(b, next, nextLabel.key, value, false, nextLabel.unit)
          else contact = assignExtra(b, next, nextLabel, value)
          i = at + 1
          continue
        }
      }
      const email = emailOf(piece.text)
      if (email && contact >= 0) b.contactPart(piece, contact, { email })
      else if (NO_VALUE.test(piece.text)) b.boiler(piece)
      else b.unassign(piece)
      i += 1
      continue
    }
    const values: ValuePart[] = []
    let j = i + 1
    if (m.inline !== null) values.push({ piece, text: m.inline })
    else {
      while (j < pieces.length && !matchLabel(pieces[j]!.text) && !isIconWord(pieces[j]!.text)) {
        values.push({ piece: pieces[j]!, text: pieces[j]!.text })
        j += 1
      }
    }
    contact = -1
    if (m.kind === 'metric') assignMetric(b, piece, m.key, values, m.inline !== null, m.unit)
    else contact = assignExtra(b, piece, m, values)
    i = m.inline !== null ? i + 1 : j
  }
}
