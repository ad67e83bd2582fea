import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { METRIC_KEYS, MetricSchema, metricDefinition, type MetricKey } from '../model'
import { parseMetricValue, type ParsedMetricValue } from './parseMetricValue'

type Expected = Partial<Omit<ParsedMetricValue, 'unit'>> | null

// [raw, metric, expected]: fields left out of `expected` must be null.
const CASES: ReadonlyArray<readonly [string, MetricKey, Expected]> = [
  // The seeds (shared/seeds/000–004), verbatim.
  ['More than 500 inhabitants per km²', 'populationDensity', { min: 500 }],
  ['Between USD 15,000 and USD 25,000', 'gdpCity', { min: 15000, max: 25000 }],
  ['More than USD 25,000', 'gdpCity', { min: 25000 }],
  ['USD$ 8,000', 'gdpCountry', { value: 8000 }],
  ['USD$ 7,924', 'gdpCountry', { value: 7924 }],
  ['USD 7,560', 'gdpCountry', { value: 7560 }],
  ['Cheng Mr Yongwen', 'memberSince', null],
  ['Cheng Mr Yongwen', 'population', null],
  ['more than 9 million inhabitants in 2015', 'population', { min: 9_000_000, year: 2015 }],
  ['9.79 years of schooling', 'yearsOfSchooling', { value: 9.79 }],
  ['19.5 billion yuan (US $2.8 billion)', 'gdpCity', { value: 2_800_000_000 }],
  // Values of the layout fixtures (test/fixtures/layouts), verbatim.
  ['Between USD 5,000 and USD 15,000', 'gdpCity', { min: 5000, max: 15000 }],
  ['Less than USD 5,000', 'gdpCity', { max: 5000 }],
  ['Between 300 and 500 inhabitants per km²', 'populationDensity', { min: 300, max: 500 }],
  ['41 500', 'population', { value: 41500 }],
  ['80,006 (2010)', 'population', { value: 80006, year: 2010 }],
  ['380.64 km²', 'urbanArea', { value: 380.64 }],
  ['2,444 inhabitants/km²', 'populationDensity', { value: 2444 }],
  ['City population: 80,006 (2010)', 'population', { value: 80006, year: 2010 }],
  // Lower and upper bounds.
  ['Less than 300', 'populationDensity', { max: 300 }],
  ['over 1,000 people/km²', 'populationDensity', { min: 1000 }],
  ['above 750 inhabitants/km²', 'populationDensity', { min: 750 }],
  ['at least 2 million', 'population', { min: 2_000_000 }],
  ['greater than USD 40,000', 'gdpCity', { min: 40000 }],
  ['> 500', 'populationDensity', { min: 500 }],
  ['≥500', 'populationDensity', { min: 500 }],
  ['under 200 km²', 'urbanArea', { max: 200 }],
  ['below USD 1,000', 'gdpCountry', { max: 1000 }],
  ['up to 12 years', 'yearsOfSchooling', { max: 12 }],
  ['fewer than 100,000 inhabitants', 'population', { max: 100_000 }],
  ['< 300', 'populationDensity', { max: 300 }],
  ['≤ 300 people/km²', 'populationDensity', { max: 300 }],
  ['no more than 300', 'populationDensity', { max: 300 }],
  ['not less than 50 km²', 'urbanArea', { min: 50 }],
  ['500+', 'populationDensity', { min: 500 }],
  ['250 000 inhabitants or more', 'population', { min: 250_000 }],
  ['1,000 or less', 'populationDensity', { max: 1000 }],
  // Ranges.
  ['15,000–25,000', 'gdpCity', { min: 15000, max: 25000 }],
  ['15 000 - 25 000', 'gdpCity', { min: 15000, max: 25000 }],
  ['USD 15,000-25,000', 'gdpCity', { min: 15000, max: 25000 }],
  ['USD 15k–25k', 'gdpCity', { min: 15000, max: 25000 }],
  ['from 1,000 to 2,000 inhabitants per km²', 'populationDensity', { min: 1000, max: 2000 }],
  ['between 2.1 and 2.4 million (2020)', 'population', { min: 2_100_000, max: 2_400_000, year: 2020 }],
  ['between 500 and 2 million', 'population', { min: 500, max: 2_000_000 }],
  ['Between 25,000 and 15,000 USD', 'gdpCity', { min: 15000, max: 25000 }],
  ['15,000 USD – 25,000 USD', 'gdpCity', { min: 15000, max: 25000 }],
  ['300 km² – 450 km²', 'urbanArea', { min: 300, max: 450 }],
  ['500~600', 'populationDensity', { min: 500, max: 600 }],
  ['1,200 and 1,500', 'population', { value: 1200 }],
  // Approximations are values.
  ['about 1.2 million', 'population', { value: 1_200_000 }],
  ['around 850 km²', 'urbanArea', { value: 850 }],
  ['approximately 9.5 years', 'yearsOfSchooling', { value: 9.5 }],
  ['almost 3 million people', 'population', { value: 3_000_000 }],
  ['nearly 10 million', 'population', { value: 10_000_000 }],
  ['some 4,000 inhabitants/km²', 'populationDensity', { value: 4000 }],
  ['c. 500', 'populationDensity', { value: 500 }],
  ['~ 1 500 km²', 'urbanArea', { value: 1500 }],
  // Currencies.
  ['US $2.8 billion', 'gdpCity', { value: 2_800_000_000 }],
  ['US$ 1,200', 'gdpCountry', { value: 1200 }],
  ['$ 12,000', 'gdpCity', { value: 12000 }],
  ['12,000 USD', 'gdpCity', { value: 12000 }],
  ['12 000 US dollars', 'gdpCity', { value: 12000 }],
  ['USD8,000', 'gdpCountry', { value: 8000 }],
  ['8 000 (2019)', 'gdpCountry', { value: 8000, year: 2019 }],
  ['RMB 120,000 (USD 17,400)', 'gdpCity', { value: 17400 }],
  ['RMB 120,000', 'gdpCity', null],
  ['€30,000', 'gdpCity', null],
  ['30 000 EUR', 'gdpCity', null],
  ['HK$ 380,000', 'gdpCity', null],
  ['Between 15,000 and 25,000 euros', 'gdpCity', null],
  ['45,000 Canadian dollars', 'gdpCity', null],
  ['USD 8,000', 'population', null],
  // Units and conversions.
  ['1.2 million inhabitants (2019)', 'population', { value: 1_200_000, year: 2019 }],
  ['9 million', 'population', { value: 9_000_000 }],
  ['nine million', 'population', { value: 9_000_000 }],
  ['a million residents', 'population', { value: 1_000_000 }],
  ['two thousand people', 'population', { value: 2000 }],
  ['1.2m', 'population', { value: 1_200_000 }],
  ['7 924 people', 'population', { value: 7924 }],
  ['120\u202F000 inhabitants', 'population', { value: 120_000 }],
  ['1.234.567 Einwohner', 'population', { value: 1_234_567 }],
  ['3,400 km2', 'urbanArea', { value: 3400 }],
  ['3 400 sq km', 'urbanArea', { value: 3400 }],
  ['1,500 square kilometres', 'urbanArea', { value: 1500 }],
  ['1,500 square kilometers', 'urbanArea', { value: 1500 }],
  ['12,500 hectares', 'urbanArea', { value: 125, note: 'converted from hectares to km²' }],
  ['100 sq mi', 'urbanArea', { value: 258.9988110336, note: 'converted from square miles to km²' }],
  ['100 square miles', 'urbanArea', { value: 258.9988110336, note: 'converted from square miles to km²' }],
  [
    '25 inhabitants per hectare',
    'populationDensity',
    { value: 2500, note: 'converted from people per hectare to people/km²' },
  ],
  ['1 200 inhabitants/km²', 'populationDensity', { value: 1200 }],
  ['1,200 /km²', 'populationDensity', { value: 1200 }],
  ['More than 500 inhabitants per km²', 'population', null],
  ['More than 500 inhabitants per km²', 'urbanArea', null],
  ['850 km²', 'populationDensity', null],
  ['1.2 million people on 500 km²', 'urbanArea', null],
  ['1.2 million people on 500 km²', 'population', null],
  ['9.79 years', 'yearsOfSchooling', { value: 9.79 }],
  ['9.79', 'yearsOfSchooling', { value: 9.79 }],
  ['9,79', 'yearsOfSchooling', { value: 9.79 }],
  ['nine years', 'yearsOfSchooling', { value: 9 }],
  ['16% of the population', 'population', null],
  // Years.
  ['1.2 million (2020)', 'population', { value: 1_200_000, year: 2020 }],
  ['1.2 million in 2015', 'population', { value: 1_200_000, year: 2015 }],
  ['1.2 million as of 2019', 'population', { value: 1_200_000, year: 2019 }],
  ['1.2 million, 2019 estimate', 'population', { value: 1_200_000, year: 2019 }],
  ['850 km² [2018]', 'urbanArea', { value: 850, year: 2018 }],
  ['1,234,567 (2018 census)', 'population', { value: 1_234_567, year: 2018 }],
  ['2019: 1.2 million', 'population', { value: 1_200_000, year: 2019 }],
  ['More than 2000 inhabitants per km² (2019)', 'populationDensity', { min: 2000, year: 2019 }],
  ['Between 1900 and 2000 people/km²', 'populationDensity', { min: 1900, max: 2000 }],
  ['as of 2019', 'population', null],
  ['2016', 'memberSince', { value: 2016 }],
  ['Since 2016', 'memberSince', { value: 2016 }],
  ['Joined in 2016', 'memberSince', { value: 2016 }],
  ['12/09/2016', 'memberSince', { value: 2016 }],
  ['15 cities', 'memberSince', null],
  // A value with its band in a bracket of its own (formatMetric's form); a bracket with words is only a note.
  ['8,000 USD [7,000–9,000] (2019)', 'gdpCity', { value: 8000, min: 7000, max: 9000, year: 2019 }],
  ['1,200 people [≥ 1,000]', 'population', { value: 1200, min: 1000 }],
  ['9.5 years [≤ 10]', 'yearsOfSchooling', { value: 9.5, max: 10 }],
  ['300,000 (metropolitan area 1–2 million)', 'population', { value: 300_000 }],
  ['300,000 (1.2 million)', 'population', { value: 300_000 }],
  // No figure.
  ['N/A', 'population', null],
  ['n.a.', 'gdpCity', null],
  ['—', 'urbanArea', null],
  ['-', 'populationDensity', null],
  ['not available', 'yearsOfSchooling', null],
  ['unknown', 'population', null],
  ['', 'population', null],
  ['   ', 'memberSince', null],
  ['N/A (2019)', 'population', null],
]

describe('parseMetricValue', () => {
  it.each(CASES)('%j as %s', (raw, key, expected) => {
    const unit = metricDefinition(key).unit
    const want = expected && { value: null, min: null, max: null, year: null, note: null, ...expected, unit }
    expect(parseMetricValue(raw, key)).toEqual(want)
  })

  it('has a table of at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60)
  })

  // Fragments of real metric values, so that random strings exercise the grammar and not only its rejection.
  const fragment = fc.constantFrom(
    ...[
      '1',
      '2',
      '9',
      '0',
      '15',
      '2019',
      ',',
      '.',
      ' ',
      '\u202F',
      '000',
      '500',
      'million',
      'billion',
      'k',
      'm',
      'bn',
    ],
    ...[
      'USD',
      '$',
      'US $',
      '€',
      'yuan',
      'between',
      'and',
      'to',
      '–',
      '-',
      'more than',
      'less than',
      'about',
      '~',
    ],
    ...[
      '(',
      ')',
      '[',
      ']',
      'in',
      'as of',
      'km²',
      'km2',
      'hectares',
      'per',
      '/',
      'inhabitants',
      'years',
      '%',
      '+',
    ],
    ...['nine', 'a', 'hundred', 'twenty', 'half', '≥', '≤', 'N/A'],
  )
  const texts = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: fragment }))

  it('never throws, and always returns a valid metric or null', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...METRIC_KEYS), (raw, key) => {
        const parsed = parseMetricValue(raw, key)
        if (parsed === null) return
        const { note: _note, ...figure } = parsed
        expect(MetricSchema.safeParse({ ...figure, raw, origin: 'source', evidence: null }).success).toBe(
          true,
        )
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps min ≤ max whenever both are set', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...METRIC_KEYS), (raw, key) => {
        const parsed = parseMetricValue(raw, key)
        if (parsed?.min != null && parsed.max != null) expect(parsed.min).toBeLessThanOrEqual(parsed.max)
      }),
      { numRuns: 3000 },
    )
  })
})
