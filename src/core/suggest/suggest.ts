// Suggestions from the narrative for the empty metrics of a profile. Each sentence's figures are read with their
// clause (./figures.ts); a metric's cues must match and none of its rejections (./rules.ts); the figure is then read
// with the metric grammar of ../metrics (bands, units, currencies, years), so a suggestion reads exactly as the
// same text would read in the metric block.
import { hashId } from '../model/hashId'
import {
  metricDefinition,
  METRIC_KEYS,
  NETWORK_FOUNDED,
  type Metric,
  type MetricKey,
  type Profile,
} from '../model'
import { parseMetricValue } from '../metrics/parseMetricValue'
import { findCurrencyMarkers } from '../metrics/currency'
import { sentenceNumbers, type Figure } from './figures'
import { APPROXIMATE, AVERAGE, MEMBERSHIP, NATIONAL, RULES, type Cue, type Strength } from './rules'
import { narrativeSentences, type Sentence } from './sentences'
import { levelOf, type Match, type Notice, type Suggestion } from './types'

export interface SuggestResult {
  suggestions: Suggestion[]
  notices: Notice[]
}

const BASE: Readonly<Record<Strength, number>> = { strong: 0.85, medium: 0.7, weak: 0.55 }
const LOCATION =
  /(?<!\p{L})(?:(?:in|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)+(?:[Rr]egion|[Pp]rovince|[Pp]refecture|[Cc]ounty|[Ss]tate)|(?:region|province|prefecture|county|state)\s+of\s+(?:the\s+)?\p{Lu})/gu
const BOUND_WORDS =
  /(?<!\p{L})(?:(?:more|greater|higher|less|fewer|lower)\s+than|over|above|under|below|at\s+least|up\s+to|about|around|approximately|almost|nearly|some|roughly|close\s+to|between|from)\s*$/iu

type NarrativeMetric = Exclude<MetricKey, 'memberSince'>

interface Context {
  profile: Pick<Profile, 'id' | 'city' | 'country'>
  sentence: Sentence
  out: SuggestResult
}

export function suggestionKey(metric: MetricKey, figure: string, evidence: string): string {
  return `${metric}:${hashId(`${metric}|${figure}|${evidence}`).slice(0, 12)}`
}

function span(base: number, m: RegExpExecArray | null, kind: Match['kind']): Match[] {
  if (!m) return []
  const text = m[0].trimEnd()
  const lead = text.length - text.trimStart().length
  return text.trim() ? [{ start: base + m.index + lead, end: base + m.index + text.length, kind }] : []
}

function cueMatches(cue: Cue, text: string, f: Figure): Match[] | null {
  const before = cue.before?.exec(text.slice(f.context, f.first.start))
  const after = cue.after?.exec(text.slice(f.last.end, f.end))
  const clause = cue.clause?.exec(text.slice(f.start, f.end))
  if ((cue.before && !before) || (cue.after && !after) || (cue.clause && !clause)) return null
  return [
    ...span(f.context, before ?? null, 'cue'),
    ...span(f.last.end, after ?? null, 'cue'),
    ...span(f.start, clause ?? null, 'cue'),
  ]
}

function inRange(metric: MetricKey, m: Pick<Metric, 'value' | 'min' | 'max'>): boolean {
  const { range } = metricDefinition(metric)
  return [m.value, m.min, m.max].every((n) => n === null || (n >= range.min && n <= range.max))
}

function notice(ctx: Context, metric: MetricKey, figure: string, reason: string): void {
  // One figure turned down for the same reason under two metrics (both GDP fields) is one notice.
  const text = ctx.sentence.text
  if (ctx.out.notices.some((n) => n.evidence === text && n.figure === figure && n.reason === reason)) return
  ctx.out.notices.push({ profileId: ctx.profile.id, metric, evidence: ctx.sentence.text, figure, reason })
}

function push(
  ctx: Context,
  metric: MetricKey,
  figure: string,
  value: Omit<Metric, 'origin' | 'evidence'>,
  matches: Match[],
  confidence: number,
  says: string,
  note: string | null,
): void {
  const { text, sectionId, heading } = ctx.sentence
  const c = Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100
  ctx.out.suggestions.push({
    key: suggestionKey(metric, figure, text),
    profileId: ctx.profile.id,
    metric,
    kind: 'narrative',
    value: { ...value, origin: 'suggested', evidence: note ? `${text} (${note})` : text },
    evidence: text,
    matches: matches.sort((a, b) => a.start - b.start),
    sectionId,
    heading,
    confidence: c,
    level: levelOf(c),
    says,
    replaces: null,
  })
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether the text names the city (as a word). */
function namesCity(text: string, city: string): boolean {
  const name = city.trim()
  return name !== '' && new RegExp(`(?<!\\p{L})${escape(name)}(?!\\p{L})`, 'iu').test(text)
}

/** The words read, as written: from the first matched word to the last (`more than 9 million inhabitants in 2015`). */
function rawOf(text: string, matches: readonly Match[]): string {
  const start = Math.min(...matches.map((m) => m.start))
  const end = Math.max(...matches.map((m) => m.end))
  return text.slice(start, end)
}

/** Which GDP metric a GDP-per-capita clause speaks of: the country's when it says so, else the city's. */
function gdpScope(scope: string, country: string): NarrativeMetric {
  const named =
    country.trim() &&
    new RegExp(
      `(?<!\\p{L})${country.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:'s|’s)?(?!\\p{L})`,
      'iu',
    )
  return NATIONAL.test(scope) || (named && named.test(scope)) ? 'gdpCountry' : 'gdpCity'
}

/** What every metric's rules look at for one figure, computed once per figure. */
interface FigureView {
  clause: string
  scope: string
  /** Whether a currency is written in the clause (computed on first use: the currency grammar is costly). */
  money: () => boolean
}

function viewOf(text: string, f: Figure): FigureView {
  const clause = text.slice(f.start, f.end)
  // A wider area named as the city's location (`in Gyeonggi Province`, `the region of Thessaly`) is no scope.
  const scope = `${text.slice(f.intro.start, f.intro.end)} ${text.slice(f.context, f.end)}`.replace(
    LOCATION,
    ' ',
  )
  let money: boolean | undefined
  return { clause, scope, money: () => (money ??= findCurrencyMarkers(clause).length > 0) }
}

function readFigure(
  ctx: Context,
  f: Figure,
  view: FigureView,
  metric: NarrativeMetric,
  introYear: Match | null,
  year: number | null,
): void {
  const text = ctx.sentence.text
  const rules = RULES[metric]
  const { clause, scope } = view
  const figure = text.slice(f.first.start, f.last.end)
  const gdp = metric === 'gdpCity' || metric === 'gdpCountry'
  let cue: Cue | null = null
  let matches: Match[] = []
  for (const c of rules.cues) {
    const m = cueMatches(c, text, f)
    if (m && (!cue || BASE[c.strength] > BASE[cue.strength])) [cue, matches] = [c, m]
  }
  const money = gdp && view.money()
  if (!cue && !money) return
  if (gdp && cue && gdpScope(scope, ctx.profile.country) !== metric) return
  const rejection = rules.rejections.find(
    (r) => r.pattern.test(scope) && !(r.unlessOwnCity && namesCity(scope, ctx.profile.city)),
  )
  if (rejection) return notice(ctx, metric, figure, rejection.reason)
  if (!cue) return
  const read = parseMetricValue(clause, metric)
  if (!read) {
    if (gdp && money) notice(ctx, metric, figure, 'not in US dollars, and no exchange rate is applied')
    return
  }
  if (!inRange(metric, read))
    return notice(ctx, metric, figure, 'outside the plausible range for this metric')
  let strength = cue.strength
  if (metric === 'yearsOfSchooling' && strength === 'strong' && !AVERAGE.test(scope)) strength = 'medium'
  const before = text.slice(f.start, f.first.start)
  const bound = BOUND_WORDS.exec(before)
  const ownYear = read.year !== null
  let confidence = BASE[strength] + (ownYear || year !== null ? 0.05 : 0)
  if (APPROXIMATE.test(before)) confidence -= 0.05
  if (read.value === null) confidence -= 0.05
  const extra: Match[] = [
    { start: f.first.start, end: f.last.end, kind: 'figure' },
    ...span(f.start, bound, 'bound'),
  ]
  if (ownYear) {
    const y = clause.indexOf(String(read.year))
    if (y >= 0) extra.push({ start: f.start + y, end: f.start + y + 4, kind: 'year' })
  } else if (introYear) extra.push(introYear)
  const { value, min, max, unit, note } = read
  push(
    ctx,
    metric,
    figure,
    { value, min, max, unit, year: read.year ?? year, raw: rawOf(text, [...matches, ...extra]) },
    [...matches, ...extra],
    confidence,
    cue.says,
    note,
  )
}

function readMembership(ctx: Context, numbers: ReturnType<typeof sentenceNumbers>): void {
  const text = ctx.sentence.text
  if (!MEMBERSHIP.network.test(text)) return
  for (const y of numbers.referenceYears) {
    if (y.value < NETWORK_FOUNDED) continue
    const head = text.slice(0, y.start)
    const joined = [...head.matchAll(new RegExp(MEMBERSHIP.joined, 'giu'))].at(-1)
    const other = [...head.matchAll(new RegExp(MEMBERSHIP.other, 'giu'))].at(-1)
    const inIntro = y.start < 40 && /^\s*(?:in|since)\s+\d{4}\s*,/iu.test(text)
    const later = inIntro ? [...text.matchAll(new RegExp(MEMBERSHIP.joined, 'giu'))][0] : undefined
    const cue = joined ?? later
    if (!cue || (other && (other.index ?? 0) > (cue.index ?? 0))) continue
    if (inIntro && MEMBERSHIP.other.test(text)) continue
    const network = MEMBERSHIP.name.exec(text) ?? MEMBERSHIP.network.exec(text)!
    const matches: Match[] = [
      { start: cue.index, end: cue.index + cue[0].length, kind: 'cue' },
      { start: network.index, end: network.index + network[0].length, kind: 'cue' },
      { start: y.start, end: y.end, kind: 'figure' },
    ]
    const value = {
      value: y.value,
      min: null,
      max: null,
      unit: 'year' as const,
      year: null,
      raw: text.slice(Math.min(cue.index, network.index), y.end),
    }
    return push(ctx, 'memberSince', String(y.value), value, matches, 0.85, 'joined the network in', null)
  }
}

/** Suggestions for the profile's empty metrics, best first within each metric; `rejected` keys are left out. */
export function suggestFromNarrative(
  profile: Pick<Profile, 'id' | 'city' | 'country' | 'headline' | 'sections' | 'metrics'>,
  rejected: ReadonlySet<string> = new Set(),
): SuggestResult {
  const out: SuggestResult = { suggestions: [], notices: [] }
  const empty = METRIC_KEYS.filter((k) => profile.metrics[k] === null)
  if (empty.length === 0) return out
  const narrative = empty.filter((k): k is NarrativeMetric => k !== 'memberSince')
  for (const sentence of narrativeSentences(profile)) {
    // Most sentences hold no digit and no number word worth reading: skip them cheaply.
    if (!/\d|million|thousand|billion|hundred/iu.test(sentence.text)) continue
    const ctx: Context = { profile, sentence, out }
    const numbers = sentenceNumbers(sentence.text)
    const intro = numbers.referenceYears.find((y) => y.end <= (numbers.figures[0]?.intro.end ?? 0))
    for (const f of numbers.figures) {
      const introYear = intro && intro.end <= f.intro.end ? intro : null
      if (f.superseded) continue
      const view = viewOf(sentence.text, f)
      for (const metric of narrative) {
        readFigure(
          ctx,
          f,
          view,
          metric,
          introYear ? { start: introYear.start, end: introYear.end, kind: 'year' } : null,
          introYear?.value ?? null,
        )
      }
    }
    if (empty.includes('memberSince')) readMembership(ctx, numbers)
  }
  out.suggestions = best(out.suggestions).filter((s) => !rejected.has(s.key))
  return out
}

/** One suggestion per metric and figure (the most confident), ordered by catalogue, then confidence. */
function best(all: Suggestion[]): Suggestion[] {
  const byFigure = new Map<string, Suggestion>()
  for (const s of all) {
    const id = `${s.metric}|${s.value.value}|${s.value.min}|${s.value.max}|${s.value.year}`
    const kept = byFigure.get(id)
    if (!kept || s.confidence > kept.confidence) byFigure.set(id, s)
  }
  const order = (k: MetricKey): number => METRIC_KEYS.indexOf(k)
  return [...byFigure.values()].sort(
    (a, b) => order(a.metric) - order(b.metric) || b.confidence - a.confidence,
  )
}
