// The glued page, copied from a newer web page: paragraphs, headline and headings run together (split
// by the de-gluing rules), and the metric labels at the END, each followed by its value or directly by
// the next label. The excerpt is sometimes cut before the labels.
import type { ProfileBuilder } from '../builder'
import { matchLabel } from '../labels'
import { splitRunTogether } from '../runTogether'
import { readMetricBlock } from '../metricBlock'
import { readNarrative } from '../narrative'
import { nonNull, readIdentityTop, takeHeadline, type Item } from '../regions'

/** Start of the trailing label block: the first label after which only labels and short values follow. */
export function trailingBlockStart(items: readonly Item[]): number {
  let start = items.length
  for (let i = items.length - 1; i >= 0; i--) {
    const p = items[i]
    if (!p) continue
    if (matchLabel(p.text)) start = i
    else if (p.text.length > 80 || /[.!?]$/.test(p.text)) break
  }
  return start
}

/** List items that start in lower case run into each other on glued pages: split them by the dictionary. */
function splitItems(items: readonly Item[]): Item[] {
  return items.flatMap((p) => (p ? splitRunTogether(p.text).map((text) => ({ line: p.line, text })) : [p]))
}

export function parseGlued(glued: readonly Item[], b: ProfileBuilder): void {
  const items = splitItems(glued)
  let i = readIdentityTop(items, b)
  i = takeHeadline(items, i, b)
  const blockStart = Math.max(i, trailingBlockStart(items))
  readNarrative(items.slice(i, blockStart), b, { unknownTitles: 'paragraph' })
  if (blockStart < items.length) readMetricBlock(nonNull(items.slice(blockStart)), b)
  else
    b.diagnose('info', 'no-metric-block', 'The excerpt ends before the metric labels: the metrics are empty.')
}
