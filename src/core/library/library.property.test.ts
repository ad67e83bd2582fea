// Properties of field paths and the merge on generated profiles.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  METRIC_CATALOGUE,
  MetricOriginSchema,
  ProfileSchema,
  StatusSchema,
  type Metric,
  type Profile,
} from '../model'
import { changedFields, FIELD_PATHS, getField, setField, type FieldPath } from './fields'
import { mergeImported } from './merge'
import { makeProfile } from './testProfile'

const text = fc.string({ maxLength: 12 })

const metric = (unit: Metric['unit']) =>
  fc.option(
    fc.record({
      value: fc.integer({ min: 0, max: 1_000_000 }),
      min: fc.constant(null),
      max: fc.constant(null),
      unit: fc.constant(unit),
      year: fc.option(fc.integer({ min: 1990, max: 2030 })),
      raw: fc.option(text),
      origin: fc.constantFrom(...MetricOriginSchema.options),
      evidence: fc.option(text),
    }),
  )

const profile: fc.Arbitrary<Profile> = fc
  .record({
    city: text,
    country: text,
    headline: fc.option(text),
    status: fc.constantFrom(...StatusSchema.options),
    notes: text,
    sections: fc.array(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), heading: fc.option(text), body: text }),
      {
        maxLength: 3,
      },
    ),
    contacts: fc.array(
      fc.record({
        role: fc.constantFrom('mayor', 'focal point'),
        name: fc.constantFrom('A', 'B'),
        title: fc.option(text),
        email: fc.constant(null),
      }),
      { maxLength: 2 },
    ),
    links: fc.array(fc.record({ label: text, url: fc.constantFrom('https://a.org', 'https://b.org') }), {
      maxLength: 2,
    }),
    extraFields: fc.array(fc.record({ label: fc.constantFrom('Region', 'Award'), value: text }), {
      maxLength: 2,
    }),
    unassigned: fc.array(text, { maxLength: 2 }),
    boilerplate: fc.array(text, { maxLength: 2 }),
    metrics: fc.record(Object.fromEntries(METRIC_CATALOGUE.map((d) => [d.key, metric(d.unit)]))),
  })
  .map((o) => makeProfile(o as Partial<Profile>))

const field = fc.constantFrom(...FIELD_PATHS)
const fieldSet = fc.uniqueArray(field).map((fs) => new Set<FieldPath>(fs))

describe('field and merge properties', () => {
  it('generates valid profiles', () => {
    fc.assert(fc.property(profile, (p) => ProfileSchema.safeParse(p).success))
  })

  it('merging a profile with itself finds no difference, whatever was edited', () => {
    fc.assert(
      fc.property(profile, fieldSet, (p, edited) => {
        expect(mergeImported(p, p, edited).differences).toEqual([])
        const { merged, differences } = mergeImported(p, structuredClone(p), edited)
        expect(differences).toEqual([])
        expect(changedFields(p, merged)).toEqual([])
      }),
    )
  })

  it('setting one field from another profile changes at most that field', () => {
    fc.assert(
      fc.property(profile, profile, field, (p, q, f) => {
        const changed = changedFields(p, setField(p, f, getField(q, f)))
        expect(changed.every((c) => c === f)).toBe(true)
        expect(changed.length).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('the merge of any two profiles is valid and keeps every edited field', () => {
    fc.assert(
      fc.property(profile, profile, fieldSet, (p, q, edited) => {
        const { merged, differences } = mergeImported(p, q, edited)
        expect(ProfileSchema.safeParse(merged).success).toBe(true)
        for (const f of edited) expect(getField(merged, f)).toEqual(getField(p, f))
        for (const d of differences)
          expect(getField(merged, d.field)).toEqual(d.taken ? d.incoming : d.current)
        const untouched = changedFields(p, merged).filter(
          (f) => !differences.some((d) => d.field === f && d.taken),
        )
        expect(untouched).toEqual([])
      }),
    )
  })
})
