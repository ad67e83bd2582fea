// Tricky sentences for every rule: number words and scales, bounds and approximations, units and currencies,
// years, and the figures that must be turned down (wider areas, budgets, counts of some people, compulsory
// schooling). Each case is one sentence in a profile's narrative, with every metric empty.
import { describe, expect, it } from 'vitest'
import { makeProfile } from '../library/testProfile'
import type { MetricKey } from '../model'
import { suggestFromNarrative } from './suggest'

function suggest(text: string, country = 'Ireland') {
  const profile = makeProfile({ country, sections: [{ id: 's1', heading: null, body: text }] })
  return suggestFromNarrative(profile)
}

/** `metric value|min..max @year` of every suggestion. */
function read(text: string, country?: string): string[] {
  return suggest(text, country).suggestions.map((s) => {
    const v = s.value
    const figure = v.value !== null ? String(v.value) : `${v.min ?? ''}..${v.max ?? ''}`
    return `${s.metric} ${figure}${v.year ? ` @${v.year}` : ''}`
  })
}

describe('figures that are the metric', () => {
  it.each<[string, string[]]>([
    ['The city has a population of 520,000.', ['population 520000']],
    ['Its population is about 1.2 million (2019).', ['population 1200000 @2019']],
    ['Cork is home to nearly two hundred thousand people.', ['population 200000']],
    ['In 2018, the city counted almost 750 000 inhabitants.', ['population 750000 @2018']],
    ['With over 3 million residents, it is the second city.', ['population 3000000..']],
    ['Some 45,000 people live in the town.', ['population 45000']],
    [
      'The population was estimated at between 2.1 and 2.4 million in 2020.',
      ['population 2100000..2400000 @2020'],
    ],
    ['Its population grew from 270,000 in 2010 to more than 340,000 in 2016.', ['population 340000.. @2016']],
    ['It is a city of about 730,000 inhabitants in Gyeonggi Province.', ['population 730000']],
    [
      'It is the capital of the region of Thessaly, with around 163,000 inhabitants in 2011.',
      ['population 163000 @2011'],
    ],
    [
      'Tunis is home to around 640,000 people and lies at the heart of a metropolitan area of more than two million.',
      ['population 640000'],
    ],
    ['The city covers an area of 1,500 km².', ['urbanArea 1500']],
    ['The municipality spans 380 hectares.', ['urbanArea 3.8']],
    ['It covers 120 square miles of coastal plain.', ['urbanArea 310.79857324032']],
    ['Density reaches 5,200 inhabitants per km².', ['populationDensity 5200']],
    ['There are more than 500 people per square kilometre.', ['populationDensity 500..']],
    ['Adults average 10.2 years of schooling.', ['yearsOfSchooling 10.2']],
    ['The mean years of schooling is 11.5 for those over 25.', ['yearsOfSchooling 11.5']],
    ['The city’s GDP per capita reached USD 21,500 in 2019.', ['gdpCity 21500 @2019']],
    ['GDP per capita is 150,000 yuan (US $22,000).', ['gdpCity 22000']],
    ['Ireland’s GDP per capita was US$ 80,000 in 2021.', ['gdpCountry 80000 @2021']],
    ['The national GDP per capita stands at $12,000.', ['gdpCountry 12000']],
    ['Cork joined the UNESCO Global Network of Learning Cities in 2015.', ['memberSince 2015']],
    ['It has been a member of the GNLC since 2017.', ['memberSince 2017']],
    ['In 2019, the city joined the Global Network of Learning Cities.', ['memberSince 2019']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})

describe('figures that are not the metric', () => {
  it.each<[string, MetricKey | null]>([
    // Wider areas.
    ['The metropolitan area has 21 million inhabitants.', 'population'],
    ['Greater Cork has a population of 400,000.', 'population'],
    ['The province is home to 50 million people.', 'population'],
    ['The country’s population of 1.4 billion is ageing.', 'population'],
    ['The region covers 16,000 km².', 'urbanArea'],
    // Counts of some people.
    ['Nearly 10 million students from 490 schools have benefited.', null],
    ['The festival attracts 10 million visitors.', null],
    ['More than 520,000 people benefit from private kindergartens.', null],
    ['Over 128,500 people have obtained these certificates.', null],
    ['A sample of 250 citizens completed a survey.', null],
    ['The student population of 30,000 is growing.', 'population'],
    // Parts of the city.
    ['The West Lake park covers 6.5 km².', 'urbanArea'],
    ['The district of Mitte has 380,000 inhabitants.', 'population'],
    ['The old town covers 4 km².', 'urbanArea'],
    // Money that is not GDP per capita.
    ['In 2015, the city spent 19.5 billion yuan (US $2.8 billion) on education.', 'gdpCity'],
    ['The industry generated an income of 59.67 billion yuan (US $ 8.7 billion).', 'gdpCity'],
    ['The education budget is USD 12,000 per school.', 'gdpCity'],
    ['GDP per capita is 150,000 yuan.', 'gdpCity'],
    // Compulsory schooling and other durations.
    ['Compulsory schooling was extended to 12 years of education.', 'yearsOfSchooling'],
    ['Since 2004, it has extended compulsory schooling to 15 years.', 'yearsOfSchooling'],
    ['The programme offers 3 years of education for adults aged 25.', 'yearsOfSchooling'],
    ['Children attend school for nine years nationwide.', null],
    // Years that are not membership.
    ['The city received the UNESCO Learning City Award in 2017 from the network.', null],
    [
      'Beijing hosted the 1st International Conference on Learning Cities 2013, founding the Global Network.',
      null,
    ],
    // Percentages are never figures.
    ['Over 60% of the population takes part in learning.', null],
  ])('%s', (text, noticed) => {
    const result = suggest(text)
    expect(result.suggestions.map((s) => `${s.metric} ${s.value.raw}`)).toEqual([])
    if (noticed) expect(result.notices.map((n) => n.metric)).toContain(noticed)
  })
})

describe('what a suggestion carries', () => {
  it('keeps the two clauses of one sentence apart', () => {
    const text = 'The city has 2 million inhabitants, while the metropolitan area has 5 million inhabitants.'
    expect(read(text)).toEqual(['population 2000000'])
  })

  it('takes the year of an opening phrase, and marks it', () => {
    const [s] = suggest('In 2016, Cork had 210,000 inhabitants.').suggestions
    expect(s!.value.year).toBe(2016)
    expect(s!.matches.map((m) => `${m.kind}:${s!.evidence.slice(m.start, m.end)}`)).toEqual([
      'year:2016',
      'figure:210,000',
      'cue:inhabitants',
    ])
  })

  it('is less confident about a rough or weakly worded figure', () => {
    const [exact] = suggest('Cork has a population of 210,000 in 2016.').suggestions
    const [rough] = suggest('Cork has a population of about 210,000.').suggestions
    const [weak] = suggest('Cork has 210,000 people.').suggestions
    expect(exact!.confidence).toBeGreaterThan(rough!.confidence)
    expect(rough!.confidence).toBeGreaterThan(weak!.confidence)
    expect([exact!.level, weak!.level]).toEqual(['high', 'low'])
  })

  it('does not read a sentence across an abbreviation or a decimal', () => {
    expect(read('Mr. Smith said the city has a population of 1.5 million. Dr. Lee agreed.')).toEqual([
      'population 1500000',
    ])
  })

  it('reads figures in list items and notes a unit conversion in the evidence', () => {
    const [s] = suggest('- The city spans 250 hectares.').suggestions
    expect(s!.evidence).toBe('The city spans 250 hectares.')
    expect(s!.value.evidence).toBe('The city spans 250 hectares. (converted from hectares to km²)')
    expect(s!.value.value).toBe(2.5)
  })

  it('takes a district’s figure when the profile is that district', () => {
    const profile = makeProfile({
      city: 'Mitte',
      sections: [{ id: 's1', heading: null, body: 'The district of Mitte has 380,000 inhabitants.' }],
    })
    expect(suggestFromNarrative(profile).suggestions.map((s) => s.value.value)).toEqual([380_000])
  })

  it('rejects an implausible figure for the metric', () => {
    expect(read('The city has a population of 90 million.')).toEqual([])
    expect(suggest('The city has a population of 90 million.').notices[0]!.reason).toMatch(/plausible range/)
  })
})
