// Inline Markdown to plain text with links: images become their alt text, emphasis and code markers go, links to
// the web and mail stay as `[label](url)`, other links (relative, `javascript:`) keep only their label.
import { linkUrl } from './linkUrl'

/** Reference definitions (`[ref]: url`), keyed by lower-cased label. */
export type LinkReferences = ReadonlyMap<string, string>

const OPEN = '\ue000'
const CLOSE = '\ue001'
const PLACEHOLDER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g')

const IMAGE = /!\[([^\]]{0,1000})\](?:\([^)]{0,2000}\)|\[[^\]]{0,1000}\])/g
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]+)>/gi
const EMAIL_AUTOLINK = /<([^\s<>@]+@[^\s<>@]+\.[a-z]{2,})>/gi
/** `[label](url "title")`; the url may hold one level of balanced parentheses, as Wikipedia links do. */
const INLINE_LINK =
  /\[([^\]]{0,1000})\]\(\s*(?:<([^<>]{0,2000})>|((?:[^\s()]|\([^\s()]{0,2000}\)){0,2000}))(?:\s+(?:"[^"]{0,1000}"|'[^']{0,1000}'|\([^)]{0,1000}\)))?\s*\)/g
const REFERENCE_LINK = /\[([^\]]{1,1000})\](?:\[([^\]]{0,1000})\])?/g

// Spans are bounded (1,000 characters) so that a line full of unmatched markers costs linear, not quadratic, time.
const EMPHASIS: ReadonlyArray<[RegExp, string]> = [
  [/(?<!\\)`+([^`]{1,1000}?)`+/g, '$1'],
  [/(?<!\\)\*\*(?=\S)(.{1,1000}?)(?<=\S)\*\*/g, '$1'],
  [/(?<![\p{L}\p{N}_\\])__(?=\S)(.{1,1000}?)(?<=\S)__(?![\p{L}\p{N}_])/gu, '$1'],
  [/(?<![\\*])\*(?=[^\s*])(.{1,1000}?)(?<=[^\s*\\])\*(?!\*)/g, '$1'],
  [/(?<![\p{L}\p{N}_\\])_(?=[^\s_])(.{1,1000}?)(?<=[^\s_\\])_(?![\p{L}\p{N}_])/gu, '$1'],
  [/(?<!\\)~~(?=\S)(.{1,1000}?)(?<=\S)~~/g, '$1'],
]

const ESCAPE = /\\([!-/:-@[-`{-~])/g

/** Converts one line of inline Markdown. */
export function markdownInline(text: string, references: LinkReferences): string {
  const links: string[] = []
  const keep = (label: string, url: string | undefined): string => {
    const plain = stripEmphasis(label)
    const href = linkUrl(url)
    if (href === null) return plain
    links.push(`[${plain.trim() || href}](${href})`)
    return `${OPEN}${links.length - 1}${CLOSE}`
  }
  const protectedText = text
    .replace(new RegExp(`[${OPEN}${CLOSE}]`, 'g'), '')
    .replace(IMAGE, '$1')
    // Inline links before autolinks: `[label](<https://…>)` has an autolink-shaped destination.
    .replace(INLINE_LINK, (_m, label: string, angled?: string, bare?: string) => keep(label, angled ?? bare))
    .replace(AUTOLINK, (_m, url: string) => keep(url, url))
    .replace(EMAIL_AUTOLINK, (_m, email: string) => keep(email, `mailto:${email}`))
    .replace(REFERENCE_LINK, (match, label: string, ref: string | undefined) => {
      const url = references.get((ref || label).trim().toLowerCase())
      return url === undefined ? match : keep(label, url)
    })
  return stripEmphasis(protectedText).replace(PLACEHOLDER, (_m, i: string) => links[Number(i)] ?? '')
}

function stripEmphasis(text: string): string {
  let out = text
  for (const [pattern, replacement] of EMPHASIS) out = out.replace(pattern, replacement)
  return out.replace(ESCAPE, '$1')
}
