// Synthetic parsed profiles for the library benchmarks (bench/) and the load test (load.test.ts): shaped like
// real imports (a headline, four to seven sections of paragraphs and bullet lists, some metrics filled with their
// raw text, contacts, links, a few unassigned lines), about 3–4 KB of compact JSON each, with the curly quotes
// and accented names real sources have (so V8 stores much of the text as two-byte strings, as it does for real
// libraries). Profile `i` depends only on (seed, i), so a batch can be generated on its own and every run
// measures the same library.
import { makeMetric, makeProfile } from '../../../core/library/testProfile'
import {
  LAYOUTS,
  METRIC_KEYS,
  type Metric,
  type MetricKey,
  type Metrics,
  type Profile,
} from '../../../core/model'

/** Mulberry32: a tiny seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed | 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = [
  'ka',
  'lo',
  'ri',
  'san',
  'to',
  'ber',
  'mi',
  'na',
  'vel',
  'do',
  'ra',
  'gu',
  'zen',
  'po',
  'é',
  'ü',
]
const COUNTRIES = [
  'China',
  'Ireland',
  'Finland',
  'Brazil',
  'Viet Nam',
  'Republic of Korea',
  'Mexico',
  'Côte d’Ivoire',
  'Germany',
  'Colombia',
  'Egypt',
  'Spain',
  'Türkiye',
  'Kenya',
  'Portugal',
  'Japan',
]
const HEADINGS = [
  'Vision and motivation',
  'Challenges and goals',
  'Plan and implementation',
  'Institutional design',
  'Partnerships and stakeholders',
  'Learning for all',
  'Monitoring and evaluation',
  'Funding and resources',
  'Results so far',
  'Next steps',
  'Good practice',
]
const WORDS = (
  'the city learning lifelong citizens community education programme network local government council ' +
  'schools libraries adults young people skills digital inclusion sustainable development cultural social ' +
  'cohesion partners university training centres festival volunteers neighbourhood access quality public ' +
  'private sector employers health wellbeing environment migrants women elderly families strategy plan ' +
  'participation governance evaluation annual report results targets growth innovation workshops courses ' +
  'open online free platform museum park centre district province region national international UNESCO ' +
  'award members committee action framework policy priority investment budget capacity'
).split(' ')
const FIRST = [
  'Ana',
  'Liam',
  'Mei',
  'Ngozi',
  'José',
  'Aino',
  'Hyun',
  'Fatma',
  'Lucía',
  'Omar',
  'Søren',
  'Priya',
]
const LAST = ['Murphy', 'Zhang', 'Okafor', 'García', 'Virtanen', 'Kim', 'Yılmaz', 'Silva', 'Müller', 'Nguyễn']
const ROLES = ['mayor', 'focal point', 'coordinator', 'deputy mayor']
const TITLES = ['Mayor', 'Director of Education', 'Head of Lifelong Learning', 'Programme Officer', null]

export function cityName(random: () => number): string {
  const name = Array.from(
    { length: 2 + Math.floor(random() * 3) },
    () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!,
  ).join('')
  return name[0]!.toUpperCase() + name.slice(1)
}

function sentence(random: () => number, city: string): string {
  const pick = (): string => WORDS[Math.floor(random() * WORDS.length)]!
  const n = 8 + Math.floor(random() * 12)
  const words = Array.from({ length: n }, pick)
  if (random() < 0.5) words[Math.floor(random() * n)] = city
  if (random() < 0.25) words[Math.floor(random() * n)] = `city’s`
  const text = words.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}${random() < 0.15 ? `, since ${2000 + Math.floor(random() * 24)}` : ''}.`
}

function paragraph(random: () => number, city: string, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, city)).join(' ')
}

function body(random: () => number, city: string): string {
  const parts = [paragraph(random, city, 1 + Math.floor(random() * 3))]
  if (random() < 0.25) {
    const items = 2 + Math.floor(random() * 2)
    parts.push(
      Array.from({ length: items }, () => `- ${sentence(random, city).slice(0, -1).toLowerCase()};`).join(
        '\n',
      ),
    )
  }
  if (random() < 0.2) parts.push(paragraph(random, city, 1))
  return parts.join('\n\n')
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US')

function metric(key: MetricKey, random: () => number): Metric {
  const year = random() < 0.6 ? 2010 + Math.floor(random() * 14) : null
  const origin = random() < 0.85 ? 'source' : random() < 0.5 ? 'manual' : 'reference'
  const suffix = year ? ` (${year})` : ''
  switch (key) {
    case 'population': {
      const value = Math.round(20_000 + random() * 9_000_000)
      return makeMetric(key, { value, year, origin, raw: `${fmt(value)} inhabitants${suffix}` })
    }
    case 'urbanArea': {
      const value = Math.round((5 + random() * 5000) * 10) / 10
      return makeMetric(key, { value, year, origin, raw: `${value} km²${suffix}` })
    }
    case 'populationDensity': {
      if (random() < 0.3) {
        const min = Math.round(100 + random() * 900)
        return makeMetric(key, { value: null, min, origin, raw: `More than ${min} inhabitants per km²` })
      }
      const value = Math.round(50 + random() * 9000)
      return makeMetric(key, { value, year, origin, raw: `${fmt(value)} per km²${suffix}` })
    }
    case 'gdpCity':
    case 'gdpCountry': {
      if (random() < 0.3) {
        const min = 1000 * Math.round(2 + random() * 30)
        const max = min + 10_000
        return makeMetric(key, {
          value: null,
          min,
          max,
          origin,
          raw: `Between USD ${fmt(min)} and USD ${fmt(max)}`,
        })
      }
      const value = Math.round(800 + random() * 80_000)
      return makeMetric(key, { value, year, origin, raw: `USD ${fmt(value)}${suffix}` })
    }
    case 'yearsOfSchooling': {
      const value = Math.round((4 + random() * 10) * 10) / 10
      return makeMetric(key, { value, year, origin, raw: `${value} years${suffix}` })
    }
    case 'memberSince': {
      const value = 2013 + Math.floor(random() * 12)
      return makeMetric(key, { value, year: null, origin, raw: String(value) })
    }
  }
}

const hex = (random: () => number, length: number): string =>
  Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('')

/** Profile number `i` of the synthetic library (valid: built with makeProfile, which checks ProfileSchema). */
export function syntheticProfile(i: number, seed = 7): Profile {
  const random = prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b))
  const city = cityName(random)
  const country = COUNTRIES[Math.floor(random() * COUNTRIES.length)]!
  const metrics: Partial<Metrics> = {}
  for (const key of METRIC_KEYS) if (random() < 0.55) metrics[key] = metric(key, random)
  const sectionCount = 4 + Math.floor(random() * 4)
  const sections = Array.from({ length: sectionCount }, (_, s) => ({
    id: `s${s + 1}`,
    heading: s === 0 && random() < 0.6 ? null : HEADINGS[Math.floor(random() * HEADINGS.length)]!,
    body: body(random, city),
  }))
  const person = (role: string): Profile['contacts'][number] => {
    const first = FIRST[Math.floor(random() * FIRST.length)]!
    const last = LAST[Math.floor(random() * LAST.length)]!
    const email = random() < 0.6 ? `${first}.${last}@${city}.gov`.toLowerCase() : null
    return { role, name: `${first} ${last}`, title: TITLES[Math.floor(random() * TITLES.length)]!, email }
  }
  const slug = city.toLowerCase()
  return makeProfile({
    city,
    country,
    headline: random() < 0.85 ? sentence(random, city).slice(0, 90) : null,
    metrics,
    sections,
    contacts: Array.from({ length: 1 + Math.floor(random() * 3) }, (_, c) =>
      person(ROLES[c % ROLES.length]!),
    ),
    links: Array.from({ length: 1 + Math.floor(random() * 4) }, (_, l) => ({
      label: l === 0 ? 'City website' : `Learning city page ${l}`,
      url: `https://www.${slug}.gov/learning/${hex(random, 6)}`,
    })),
    extraFields:
      random() < 0.4 ? [{ label: 'Official language', value: random() < 0.5 ? 'English' : 'Español' }] : [],
    status: random() < 0.6 ? 'draft' : random() < 0.5 ? 'in-review' : 'done',
    notes: random() < 0.2 ? sentence(random, city) : '',
    unassigned: Array.from({ length: Math.floor(random() * 3) }, () => sentence(random, city).slice(0, 60)),
    boilerplate: random() < 0.5 ? ['Photo: © City of ' + city] : [],
    source: {
      file: `imports/${String(i).padStart(6, '0')}_${hex(random, 16)}.txt`,
      layout: LAYOUTS[Math.floor(random() * 6)]!,
      sha256: hex(random, 64),
      importedAt: '2026-03-01T10:00:00.000Z',
    },
  })
}

/** Profiles `from` to `from + count - 1`. */
export function syntheticProfiles(from: number, count: number, seed = 7): Profile[] {
  return Array.from({ length: count }, (_, k) => syntheticProfile(from + k, seed))
}
