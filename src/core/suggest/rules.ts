// The phrasings that say a figure is a given metric (cues), and those that say it is something else (rejections).
// Rules are about English phrasing, never about a particular profile. Each rule is a regular expression tested on
// the words before the figure in its clause, after it, or on the whole clause (with the sentence's opening phrase).
import type { MetricKey } from '../model'

export type Strength = 'strong' | 'medium' | 'weak'

export interface Cue {
  /** Patterns tested on the clause before the figure, after it, and on the whole clause: all given must match. */
  before?: RegExp
  after?: RegExp
  clause?: RegExp
  strength: Strength
  /** What the cue says, for the curator (`inhabitants after the figure`). */
  says: string
}

export interface Rejection {
  pattern: RegExp
  reason: string
  /** Not when the clause names the profile's own city (a profile of a district is about that district). */
  unlessOwnCity?: boolean
}

const W = '(?<!\\p{L})'
const E = '(?!\\p{L})'
const re = (source: string): RegExp => new RegExp(source, 'iu')

// Words that may stand between `population` and its figure (`population of the city in 2015 was about`).
const FILLER =
  '(?:of|is|was|were|stood|stands|at|reached|reaches|totals?|totalled|numbers?|exceeds?|exceeded|estimated|' +
  'about|around|approximately|nearly|almost|over|more|less|fewer|than|some|roughly|close|to|just|under|below|' +
  "in|the|its|city|city's|city’s|urban|resident|total|current|currently|now|has|have|had|grown|grew|rose|risen|" +
  'increased|an|a|estimate|census|according|between|from|grew|grown|\\d[\\d.,]*|million|thousand|\\d{4}|:)'
const FILLERS = `(?:\\s*${FILLER}${E})*\\s*`

/** Places bigger than the city: a figure about them is not the city's. */
const WIDER_AREA = re(
  `${W}(?:metropolitan|metro|greater|agglomeration|conurbation|wider\\s+region|region|regional|province|provincial|` +
    `prefecture|county|country|country's|country’s|national|nationwide|nation|nation's|nation’s|state-wide|statewide)${E}`,
)

/** Parts of a city: their figures are not the city's. */
const PART_OF_CITY = re(
  `${W}(?:districts?|neighbou?rhoods?|boroughs?|wards?|villages?|suburbs?|quarters?|old\\s+town|city\\s+cent(?:re|er)|downtown)${E}`,
)
const PART_REASON = 'a figure for a part of the city (a district, a neighbourhood), not the city'

/** People counted for something other than living in the city. */
const SUBGROUP = re(
  `${W}(?:students?|pupils?|learners?|visitors?|tourists?|participants?|members?|workers?|employees?|migrants?|` +
    `children|adults?|elderly|seniors?|youths?|young|women|men|famil(?:y|ies)|households?|users?|readers?|` +
    `volunteers?|beneficiar(?:y|ies)|graduates?|teachers?|patients?|refugees?|attendees?|spectators?|subscribers?|` +
    `trainees?|enrol(?:l?ments?|led)|registered|attended|visited|participated|benefit(?:ed|s)?|obtained|trained|` +
    `sample|surveyed|respondents?|jobs?)${E}`,
)

const MONEY_USE = re(
  `${W}(?:budget|spent|spend(?:s|ing)?|expenditures?|invest(?:ed|ing|ments?)?|funds?|funding|funded|income|` +
    `revenues?|generat(?:e|es|ed|ing)|costs?|allocated|turnover|sales|exports?|output|grants?|loans?|salar(?:y|ies)|wages?)${E}`,
)

const COMPULSORY = re(
  `${W}(?:compulsory|mandatory|obligatory|free|extended|extend|guaranteed|stipulated|required|duration|length|lasts?)${E}`,
)

const AREA_UNIT = `(?:km²|km2|km\\^2|sq\\.?\\s?km|square\\s+kilomet(?:re|er)s?|hectares?|ha|sq\\.?\\s?mi(?:les?)?|square\\s+miles?|acres?|㎢)${E}`
const PER_AREA = `(?:per|/|a|each)\\s*(?:${AREA_UNIT}|square\\s+kilomet(?:re|er)|sq\\.?\\s?km|hectare)`

const AREA_AFTER = re(`^\\s*${AREA_UNIT}`)
const PEOPLE_AFTER = re(`^\\s*(?:people|persons|citizens|inhabitants|residents)${E}`)

export interface MetricRules {
  cues: readonly Cue[]
  rejections: readonly Rejection[]
}

export const RULES: Readonly<Record<Exclude<MetricKey, 'memberSince'>, MetricRules>> = {
  population: {
    cues: [
      {
        after: re(`^\\s*(?:inhabitants|residents|dwellers)${E}(?!\\s*${PER_AREA})`),
        strength: 'strong',
        says: 'inhabitants',
      },
      {
        before: re(`${W}(?:population|populated\\s+by)${FILLERS}$`),
        strength: 'strong',
        says: 'population of',
      },
      {
        before: re(`${W}(?:home\\s+to|a\\s+(?:city|town|municipality)\\s+of)${FILLERS}$`),
        after: PEOPLE_AFTER,
        strength: 'medium',
        says: 'a city of … people',
      },
      {
        before: re(`${W}(?:has|have|had|with|counts?|numbers?)${FILLERS}$`),
        after: PEOPLE_AFTER,
        strength: 'weak',
        says: 'people living there',
      },
      {
        after: re(`^\\s*(?:people|persons|citizens)\\s+(?:live|lived|living|reside|residing|call)${E}`),
        strength: 'medium',
        says: 'people living',
      },
    ],
    rejections: [
      {
        pattern: WIDER_AREA,
        reason: 'a figure for a wider area (metropolitan area, region, country), not the city',
      },
      {
        pattern: SUBGROUP,
        reason: 'a count of some people (students, visitors, participants…), not the population',
      },
      { pattern: PART_OF_CITY, reason: PART_REASON, unlessOwnCity: true },
    ],
  },
  urbanArea: {
    cues: [
      {
        before: re(
          `${W}(?:area|covers?|covering|spans?|spanning|extends?\\s+over|surface|territory|stretches\\s+over|occupies|size)${E}[^]{0,40}$`,
        ),
        after: AREA_AFTER,
        strength: 'strong',
        says: 'area of',
      },
      {
        after: AREA_AFTER,
        strength: 'medium',
        says: 'an area unit',
      },
    ],
    rejections: [
      {
        pattern: WIDER_AREA,
        reason: 'the area of a wider place (metropolitan area, region, country), not the city',
      },
      {
        pattern: re(
          `${W}(?:green|parks?|forests?|lakes?|gardens?|campus(?:es)?|sites?|reserves?|farmland|agricultural|wetlands?|waters?|sea|industrial|port|airport|buildings?|floors?|space|zones?|cropland)${E}`,
        ),
        reason: 'the area of a part of the city (a park, a campus, a zone), not the city',
      },
      { pattern: PART_OF_CITY, reason: PART_REASON, unlessOwnCity: true },
    ],
  },
  populationDensity: {
    cues: [
      {
        after: re(`^\\s*(?:inhabitants|people|persons|residents)?\\s*${PER_AREA}`),
        strength: 'strong',
        says: 'people per km²',
      },
      { before: re(`${W}density${FILLERS}$`), strength: 'strong', says: 'density of' },
    ],
    rejections: [
      {
        pattern: WIDER_AREA,
        reason: 'the density of a wider area (metropolitan area, region, country), not the city',
      },
    ],
  },
  gdpCity: {
    cues: [
      {
        clause: re(`${W}(?:GDP\\s+per\\s+(?:capita|head|inhabitant)|per[\\s-]capita\\s+GDP)${E}`),
        strength: 'strong',
        says: 'GDP per capita',
      },
    ],
    rejections: [{ pattern: MONEY_USE, reason: 'a budget, spending or an income, not GDP per capita' }],
  },
  gdpCountry: {
    cues: [
      {
        clause: re(`${W}(?:GDP\\s+per\\s+(?:capita|head|inhabitant)|per[\\s-]capita\\s+GDP)${E}`),
        strength: 'strong',
        says: 'GDP per capita',
      },
    ],
    rejections: [{ pattern: MONEY_USE, reason: 'a budget, spending or an income, not GDP per capita' }],
  },
  yearsOfSchooling: {
    cues: [
      {
        after: re(`^\\s*(?:years?|yrs)\\s+(?:of\\s+)?(?:formal\\s+)?(?:schooling|education|school)${E}`),
        strength: 'strong',
        says: 'years of schooling',
      },
      {
        before: re(
          `${W}(?:average|mean)\\s+(?:number\\s+of\\s+)?years\\s+of\\s+(?:schooling|education)${FILLERS}$`,
        ),
        strength: 'strong',
        says: 'average years of schooling',
      },
      {
        before: re(`${W}(?:schooling|education|school)${E}[^]{0,30}$`),
        after: re(`^\\s*(?:years?|yrs)${E}`),
        strength: 'weak',
        says: 'schooling … years',
      },
    ],
    rejections: [
      {
        pattern: COMPULSORY,
        reason: 'the length of compulsory (or free) schooling, not the average years of schooling',
      },
      {
        pattern: re(`${W}(?:age|aged|old|ago|experience|programmes?|programs?|courses?|plans?|degrees?)${E}`),
        reason: 'an age, a duration or a programme, not the average years of schooling',
      },
    ],
  },
}

/** An average stated (`average`, `mean`, `on average`): a years-of-schooling figure without it is weaker. */
export const AVERAGE = re(`${W}(?:averages?|averaging|averaged|mean|on\\s+average)${E}`)

/** Words of a rough figure: the value stays exact (as in the parser), the confidence is lower. */
export const APPROXIMATE = re(
  `${W}(?:about|around|approximately|approx\\.?|almost|nearly|some|roughly|close\\s+to|circa|c\\.|~|≈)\\s*$`,
)

/** A GDP figure said to be the country's. */
export const NATIONAL = re(
  `${W}(?:national|nationwide|country|country's|country’s|nation|nation's|nation’s)${E}`,
)

/** Membership of the network: the figure of `memberSince` is a year in such a clause. */
export const MEMBERSHIP = {
  /** The network's own name, marked in preference to a shorter mention (`the Global Network`). */
  name: re(`${W}(?:UNESCO\\s+)?Global\\s+Network\\s+of\\s+Learning\\s+Cities(?:\\s+\\(GNLC\\))?${E}`),
  network: re(
    `${W}(?:Global\\s+Network\\s+of\\s+Learning\\s+Cities|GNLC|UNESCO\\s+Learning\\s+Cities|the\\s+(?:global\\s+)?network)${E}`,
  ),
  joined: re(
    `${W}(?:joined|joining|join|became\\s+(?:a\\s+)?member|membership|member|admitted|accepted)${E}`,
  ),
  other: re(`${W}(?:award(?:ed)?|prize|conference|hosted|founded|established|launched|created)${E}`),
}
