// A piece is a stretch of source text with the line it came from. Glued lines become several pieces
// of the same line, so every field can still point back to its source line.
import { normaliseText } from '../clean/text'
import { deglue } from './deglue'

export interface Piece {
  /** 1-based line number in the source text. */
  line: number
  /** Normalised text (whitespace collapsed), never empty. */
  text: string
}

/**
 * Splits lines into normalised, de-glued pieces; blank lines become `null` separators (kept once). `names`
 * (the city, once known) are split off wherever they are glued to the text before them.
 */
export function toPieces(lines: readonly string[], names: readonly string[] = []): Array<Piece | null> {
  const out: Array<Piece | null> = []
  lines.forEach((raw, i) => {
    const text = normaliseText(raw)
    if (!text) {
      if (out.length > 0 && out[out.length - 1] !== null) out.push(null)
      return
    }
    for (const part of deglue(text, names)) out.push({ line: i + 1, text: part })
  })
  return out
}

/** Whether a piece is a list item, and its marker kind. */
export function listMarker(text: string): { kind: 'bullet' | 'number'; n: number; rest: string } | null {
  const bullet = /^[•·▪◦●○■□‣⁃*+–-]\s+(.*)$/.exec(text)
  if (bullet) return { kind: 'bullet', n: 0, rest: bullet[1] ?? '' }
  const number = /^(\d{1,2})[.)]\s+(.*)$/.exec(text)
  if (number) return { kind: 'number', n: Number(number[1]), rest: number[2] ?? '' }
  return null
}

/** The text without a leading list marker. */
export function withoutMarker(text: string): string {
  return listMarker(text)?.rest ?? text
}
