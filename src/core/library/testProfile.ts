// A valid profile for tests, built without the parser so that tests of the library, validation and export do not
// depend on how a seed happens to parse. Every metric is missing unless the test says otherwise.
import {
  emptyMetrics,
  metricDefinition,
  ProfileSchema,
  type Metric,
  type MetricKey,
  type Metrics,
  type Profile,
  type Source,
} from '../model'

export type ProfileOverrides = Partial<Omit<Profile, 'metrics' | 'source'>> & {
  /** Only the metrics named here are set; the others stay null. */
  metrics?: Partial<Metrics>
  source?: Partial<Source>
}

const STAMP = '2026-01-01T00:00:00.000Z'

/** A valid Profile (checked with ProfileSchema, so a bad override fails loudly where it is written). */
export function makeProfile(overrides: ProfileOverrides = {}): Profile {
  const { metrics, source, ...rest } = overrides
  return ProfileSchema.parse({
    id: 'p-test',
    city: 'Cork',
    country: 'Ireland',
    headline: null,
    sections: [],
    contacts: [],
    links: [],
    extraFields: [],
    status: 'draft',
    notes: '',
    unassigned: [],
    boilerplate: [],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...rest,
    metrics: { ...emptyMetrics(), ...metrics },
    source: { file: null, layout: 'bulleted', sha256: null, importedAt: STAMP, ...source },
  })
}

/** A valid metric for `key`: the catalogue's unit, origin `source`, a value of 1 unless overridden. */
export function makeMetric(key: MetricKey, overrides: Partial<Metric> = {}): Metric {
  return {
    value: 1,
    min: null,
    max: null,
    unit: metricDefinition(key).unit,
    year: null,
    raw: null,
    origin: 'source',
    evidence: null,
    ...overrides,
  }
}
