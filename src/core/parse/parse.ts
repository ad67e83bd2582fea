// The parser's entry point: lines in, a profile out. Total: it never throws on text, and every piece of
// every non-empty line is recorded in the trace with the field it went to.
import { emptyMetrics, type Layout, type Profile } from '../model'
import { hashId } from '../model/hashId'
import { ProfileBuilder } from './builder'
import { detectLayout, type TextLayout } from './detectLayout'
import { cityFromText, countryFromText } from './identity'
import { parseBulleted } from './layouts/bulleted'
import { parseCard } from './layouts/card'
import { parseCaseStudy } from './layouts/caseStudy'
import { parseGlued } from './layouts/glued'
import { parseMirror } from './layouts/mirror'
import { parsePlain } from './layouts/plainText'
import { sectionBody } from './narrative'
import { hasGluedName } from './deglue'
import { toPieces, type Piece } from './pieces'
import type { Item } from './regions'
import type { ParsedDocument, SourceInfo } from './types'

const PARSERS: Record<TextLayout, (items: readonly Item[], b: ProfileBuilder) => void> = {
  bulleted: parseBulleted,
  glued: parseGlued,
  card: parseCard,
  mirror: parseMirror,
  plain: parsePlain,
  'case-study': parseCaseStudy,
}

/** Fills a missing city or country from the running text (`The city of X`, `…in Japan`). */
function completeIdentity(b: ProfileBuilder): void {
  if (b.city && b.country) return
  const text = [b.headline ?? '', ...b.sections.flatMap((s) => [s.heading ?? '', ...s.blocks])].join('\n')
  const city = b.city || cityFromText(text)
  const country = b.country || countryFromText(text)
  if (city && !b.city) b.diagnose('info', 'city-from-text', `City read from the text: ${city}.`)
  if (country && !b.country)
    b.diagnose('info', 'country-from-text', `Country read from the text: ${country}.`)
  b.identityHint(city, country)
  if (!b.city) b.diagnose('warning', 'no-city', 'No city found: fill it in by hand.')
  if (!b.country) b.diagnose('warning', 'no-country', 'No country found: fill it in by hand.')
}

/** An excerpt cut mid-sentence: its last piece is running text that stops without punctuation. */
function checkTruncation(items: readonly Item[], b: ProfileBuilder): void {
  const last = [...items].reverse().find((p): p is Piece => p !== null)
  if (!last) return
  const entry = b.trace.findLast((t) => t.line === last.line && t.text === last.text)
  if (entry?.to !== 'section' && entry?.to !== 'unassigned') return
  if (/[.!?:;”"’)»…]$/.test(last.text) || last.text.split(/\s+/).length < 8) return
  b.diagnose('warning', 'truncated', 'The text stops mid-sentence: the excerpt looks cut off.', last.line)
}

function assemble(b: ProfileBuilder, layout: Layout, source: SourceInfo, text: string): Profile {
  const importedAt = source.importedAt ?? new Date().toISOString()
  return {
    id: `p-${(source.sha256 ?? hashId(text)).slice(0, 16)}`,
    city: b.city,
    country: b.country,
    headline: b.headline,
    metrics: b.metrics,
    sections: b.sections
      .map((s, i) => ({ id: `s${i + 1}`, heading: s.heading, body: sectionBody(s.blocks) }))
      .filter((s) => s.heading !== null || s.body !== ''),
    contacts: b.contacts,
    links: b.links,
    extraFields: b.extraFields,
    status: 'draft',
    notes: '',
    unassigned: b.unassigned,
    boilerplate: b.boilerplate,
    source: { file: source.file, layout, sha256: source.sha256, importedAt },
    createdAt: importedAt,
    updatedAt: importedAt,
  }
}

/** Keeps every line for the curator when a layout parser fails on input it did not foresee. */
function fallback(lines: readonly string[], source: SourceInfo, error: unknown): ParsedDocument {
  const b = new ProfileBuilder()
  lines.forEach((text, i) => {
    if (text.trim()) b.unassign({ line: i + 1, text: text.trim() })
  })
  b.diagnose(
    'error',
    'parser-error',
    `The parser failed (${String(error)}); every line was kept in unassigned.`,
  )
  const profile = assemble(b, 'plain', source, lines.join('\n'))
  return {
    profile: { ...profile, metrics: emptyMetrics() },
    layout: 'plain',
    diagnostics: b.diagnostics,
    trace: b.trace,
    lines: [...lines],
  }
}

function read(items: readonly Item[]): { layout: TextLayout; b: ProfileBuilder } {
  const layout = detectLayout(items)
  const b = new ProfileBuilder()
  PARSERS[layout](items, b)
  return { layout, b }
}

/** Parses the lines of one text document (from any input adapter) into a profile. */
export function parseLines(lines: readonly string[], source: SourceInfo): ParsedDocument {
  try {
    let items = toPieces(lines)
    let { layout, b } = read(items)
    // The city's name glued to the text before it (`...of the AuvergneClermont-Ferrand, the capital...`) is a
    // boundary only once the page has said which city it is: split there and read the page again.
    const names = b.city ? [b.city] : []
    if (names.length > 0 && hasGluedName(items.map((p) => p?.text ?? '').join('\n'), names)) {
      items = toPieces(lines, names)
      ;({ layout, b } = read(items))
    }
    completeIdentity(b)
    checkTruncation(items, b)
    const profile = assemble(b, layout, source, lines.join('\n'))
    return { profile, layout, diagnostics: b.diagnostics, trace: b.trace, lines: [...lines] }
  } catch (error) {
    return fallback(lines, source, error)
  }
}
