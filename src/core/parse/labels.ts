// Recognises metric labels (from the catalogue) and the extra labels sources put beside them.
import { EXTRA_LABELS, METRIC_CATALOGUE, type MetricKey } from '../model'
import { foldKey } from '../clean/fold'
import { withoutMarker } from './pieces'

export type LabelMatch =
  | { kind: 'metric'; key: MetricKey; label: string; inline: string | null }
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

/**
 * Reads `Label`, `Label:`, `• Label: ` or `Label: value` as a label. With `inlineOnly` a bare word like
 * `Population` is not enough: a colon is required (for text where such words can head a paragraph).
 */
export function matchLabel(text: string, options: { requireColon?: boolean } = {}): LabelMatch | null {
  const body = withoutMarker(text).trim()
  const colon = body.indexOf(':')
  // Labels are short: a long line can only be one when it starts with `Label:`.
  if (colon > MAX_LABEL || (colon < 0 && body.length > MAX_LABEL)) return null
  if (colon > 0) {
    const head = body.slice(0, colon)
    const entry = byKey.get(labelKey(head))
    if (entry) {
      const inline = body.slice(colon + 1).trim()
      return entry.match(head.trim(), inline.length > 0 ? inline : null)
    }
  }
  if (options.requireColon) return null
  const entry = byKey.get(labelKey(body))
  return entry ? entry.match(body.replace(/\s*:$/, ''), null) : null
}
