// Section headings seen in learning-city profiles across the years. Matching folds case, `&`/`and` and a
// trailing colon, so `Vision & Motivation` and `Vision and motivation:` are the same heading.
import { foldKey } from '../clean/fold'

export const SECTION_HEADINGS: readonly string[] = [
  'Vision and motivation',
  'Vision and strategy',
  'Challenges and goals',
  'Challenges and areas of support',
  'Challenges and areas for support',
  'Plan and implementation',
  'Plans and implementation',
  'Policies, plan and implementation',
  'Policies, plans and implementation',
  'Achievements and the way forward',
  'Achievements and way forward',
  'Achievements',
  'The way forward',
  'Way forward',
  'Future plans',
  'Next steps',
  'Lessons learned',
  'Lessons learnt',
  'Background',
  'Introduction',
  'Overview',
  'About the city',
  'Key achievements',
  'Good practices',
  'Learning city initiatives',
  'Monitoring and evaluation',
]

/** Theme sub-headings of the newest pages: short lines that head a paragraph inside a section. */
export const SUB_HEADINGS: readonly string[] = [
  'Sustainability and health',
  'Equity and inclusion',
  'Decent work and entrepreneurship',
  'Health and well-being',
  'Health and wellbeing',
  'Environment and sustainability',
  'Active citizenship',
  'Social cohesion',
  'Economic development',
  'Cultural prosperity',
  'Policy level',
  'Practical level',
  'Institutional design',
]

const headingKeys = new Set(SECTION_HEADINGS.map(headingKey))
const subHeadingKeys = new Set(SUB_HEADINGS.map(headingKey))

function headingKey(text: string): string {
  return foldKey(text)
    .replace(/^#+\s*/, '')
    .replace(/[:.]$/, '')
    .replace(/,/g, '')
    .trim()
}

const MAX_HEADING = Math.max(...[...SECTION_HEADINGS, ...SUB_HEADINGS].map((h) => h.length)) + 12

export function isKnownHeading(text: string): boolean {
  return text.length <= MAX_HEADING && headingKeys.has(headingKey(text))
}

export function isKnownSubHeading(text: string): boolean {
  return text.length <= MAX_HEADING && subHeadingKeys.has(headingKey(text))
}

/** A Markdown heading line from the HTML and Markdown adapters: `## Vision`. */
export function markdownHeading(text: string): { level: number; text: string } | null {
  const m = /^(#{1,6})\s+(.+?)\s*#*$/.exec(text)
  return m ? { level: m[1]!.length, text: m[2]! } : null
}

/**
 * A line that reads as a title rather than a sentence: short, no terminal full stop, starts with a capital
 * or a quote. Used for headlines and unknown headings.
 */
export function isTitleLike(text: string, maxWords = 14): boolean {
  const words = text.split(/\s+/)
  if (words.length > maxWords || text.length > 140) return false
  if (/[.;,]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false
  return /^[“"‘'(]?[\p{Lu}\d]/u.test(text)
}

/** The heading text as it should be stored: no trailing colon, no numbering. */
export function cleanHeading(text: string): string {
  return text
    .replace(/^#+\s*/, '')
    .replace(/^\d{1,2}[.)]\s*/, '')
    .replace(/\s*:$/, '')
    .trim()
}
