// Turns the narrative part of a profile into sections: headings start sections, sub-headings become
// `### ` lines, list items `- ` or `1. `, everything else paragraphs (the Markdown subset of the model).
import { isBoilerplate } from '../clean/boilerplate'
import { isUrlLine, repairUrl } from '../clean/urls'
import type { ProfileBuilder } from './builder'
import { contactLine, isContactHeading, isLinksHeading } from './contactBlock'
import { cleanHeading, isKnownHeading, isKnownSubHeading, isTitleLike, markdownHeading } from './headings'
import { listMarker, type Piece } from './pieces'

export interface NarrativeOptions {
  /** Short numbered lines standing alone (`1. Introduction`) head sections (award case studies). */
  numberedHeadings?: boolean
  /** What a short, unknown title-like line standing alone becomes. */
  unknownTitles?: 'section' | 'sub-heading' | 'paragraph'
  /** Card pages: a short title right above its paragraph, with no blank line between, is a theme sub-heading. */
  themeTitles?: boolean
}

type Item = Piece | null

const isolated = (items: readonly Item[], i: number): boolean =>
  (i === 0 || items[i - 1] === null) && (i === items.length - 1 || items[i + 1] === null)

/**
 * A card's theme line (`Digital learning`): a few words with no sentence punctuation, after a blank line (or
 * first), directly above running text. The themes vary from page to page, so position and form decide, not a list.
 */
function themeTitle(items: readonly Item[], i: number, text: string): boolean {
  const next = items[i + 1]
  if ((i > 0 && items[i - 1] !== null) || !next) return false
  if (!isTitleLike(text, 6) || /[.:;,!?]$/.test(text) || listMarker(text)) return false
  return next.text.split(/\s+/).length >= 8 && /[.!?:;”"’)]$/.test(next.text)
}

function isSubHeadingText(text: string): boolean {
  if (isKnownSubHeading(text)) return true
  return /:$/.test(text) && text.split(/\s+/).length <= 5 && /^[\p{Lu}]/u.test(text) && !/[.;!?]/.test(text)
}

/** A numbered line that is a section title rather than a list item: short, no sentence punctuation. */
function numberedTitle(text: string): string | null {
  const m = listMarker(text)
  if (!m || m.kind !== 'number') return null
  const rest = m.rest.trim()
  return rest.split(/\s+/).length <= 9 && isTitleLike(rest) && !/[.;:,]$/.test(rest) ? rest : null
}

const MD_LINK = /^\[([^\]]*)\]\((https?:\/\/[^)\s]+|mailto:[^)\s]+)\)$/

export function readNarrative(
  items: readonly Item[],
  b: ProfileBuilder,
  options: NarrativeOptions = {},
): void {
  // A document that marks its headings (`## Vision`, from Markdown or HTML) marks all of them: an unmarked short
  // line standing alone is a paragraph there.
  const marked = items.some((p) => p !== null && markdownHeading(p.text) !== null)
  const unknownTitles = marked ? 'paragraph' : (options.unknownTitles ?? 'sub-heading')
  let listNumber = 0
  let gluedItem = false
  // Under a `## Contacts` or `## Links` heading, the list items are contacts or links; the heading starts a
  // section only if something else follows it.
  let list: { kind: 'contacts' | 'links'; heading: string } | null = null
  items.forEach((piece, i) => {
    if (!piece) return
    const text = piece.text
    const marker = listMarker(text)
    if (marker?.kind !== 'number') listNumber = 0
    if (isBoilerplate(text)) return b.boiler(piece)
    const md = markdownHeading(text)
    if (md && md.level <= 2) list = null
    if (md && md.level <= 2 && (isContactHeading(md.text) || isLinksHeading(md.text))) {
      list = { kind: isLinksHeading(md.text) ? 'links' : 'contacts', heading: md.text }
      return b.label(piece, list.kind === 'links' ? 'link' : 'contact')
    }
    if (list) {
      const contact = list.kind === 'contacts' ? contactLine(text) : null
      if (contact) {
        // A mail link's syntax (`[a@b.org](mailto:a@b.org)`) is markup around the address: a label of the contact.
        const mail = /\s*\[[^\]]*\]\(mailto:[^()\s]+\)$/.exec(text)
        const at = mail && mail.index > 0 ? mail.index : text.length
        b.contact({ line: piece.line, text: text.slice(0, at).trimEnd() }, contact)
        if (at < text.length) b.label({ line: piece.line, text: text.slice(at).trim() }, 'contact')
        return
      }
      const link = list.kind === 'links' ? MD_LINK.exec(marker?.rest ?? text) : null
      if (link) return b.link(piece, { label: link[1] || link[2]!, url: link[2]! })
      b.startSection(list.heading, null)
      list = null
    }
    if (md) {
      if (md.level <= 2) b.startSection(md.text, piece)
      else b.sectionText(piece, `### ${md.text}`)
      return
    }
    if (isKnownHeading(cleanHeading(text)) && !marker) return void b.startSection(cleanHeading(text), piece)
    const numbered = options.numberedHeadings ? numberedTitle(text) : null
    if (numbered && (isolated(items, i) || isKnownHeading(numbered)))
      return void b.startSection(numbered, piece)
    if (isSubHeadingText(text) && !marker) return b.sectionText(piece, `### ${cleanHeading(text)}`)
    const link = MD_LINK.exec(text)
    if (link) return b.link(piece, { label: link[1] || link[2]!, url: link[2]! })
    if (isUrlLine(text)) return b.link(piece, { label: 'Website', url: repairUrl(text) })
    if (marker) {
      if (marker.kind === 'number') listNumber += 1
      const block = marker.kind === 'bullet' ? `- ${marker.rest}` : `${listNumber}. ${marker.rest}`
      return b.sectionText(piece, block)
    }
    if (options.themeTitles && themeTitle(items, i, text)) return b.sectionText(piece, `### ${text}`)
    if (unknownTitles !== 'paragraph' && isolated(items, i) && isTitleLike(text, 8) && !/[:!?]$/.test(text)) {
      if (unknownTitles === 'section') return void b.startSection(text, piece)
      return b.sectionText(piece, `### ${text}`)
    }
    const last = b.currentSection().blocks.at(-1)
    const previous = items[i - 1]
    const lowerStart = /^[\p{Ll}]/u.test(text)
    // A glued list: lower-case items split from the same line as the `…objectives:` that introduces them.
    if (last && lowerStart && previous?.line === piece.line && (/:$/.test(last) || gluedItem)) {
      gluedItem = true
      return b.sectionText(piece, `- ${text}`)
    }
    gluedItem = false
    // A hard-wrapped paragraph: the previous line stops mid-sentence and this one goes on in lower case.
    const wrapped = previous && previous.line < piece.line
    if (wrapped && last && !/^(#|- |\d+\. )/.test(last) && !/[.!?:;”"’)]$/.test(last) && lowerStart) {
      return b.continueParagraph(piece)
    }
    b.sectionText(piece, text)
  })
}

/** Joins a section's blocks: list items of one list on consecutive lines, other blocks a blank line apart. */
export function sectionBody(blocks: readonly string[]): string {
  const isItem = (s: string): boolean => /^(- |\d+\. )/.test(s)
  return blocks.reduce((body, block, i) => {
    if (i === 0) return block
    const sep = isItem(block) && isItem(blocks[i - 1]!) ? '\n' : '\n\n'
    return body + sep + block
  }, '')
}
