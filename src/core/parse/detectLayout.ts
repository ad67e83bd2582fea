// Decides which layout a document is in from features every page of that layout shows.
import { isChrome, isIconWord } from '../clean/boilerplate'
import type { Layout } from '../model'
import { identityFromCitation } from './identity'
import { matchLabel } from './labels'
import { parseSpeakerLine } from './person'
import { listMarker, type Piece } from './pieces'
import { trailingBlockStart } from './layouts/glued'
import { isTitleLike } from './headings'

export type TextLayout = Exclude<Layout, 'json' | 'csv'>

export interface LayoutFeatures {
  icons: number
  inlineLabels: number
  labelsNearTop: number
  trailingLabels: number
  gluedLines: number
  numberedTitles: number
  caseStudyMarks: number
  chromeAtTop: number
}

export function layoutFeatures(items: ReadonlyArray<Piece | null>): LayoutFeatures {
  const pieces = items.filter((p): p is Piece => p !== null)
  const perLine = new Map<number, number>()
  for (const p of pieces) perLine.set(p.line, (perLine.get(p.line) ?? 0) + 1)
  const top = pieces.slice(0, 30)
  const trailingStart = trailingBlockStart(items)
  const trailing = items.slice(trailingStart).filter((p): p is Piece => p !== null)
  return {
    icons: pieces.filter(
      (p) => isIconWord(p.text) && (p.text.includes('_') || p.text === p.text.toLowerCase()),
    ).length,
    inlineLabels: top.filter((p) => {
      const m = matchLabel(p.text, { requireColon: true })
      return m?.kind === 'metric' && m.inline !== null && !/^[•·▪*-]/.test(p.text)
    }).length,
    labelsNearTop: top.slice(0, 20).filter((p) => matchLabel(p.text)?.kind === 'metric').length,
    trailingLabels:
      trailingStart > 0 && trailingStart < items.length
        ? trailing.filter((p) => matchLabel(p.text)?.kind === 'metric').length
        : 0,
    gluedLines: [...perLine.values()].filter((n) => n >= 3).length,
    numberedTitles: pieces.filter((p) => {
      const m = listMarker(p.text)
      return m?.kind === 'number' && isTitleLike(m.rest, 9) && !/[.;:,]$/.test(m.rest)
    }).length,
    caseStudyMarks: pieces.filter(
      (p) =>
        identityFromCitation(p.text) !== null ||
        /^(For citation please use|Official title\/organi[sz]ation)/i.test(p.text) ||
        (parseSpeakerLine(p.text) !== null && p.line < 40),
    ).length,
    chromeAtTop: top.slice(0, 10).filter((p) => isChrome(p.text) || /enable JavaScript/i.test(p.text)).length,
  }
}

/** The layout of a text document; `plain` when nothing more specific fits. */
export function detectLayout(items: ReadonlyArray<Piece | null>): TextLayout {
  const f = layoutFeatures(items)
  if (f.icons >= 2) return 'card'
  if (f.inlineLabels >= 2 && f.labelsNearTop >= 2) return 'mirror'
  if (f.trailingLabels >= 2 || (f.gluedLines >= 1 && f.labelsNearTop < 2)) return 'glued'
  if (f.labelsNearTop >= 2) return 'bulleted'
  if (f.caseStudyMarks >= 1 || f.numberedTitles >= 3) return 'case-study'
  return 'plain'
}
