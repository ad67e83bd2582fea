// Judges the parser on the two corpora in test/fixtures: `layouts` (the first corpus) and `holdout` (a second,
// independent writer's pages, to check that the rules generalise). Raw pages and expectations written
// independently of the parser; the comparison rules are in test/fixtures/layouts/README.md.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textToLines } from '../input/plainToLines'
import { conservationProblems } from './conservation'
import { parseLines } from './parse'
import { ProfileSchema } from '../model'

const FIXTURES = join(__dirname, '../../../test/fixtures')
const CORPORA = ['layouts', 'holdout'] as const

interface Expected {
  layout: string
  city: string
  country: string
  headline?: string | null
  introStartsWith?: string
  headings?: string[]
  subHeadings?: string[]
  metrics?: Record<string, null | Record<string, number | null>>
  contacts?: Array<{ role: string; name: string; title?: string | null; email?: string | null }>
  links?: string[]
  extraFields?: Array<{ label: string; value: string }>
  unassigned?: string[]
  boilerplateIncludes?: string[]
  bodyIncludes?: string[]
  bodyExcludes?: string[]
  bodyExcludesLines?: string[]
  truncated?: boolean
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim()

const cases = CORPORA.flatMap((corpus) =>
  readdirSync(join(FIXTURES, corpus), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(FIXTURES, corpus, d.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [`${corpus}/${d.name}/${f}`, join(FIXTURES, corpus, d.name, f)] as const),
    ),
)

describe.each(cases)('%s', (_name, path) => {
  const expected = JSON.parse(readFileSync(path.replace(/\.txt$/, '.expected.json'), 'utf8')) as Expected
  const lines = textToLines(readFileSync(path, 'utf8'))
  const doc = parseLines(lines, { file: path, sha256: null })
  const p = doc.profile
  const bodies = p.sections.map((s) => s.body)
  const allBody = norm(bodies.join(' '))

  it('detects the layout and the identity', () => {
    expect(doc.layout).toBe(expected.layout)
    expect([norm(p.city), norm(p.country)]).toEqual([expected.city, expected.country])
    if (expected.headline !== undefined) expect(p.headline && norm(p.headline)).toBe(expected.headline)
  })

  it('finds the headings and sub-headings', () => {
    if (expected.introStartsWith) {
      expect(p.sections[0]?.heading).toBeNull()
      expect(norm(p.sections[0]?.body ?? '').slice(0, norm(expected.introStartsWith).length)).toBe(
        norm(expected.introStartsWith),
      )
    }
    if (expected.headings) {
      expect(
        p.sections.flatMap((s) => (s.heading === null || s.heading === 'Quote' ? [] : [norm(s.heading)])),
      ).toEqual(expected.headings)
    }
    if (expected.subHeadings) {
      const subs = bodies.flatMap((b) =>
        [...b.matchAll(/^### (.+)$/gm)].map((m) => norm(m[1]!).replace(/:$/, '')),
      )
      expect(subs).toEqual(expected.subHeadings)
    }
  })

  it('reads the metrics, contacts, links and extra fields', () => {
    for (const [key, want] of Object.entries(expected.metrics ?? {})) {
      const got = p.metrics[key as keyof typeof p.metrics]
      if (want === null) expect(got, key).toBeNull()
      else expect(got, key).toMatchObject(want)
    }
    if (expected.contacts) {
      const contacts = p.contacts.map((c) => ({ ...c, name: norm(c.name), title: c.title && norm(c.title) }))
      expect(contacts.map((c) => `${c.role}: ${c.name}`).sort()).toEqual(
        expected.contacts.map((c) => `${c.role}: ${c.name}`).sort(),
      )
      for (const want of expected.contacts) {
        const got = contacts.find((c) => c.role === want.role && c.name === want.name)
        if (want.title !== undefined) expect(got?.title, want.name).toBe(want.title)
        if (want.email !== undefined) expect(got?.email, want.name).toBe(want.email)
      }
    }
    if (expected.links) expect(p.links.map((l) => l.url).sort()).toEqual([...expected.links].sort())
    for (const field of expected.extraFields ?? []) expect(p.extraFields).toContainEqual(field)
  })

  it('keeps every line: unassigned, boilerplate, bodies and conservation', () => {
    if (expected.unassigned) expect(p.unassigned.map(norm).sort()).toEqual([...expected.unassigned].sort())
    for (const line of expected.boilerplateIncludes ?? []) expect(p.boilerplate.map(norm)).toContain(line)
    for (const text of expected.bodyIncludes ?? []) expect(allBody).toContain(norm(text))
    for (const text of expected.bodyExcludes ?? []) expect(allBody).not.toContain(norm(text))
    const bodyLines = bodies.flatMap((b) => b.split('\n').map((l) => l.trim()))
    for (const line of expected.bodyExcludesLines ?? []) expect(bodyLines).not.toContain(line)
    if (expected.truncated !== undefined) {
      expect(doc.diagnostics.some((d) => d.code === 'truncated')).toBe(expected.truncated)
    }
    expect(conservationProblems(lines, doc)).toEqual([])
    expect(ProfileSchema.safeParse(p).error?.issues ?? []).toEqual([])
  })
})
