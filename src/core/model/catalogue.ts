// The metric catalogue: the one place that says which metrics a learning-city profile has, how sources label
// them, their unit and plausible range. Parsing, the editor form, validation and export columns all read it.

export const METRIC_UNITS = ['people', 'km2', 'people/km2', 'USD', 'years', 'year'] as const
export type MetricUnit = (typeof METRIC_UNITS)[number]

export interface MetricDefinition {
  key: MetricKey
  /** The label shown in the app and used in exports. */
  label: string
  /** A short name for narrow places: a table column, a facet. */
  short: string
  /** Every label variant seen in sources; matched case-, dash- and punctuation-insensitively. */
  labels: readonly string[]
  unit: MetricUnit
  /** Values outside this range are implausible for a city (validation flags them, parsing keeps them). */
  range: { min: number; max: number }
  /** Whole numbers only (counts and years). */
  integer: boolean
}

export const METRIC_KEYS = [
  'population',
  'urbanArea',
  'populationDensity',
  'gdpCity',
  'gdpCountry',
  'yearsOfSchooling',
  'memberSince',
] as const
export type MetricKey = (typeof METRIC_KEYS)[number]

/** The year the Global Network of Learning Cities was founded: no city can be a member before it. */
export const NETWORK_FOUNDED = 2013

export const METRIC_CATALOGUE: readonly MetricDefinition[] = [
  {
    key: 'population',
    label: 'City population',
    short: 'Population',
    labels: ['City population', 'Population', 'Total population', 'Population of the city', 'Inhabitants'],
    unit: 'people',
    range: { min: 100, max: 40_000_000 },
    integer: true,
  },
  {
    key: 'urbanArea',
    label: 'City/Urban area',
    short: 'Area',
    labels: ['City/Urban area', 'Urban area', 'City area', 'Area', 'Surface area', 'Total area', 'Land area'],
    unit: 'km2',
    range: { min: 0.1, max: 300_000 },
    integer: false,
  },
  {
    key: 'populationDensity',
    label: 'Population density',
    short: 'Density',
    labels: ['Population density', 'Density', 'Population density (per km²)'],
    unit: 'people/km2',
    range: { min: 0.1, max: 60_000 },
    integer: false,
  },
  {
    key: 'gdpCity',
    label: 'GDP per capita – city',
    short: 'GDP city',
    labels: [
      'GDP – city',
      'City GDP per capita',
      'GDP per capita – city',
      'GDP per capita (city)',
      'City GDP',
      'GDP per capita of the city',
      // A city's own page that says only `GDP per capita` means the city's figure.
      'GDP per capita',
    ],
    unit: 'USD',
    range: { min: 100, max: 250_000 },
    integer: false,
  },
  {
    key: 'gdpCountry',
    label: 'GDP per capita – country',
    short: 'GDP country',
    labels: [
      'GDP – country',
      'Country GDP per capita',
      'GDP per capita – country',
      'GDP per capita (country)',
      'Country GDP',
      'National GDP per capita',
      'GDP per capita of the country',
    ],
    unit: 'USD',
    range: { min: 100, max: 250_000 },
    integer: false,
  },
  {
    key: 'yearsOfSchooling',
    label: 'Average years of schooling',
    short: 'Schooling',
    labels: [
      'Average number of years of schooling',
      'Average years of schooling',
      'Mean years of schooling',
      'Years of schooling',
    ],
    unit: 'years',
    range: { min: 0.5, max: 20 },
    integer: false,
  },
  {
    key: 'memberSince',
    label: 'Member since',
    short: 'Member since',
    labels: ['Member since', 'GNLC member since', 'Year of joining', 'Joined the network', 'Joined GNLC'],
    unit: 'year',
    range: { min: NETWORK_FOUNDED, max: 2100 },
    integer: true,
  },
]

/**
 * Labels that sources put in the metric block but that are not metrics. They are recognised so that their
 * values are kept (a name after `Mayor` becomes a contact) instead of being read as the previous metric's value.
 */
export const EXTRA_LABELS = [
  { label: 'Mayor', kind: 'person', role: 'mayor' },
  { label: 'Focal point', kind: 'person', role: 'focal point' },
  { label: 'Contact person', kind: 'person', role: 'focal point' },
  { label: 'City award', kind: 'text', role: null },
  { label: 'Learning City Award', kind: 'text', role: null },
  { label: 'Region', kind: 'text', role: null },
  { label: 'Country', kind: 'text', role: null },
  { label: 'City', kind: 'text', role: null },
  { label: 'Official language', kind: 'text', role: null },
  { label: 'Official languages', kind: 'text', role: null },
  { label: 'Website', kind: 'text', role: null },
  { label: 'City website', kind: 'text', role: null },
] as const

export function metricDefinition(key: MetricKey): MetricDefinition {
  const def = METRIC_CATALOGUE.find((m) => m.key === key)
  if (!def) throw new Error(`Unknown metric ${key}`)
  return def
}
