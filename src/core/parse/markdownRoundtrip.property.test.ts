// Parsing the Markdown export of a profile gives back its fields: every profile parsed from the corpus, and
// generated profiles of every shape the model holds, are exported, read back by the Markdown adapter and the
// parser, and compared; every line of the export is conserved. FUZZ_RUNS raises the number of generated profiles.
//
// What is compared: city, country, headline, each metric's value, min, max, unit and year, each section's heading
// and body (exactly: no whitespace is normalised), each contact (role, name, title, email) and each link (label, url).
// What is not, and why:
// - a metric's raw text, origin and evidence: the parser records what the page wrote (the export's formatted
//   figure) and that it came from the page (origin `source`); the export's origin note is kept in the trace;
// - a section without a heading after another section: Markdown has no way to end a section without starting
//   another, so its text reads as the end of the section before (compared merged into it, a blank line between);
// - id, status, notes, unassigned, boilerplate, extra fields, source and times: the export does not write them
//   as fields (id, status and source are the colophon, boilerplate by design);
// - a profile without both a city and a country: the title is then one name (or the id), which no rule can tell
//   from a headline; the generated profiles have both, as the corpus does;
// - see the generators for the text they leave out and why (a short exclamation opening a headline-less profile,
//   Markdown markup, pipes).
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { recordFigures } from '../../../test/reliability/figures'
import { profileMarkdown } from '../export/markdown'
import { markdownToLines } from '../input/markdownToLines'
import { textToLines } from '../input/plainToLines'
import {
  emptyMetrics,
  METRIC_CATALOGUE,
  METRIC_KEYS,
  ProfileSchema,
  type Metric,
  type MetricDefinition,
  type Profile,
} from '../model'
import { conservationProblems } from './conservation'
import { SECTION_HEADINGS, SUB_HEADINGS } from './headings'
import { sectionBody } from './narrative'
import { parseLines } from './parse'
import { textCorpus } from '../../../test/corpus'

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200)

/** The fields the export writes, in the form they are compared. */
function fields(p: Profile) {
  const sections: Array<{ heading: string | null; body: string }> = []
  for (const s of p.sections) {
    const last = sections.at(-1)
    if (last && s.heading === null) last.body = [last.body, s.body].filter(Boolean).join('\n\n')
    else sections.push({ heading: s.heading, body: s.body })
  }
  return {
    city: p.city,
    country: p.country,
    headline: p.headline,
    metrics: Object.fromEntries(
      METRIC_KEYS.map((k) => {
        const m = p.metrics[k]
        return [k, m && { value: m.value, min: m.min, max: m.max, unit: m.unit, year: m.year }]
      }),
    ),
    sections,
    contacts: p.contacts.map(({ role, name, title, email }) => ({ role, name, title, email })),
    // A bracket in a URL comes back percent-encoded: the same address (see linkUrl).
    links: p.links.map(({ label, url }) => ({ label, url: url.replace(/\(/g, '%28').replace(/\)/g, '%29') })),
  }
}

const figures = { corpusProfiles: 0, generatedProfiles: 0, fieldsCompared: 0, linesConserved: 0 }

/** Exports `p`, reads it back and checks every field and line. */
function roundTrip(p: Profile): void {
  const lines = markdownToLines(profileMarkdown(p))
  const doc = parseLines(lines, { file: 'export.md', sha256: null })
  expect(conservationProblems(lines, doc)).toEqual([])
  expect(ProfileSchema.safeParse(doc.profile).error?.issues ?? []).toEqual([])
  const want = fields(p)
  expect(fields(doc.profile)).toEqual(want)
  figures.linesConserved += lines.filter((l) => l.trim() !== '').length
  figures.fieldsCompared +=
    3 + METRIC_KEYS.length * 5 + want.sections.length * 2 + want.contacts.length * 4 + want.links.length * 2
}

// Generated profiles: text of the kind a profile page holds (sentences, short titles, names, web addresses).
// Markup characters go in as words (`R&D`, `snake_case`, `2*3`, `#1`): the export escapes them and they come back.
// Left out: emphasis (`*stars*` at the end of a headline loses its escape to the headline's own `*…*`), brackets
// (`]` in a link's label ends it), HTML and code spans (markdownHostile.test.ts shows the export keeps them inert),
// and `|`, which separates table cells.
const WORDS = [
  ...['learning', 'libraries', 'residents', 'schools', 'together', 'community', 'centres', 'skills', 'every'],
  ...['neighbourhood', 'offers', 'courses', 'adults', 'young', 'digital', 'green', 'river', 'museum'],
  ...['volunteers', 'programme', 'festival', 'families', 'culture', 'and', 'for', 'with', 'in', 'the'],
  ...['of', 'to', 'new', 'older', 'literacy', 'partners', 'university', 'kominkan', 'café', 'été', 'ngā'],
  ...['2019', '45', 'per', 'cent', 'evening', 'open', 'public', 'spaces', 'health', 'work', 'jobs'],
  ...[
    'women’s',
    "city's",
    '(UIL)',
    '“open”',
    'e-learning',
    '3,000',
    '&',
    '12%',
    'Wuhan',
    'SDGs',
    'co-operation',
    '/',
    // Markup characters the export escapes and the Markdown adapter unescapes.
    'R&D',
    'snake_case',
    'back\\slash',
    '2*3',
    '!',
    '#1',
  ],
]
const word = fc.constantFrom(...WORDS)
/** The first letter in capitals (after an opening quote or bracket): titles and sentences start so. */
const capital = (s: string): string => s.replace(/\p{L}/u, (c) => c.toUpperCase())
const syllables = fc
  .array(fc.constantFrom('ka', 'lo', 'mi', 'sun', 'ra', 'to', 'ven', 'ba', 'ri', 'no', 'ës', 'ñu'), {
    minLength: 2,
    maxLength: 4,
  })
  .map((s) => capital(s.join('')))
/**
 * A sentence: a capital, 6–24 words, a full stop (or a colon before a list). Not `!`: a profile without a headline
 * whose text opens with a short exclamation reads it back as its headline (the export marks the headline only
 * with emphasis, which the Markdown adapter drops, and a short first line with no full stop is a headline).
 */
const sentence = fc
  .tuple(fc.array(word, { minLength: 6, maxLength: 24 }), fc.constantFrom('.', '.', '.', ':'))
  .map(([w, end]) => capital(w.join(' ')) + end)
const title = fc
  .tuple(
    // A title starts with a letter, a figure, a quote or a bracket.
    word.filter((w) => /^[\p{L}\d“(]/u.test(w)),
    fc.array(word, { maxLength: 5 }),
  )
  .map(([first, rest]) => [first, ...rest].map(capital).join(' '))
const item = fc.array(word, { minLength: 2, maxLength: 10 }).map((w) => w.join(' '))

/** The blocks of a section body in the model's Markdown subset. */
const block = fc.oneof(
  sentence.map((s) => [s]),
  fc.array(item, { minLength: 1, maxLength: 5 }).map((xs) => xs.map((x) => `- ${x}`)),
  fc.array(item, { minLength: 1, maxLength: 5 }).map((xs) => xs.map((x, i) => `${i + 1}. ${x}`)),
  title.map((t) => [`### ${t}`]),
)
/** Blocks of one kind next to each other are one block (two lists in a row are one list). */
const body = fc.array(block, { maxLength: 5 }).map((blocks) => {
  const merged = blocks.filter((b, i) => i === 0 || b[0]!.slice(0, 2) !== blocks[i - 1]![0]!.slice(0, 2))
  return sectionBody(merged.flat())
})
/**
 * A heading: the known ones, sub-headings and free titles; `Contacts` and `Links` with text under them (a list
 * of contacts or links there is read as such, and the heading alone is no section).
 */
const headedSection = fc.oneof(
  fc.tuple(fc.oneof(title, fc.constantFrom(...SECTION_HEADINGS, ...SUB_HEADINGS)), body),
  fc.tuple(
    fc.constantFrom('Contacts', 'Links'),
    body.filter((b) => /^[^-\d]/.test(b)),
  ),
)
const sections = fc
  .tuple(fc.option(body.filter((b) => b !== '')), fc.array(headedSection, { maxLength: 5 }))
  .map(([intro, rest]) => [
    ...(intro === null ? [] : [{ id: 's0', heading: null, body: intro }]),
    ...rest.map(([heading, b], i) => ({ id: `s${i + 1}`, heading, body: b })),
  ])

/** A figure the export writes exactly: a whole number, or two decimals. */
const amount = (def: MetricDefinition): fc.Arbitrary<number> =>
  def.integer
    ? fc.integer({ min: 0, max: 40_000_000 })
    : fc.integer({ min: 0, max: 30_000_000 }).map((cents) => cents / 100)
const metric = (def: MetricDefinition): fc.Arbitrary<Metric | null> => {
  const made = (f: Pick<Metric, 'value' | 'min' | 'max' | 'year'>): Metric => ({
    ...f,
    unit: def.unit,
    raw: null,
    origin: 'manual',
    evidence: null,
  })
  // A member-since figure is a year: no band, no reference year.
  if (def.unit === 'year')
    return fc.option(
      fc.integer({ min: 2013, max: 2100 }).map((value) => made({ value, min: null, max: null, year: null })),
    )
  const a = amount(def)
  const year = fc.option(fc.integer({ min: 1800, max: 2100 }))
  const sorted = ([x, y]: [number, number]): [number, number] => [Math.min(x, y), Math.max(x, y)]
  return fc.option(
    fc.oneof(
      fc.tuple(a, year).map(([value, y]) => made({ value, min: null, max: null, year: y })),
      fc.tuple(a, year).map(([min, y]) => made({ value: null, min, max: null, year: y })),
      fc.tuple(a, year).map(([max, y]) => made({ value: null, min: null, max, year: y })),
      fc.tuple(a, a, year).map(([x, y, yr]) => {
        const [min, max] = sorted([x, y])
        return made({ value: null, min, max, year: yr })
      }),
      fc.tuple(a, a, a, year).map(([v, x, y, yr]) => {
        const [min, max] = sorted([x, y])
        return made({ value: v, min, max, year: yr })
      }),
    ),
  )
}
const metrics = fc.tuple(...METRIC_CATALOGUE.map(metric)).map((ms) => {
  const out = emptyMetrics()
  METRIC_CATALOGUE.forEach((def, i) => (out[def.key] = ms[i]!))
  return out
})

const personName = fc
  .tuple(
    fc.constantFrom('', 'Ms ', 'Mr ', 'Dr ', 'Datuk '),
    fc.array(syllables, { minLength: 2, maxLength: 3 }),
  )
  .map(([honorific, names]) => honorific + names.join(' '))
const contact = fc.record({
  role: fc.constantFrom('mayor', 'focal point', 'contact', 'speaker', 'deputy mayor', 'UNESCO focal point'),
  name: personName,
  title: fc.option(fc.tuple(title, fc.option(title)).map(([t, more]) => (more ? `${t}, ${more}` : t))),
  email: fc.option(
    fc
      .tuple(
        fc.constantFrom('info', 'jane.doe', 'learning-city', 'k.lee'),
        fc.constantFrom('org', 'gov.uk', 'go.kr'),
      )
      .map(([local, tld]) => `${local}@city.${tld}`),
  ),
})
const link = fc.record({
  label: title,
  url: fc
    .tuple(fc.constantFrom('https', 'http'), fc.array(word, { minLength: 1, maxLength: 3 }))
    .map(
      ([scheme, path]) => `${scheme}://www.example.org/${encodeURIComponent(path.join('-'))}?page=1&lang=en`,
    ),
})

const COUNTRIES = [
  'China',
  'Ireland',
  'Kenya',
  'Brazil',
  'Republic of Korea',
  'Peru',
  'Egypt',
  'Germany',
  'Viet Nam',
]
const profile: fc.Arbitrary<Profile> = fc
  .record({
    city: fc.oneof(
      syllables,
      fc.tuple(syllables, syllables).map(([a, b]) => `${a}-${b}`),
    ),
    country: fc.constantFrom(...COUNTRIES),
    headline: fc.option(title),
    metrics,
    sections,
    contacts: fc.uniqueArray(contact, { maxLength: 4, selector: (c) => c.name.replace(/^(Ms|Mr|Dr) /, '') }),
    links: fc.array(link, { maxLength: 4 }),
    status: fc.constantFrom('draft' as const, 'in-review' as const, 'done' as const),
  })
  .map((f) => ({
    id: 'p-generated',
    ...f,
    extraFields: [],
    notes: '',
    unassigned: [],
    boilerplate: [],
    source: { file: 'page.txt', layout: 'plain' as const, sha256: null, importedAt: '2026-11-23T08:00:00Z' },
    createdAt: '2026-11-23T08:00:00Z',
    updatedAt: '2026-11-23T08:00:00Z',
  }))

describe('the Markdown export of a profile parses back to the same fields', () => {
  afterAll(() =>
    recordFigures('markdown-roundtrip', {
      profilesChecked: figures.corpusProfiles + figures.generatedProfiles,
      ...figures,
    }),
  )

  it.each(textCorpus)('for the profile parsed from %s', (_name, text) => {
    const { profile: p } = parseLines(textToLines(text), { file: 'page.txt', sha256: null })
    roundTrip(p)
    figures.corpusProfiles += 1
  })

  it('for generated profiles of every shape', () => {
    fc.assert(
      fc.property(profile, (p) => {
        expect(ProfileSchema.safeParse(p).error?.issues ?? []).toEqual([])
        roundTrip(p)
        figures.generatedProfiles += 1
      }),
      { numRuns: RUNS },
    )
  })
})
