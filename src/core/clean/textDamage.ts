// Damage that copying from web pages leaves inside narrative text, found and mended by the same rules for
// validation (which reports it) and export (which cleans it): an address broken by a space, an icon ligature
// word on a line of its own, and whitespace or quote look-alikes.
import { isIconWord } from './boilerplate'
import { normaliseText } from './text'

/**
 * An address broken by a space inside its host (`http://eng.han gzhou.gov.cn/`): the part before the space is a
 * scheme and host with no path yet; the part after continues the host in lower case and ends in a domain.
 */
const BROKEN_URL =
  /(?<![\w@/.])((?:https?:\/\/|www\.)[a-z0-9.-]*[a-z0-9]) ([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s<>()]*)?)(?=$|[\s,;:)\]]|\.(?:\s|$))/g

export interface BrokenUrl {
  /** The address as written, with its space. */
  text: string
  /** The address mended. */
  repaired: string
  index: number
}

export function findBrokenUrls(text: string): BrokenUrl[] {
  return [...text.matchAll(BROKEN_URL)].map((m) => ({
    text: m[0],
    repaired: `${m[1]}${m[2]}`,
    index: m.index,
  }))
}

export function repairBrokenUrls(text: string): string {
  return text.replace(BROKEN_URL, '$1$2')
}

/** The lines of a body that are an icon ligature word alone (`emoji_events`), with their line index. */
export function iconLines(body: string): Array<{ line: number; word: string }> {
  return body.split('\n').flatMap((text, line) => (isIconWord(text) ? [{ line, word: text.trim() }] : []))
}

export function dropIconLines(body: string): string {
  return body
    .split('\n')
    .filter((line) => !isIconWord(line))
    .join('\n')
}

/**
 * A section body normalised line by line (NFC, whitespace, quote look-alikes), paragraphs separated by exactly
 * one blank line, no blank lines at either end. Idempotent.
 */
export function normaliseBody(body: string): string {
  const lines = body
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map(normaliseText)
  const out: string[] = []
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue
    out.push(line)
  }
  while (out[out.length - 1] === '') out.pop()
  return out.join('\n')
}

/** One line of text normalised (NFC, whitespace, quote look-alikes). */
export const normaliseLine = (text: string): string => normaliseText(text.normalize('NFC'))
