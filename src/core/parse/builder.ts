// Collects what a layout parser finds. Every piece a parser reads is handed to exactly one method here,
// which records where it went (the trace): that is how conservation is checked and how the app can show
// the source line behind each field.
import type { Contact, Diagnostic, ExtraField, Link, Metric, MetricKey, Metrics } from '../model'
import { emptyMetrics } from '../model'
import type { Piece } from './pieces'

/** A person's name without honorifics, case or punctuation, for recognising the same person twice. */
const personKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\b(mr|mrs|ms|dr|prof|mayor)\b\.?/g, '')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()

export type Destination =
  | 'identity'
  | 'headline'
  | 'metric'
  | 'section'
  | 'contact'
  | 'link'
  | 'extra'
  | 'unassigned'
  | 'boilerplate'
  | 'label'

export interface TraceEntry {
  line: number
  text: string
  to: Destination
  /** The field it went to: a metric key, a section index, a contact index. */
  ref: string | null
}

export interface SectionDraft {
  heading: string | null
  blocks: string[]
}

export class ProfileBuilder {
  city = ''
  country = ''
  headline: string | null = null
  readonly metrics: Metrics = emptyMetrics()
  readonly sections: SectionDraft[] = []
  readonly contacts: Contact[] = []
  readonly links: Link[] = []
  readonly extraFields: ExtraField[] = []
  readonly unassigned: string[] = []
  readonly boilerplate: string[] = []
  readonly diagnostics: Diagnostic[] = []
  readonly trace: TraceEntry[] = []

  private record(piece: Piece, to: Destination, ref: string | null = null): void {
    this.trace.push({ line: piece.line, text: piece.text, to, ref })
  }

  /** An identity line. One that contradicts what is already known is kept in unassigned, not dropped. */
  identity(piece: Piece, city: string, country: string): void {
    if ((city && this.city && city !== this.city) || (country && this.country && country !== this.country)) {
      this.diagnose(
        'warning',
        'identity-conflict',
        `"${piece.text}" names another city or country than ${this.city}, ${this.country}.`,
        piece.line,
      )
      return this.unassign(piece)
    }
    if (city) this.city = city
    if (country) this.country = country
    this.record(piece, 'identity')
  }

  /** A line that names the city or country but is stored elsewhere too (a citation): only fills identity. */
  identityHint(city: string | null, country: string | null): void {
    if (city && !this.city) this.city = city
    if (country && !this.country) this.country = country
  }

  setHeadline(piece: Piece): void {
    this.headline = piece.text
    this.record(piece, 'headline')
  }

  /** A label line (`• City population:`) whose meaning is carried by the field it names. */
  label(piece: Piece, ref: string): void {
    this.record(piece, 'label', ref)
  }

  metric(piece: Piece, key: MetricKey, metric: Metric): void {
    this.metrics[key] = metric
    this.record(piece, 'metric', key)
  }

  /** Starts a section; the heading piece is null for the intro and for sections without a heading line. */
  startSection(heading: string | null, piece: Piece | null): SectionDraft {
    const section: SectionDraft = { heading, blocks: [] }
    this.sections.push(section)
    if (piece) this.record(piece, 'section', String(this.sections.length - 1))
    return section
  }

  currentSection(): SectionDraft {
    return this.sections[this.sections.length - 1] ?? this.startSection(null, null)
  }

  /** Adds Markdown text to the current section; `block` is one paragraph, list item or `###` line. */
  sectionText(piece: Piece, block: string): void {
    this.currentSection().blocks.push(block)
    this.record(piece, 'section', String(this.sections.length - 1))
  }

  /** Appends a wrapped line to the current section's last paragraph. */
  continueParagraph(piece: Piece): void {
    const blocks = this.currentSection().blocks
    blocks[blocks.length - 1] = `${blocks[blocks.length - 1] ?? ''} ${piece.text}`.trim()
    this.record(piece, 'section', String(this.sections.length - 1))
  }

  /**
   * Adds a contact, or completes an existing one with the same name: a card's `Mayor` label and the quote's
   * speaker are often the same person.
   */
  contact(piece: Piece | null, contact: Contact): number {
    const key = personKey(contact.name)
    let index = this.contacts.findIndex((c) => personKey(c.name) === key)
    if (index < 0) {
      this.contacts.push(contact)
      index = this.contacts.length - 1
    } else {
      const existing = this.contacts[index]!
      existing.title ??= contact.title
      existing.email ??= contact.email
      if (contact.name.length > existing.name.length) existing.name = contact.name
    }
    if (piece) this.record(piece, 'contact', String(index))
    return index
  }

  /** A further line of an existing contact (its title or email). */
  contactPart(piece: Piece, index: number, part: Partial<Pick<Contact, 'title' | 'email'>>): void {
    const c = this.contacts[index]
    if (!c) return this.unassign(piece)
    // A second title or email for the same person is kept for the curator rather than overwriting the first.
    if (
      (part.title && c.title && c.title !== part.title) ||
      (part.email && c.email && c.email !== part.email)
    ) {
      return this.unassign(piece)
    }
    Object.assign(c, part)
    this.record(piece, 'contact', String(index))
  }

  link(piece: Piece, link: Link): void {
    this.links.push(link)
    this.record(piece, 'link', String(this.links.length - 1))
  }

  extra(piece: Piece, field: ExtraField): number {
    this.extraFields.push(field)
    this.record(piece, 'extra', String(this.extraFields.length - 1))
    return this.extraFields.length - 1
  }

  /** A value line of an extra field whose label was on the line before. */
  extraPart(piece: Piece, index: number): void {
    this.record(piece, 'extra', String(index))
  }

  unassign(piece: Piece, text: string = piece.text): void {
    this.unassigned.push(text)
    this.record(piece, 'unassigned')
  }

  boiler(piece: Piece): void {
    this.boilerplate.push(piece.text)
    this.record(piece, 'boilerplate')
  }

  diagnose(level: Diagnostic['level'], code: string, message: string, line: number | null = null): void {
    this.diagnostics.push({ level, code, message, line })
  }
}
