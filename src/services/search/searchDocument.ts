// What search reads of a profile: every field a curator may remember a word from, as text, one entry per
// field name (the names a hit reports as where it matched).
import type { StoredRecord } from '../../core/library/record'

export const SEARCH_FIELDS = [
  'city',
  'country',
  'headline',
  'notes',
  'headings',
  'sections',
  'contacts',
  'links',
  'extraFields',
  'unassigned',
] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

export type SearchDocument = { id: string } & Record<SearchField, string>

/** Words in the city's name weigh most; a word in a long narrative weighs least. */
export const FIELD_BOOST: Partial<Record<SearchField, number>> = {
  city: 5,
  country: 3,
  headline: 2,
  headings: 1.5,
  contacts: 1.5,
}

const lines = (values: ReadonlyArray<string | null | undefined>): string =>
  values.filter((v): v is string => Boolean(v)).join('\n')

export function searchDocument(record: StoredRecord): SearchDocument {
  const p = record.profile
  return {
    id: record.id,
    city: p.city,
    country: p.country,
    headline: p.headline ?? '',
    notes: p.notes,
    headings: lines(p.sections.map((s) => s.heading)),
    sections: lines(p.sections.map((s) => s.body)),
    contacts: lines(p.contacts.flatMap((c) => [c.name, c.title])),
    links: lines(p.links.map((l) => l.label)),
    extraFields: lines(p.extraFields.flatMap((f) => [f.label, f.value])),
    unassigned: lines(p.unassigned),
  }
}
