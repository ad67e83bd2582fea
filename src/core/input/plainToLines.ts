// Plain text to lines, and the one line normalisation that every input adapter shares, so that a profile reads
// the same whether it arrived as text, HTML or Markdown.
import { defuseLinks } from './linkUrl'

/** Every Unicode line terminator: CRLF first so that it counts as one break, then LF, CR, VT, FF, NEL, LS, PS. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/

/** No-break, narrow no-break and figure spaces: typesetting choices, not content. */
const NO_BREAK_SPACES = /[\u00a0\u202f\u2007]/g

/**
 * Zero-width space, word joiner, BOM and soft hyphen are invisible and break label matching (`Popu\u00adlation`).
 * ZWJ and ZWNJ are kept on purpose: they change spelling in Persian and Indic scripts and form emoji sequences.
 */
const INVISIBLES = /[\u200b\u2060\ufeff\u00ad]/g

/** C0 and C1 controls other than tab: never content, and unsafe to show or export. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g

/**
 * Normalises one line: NFC, plain spaces, no invisible or control characters, no surrounding whitespace, and no
 * link syntax that could run code (see defuseLinks).
 */
export function normaliseLine(line: string): string {
  return defuseLinks(
    line.normalize('NFC').replace(NO_BREAK_SPACES, ' ').replace(INVISIBLES, '').replace(CONTROLS, '').trim(),
  )
}

/** Splits text into normalised lines. A final line break does not make an extra empty line. */
export function textToLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(LINE_BREAK).map(normaliseLine)
  if (LINE_BREAK.test(text.slice(-1))) lines.pop()
  return lines
}
