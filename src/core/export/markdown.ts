// Markdown: one readable document per profile (identity, headline, a table of the metrics, the sections, contacts
// and links) under markdown/, and an index that lists and links them all, by country and city.
import { foldKey } from '../clean/fold'
import { formatMetric } from '../metrics/formatMetric'
import { METRIC_CATALOGUE, type Profile } from '../model'
import type { ExportFile } from './exportFile'

export const MARKDOWN_DIR = 'markdown'

/** Text put inside a table cell: no line breaks, pipes escaped. */
const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')

/** Text that must stay text: no emphasis, code, link, image, autolink or raw HTML (`<script>`, `onerror=`). */
const escapeMarkup = (text: string): string => text.replace(/([\\`*_[\]<>!&])/g, '\\$1')

/** Text put on a line of its own that must not turn into markup (a heading, a list item). */
const inline = (text: string): string => escapeMarkup(text).replace(/^([#+-]|\d+\.)(\s)/, '\\$1$2')

/**
 * A section body keeps the model's Markdown subset (bullets, numbered items, `###` sub-headings: what the editor
 * shows) and nothing else: the text after each line's marker is escaped, so HTML and links in it stay text.
 */
const BODY_MARKER = /^(\s*(?:#{1,6}\s+|[-*•]\s+|\d+[.)]\s+)?)(.*)$/
const body = (text: string): string =>
  text
    .split('\n')
    .map((line) =>
      line.replace(BODY_MARKER, (_, marker: string, rest: string) => marker + escapeMarkup(rest)),
    )
    .join('\n')

/** Only web and mail addresses become links; anything else (`javascript:`, `data:`) is written as text. */
const isWebOrMail = (url: string): boolean => /^(https?:\/\/|mailto:)[^\s<>]+$/i.test(url)
const isEmail = (email: string): boolean => /^[^\s<>@\\]+@[^\s<>@\\]+$/.test(email)

const ORIGIN_NOTE: Record<string, string> = {
  source: 'from the source',
  manual: 'typed by the curator',
  suggested: 'suggested from the text',
  derived: 'derived',
  reference: 'from a reference table',
}

function slug(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/** A file name per profile, unique and stable: the id made safe for every file system, then the city. */
export function markdownNames(profiles: readonly Profile[]): Map<string, string> {
  const names = new Map<string, string>()
  const used = new Set<string>(['index.md'])
  for (const p of profiles) {
    const base = [p.id.replace(/[^A-Za-z0-9_-]+/g, '_'), slug(p.city)].filter(Boolean).join('-')
    let name = `${base}.md`
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.md`
    used.add(name.toLowerCase())
    names.set(p.id, name)
  }
  return names
}

const title = (p: Profile): string => [p.city, p.country].filter(Boolean).join(', ') || p.id

export function profileMarkdown(p: Profile): string {
  const out: string[] = [`# ${inline(title(p))}`, '']
  if (p.headline) out.push(`*${inline(p.headline)}*`, '')
  out.push('| Metric | Value | Origin |', '| --- | --- | --- |')
  for (const def of METRIC_CATALOGUE) {
    const m = p.metrics[def.key]
    const origin = m ? (ORIGIN_NOTE[m.origin] ?? m.origin) : ''
    out.push(`| ${cell(def.label)} | ${cell(formatMetric(m))} | ${origin} |`)
  }
  out.push('')
  for (const s of p.sections) {
    if (s.heading) out.push(`## ${inline(s.heading)}`, '')
    out.push(body(s.body), '')
  }
  if (p.contacts.length > 0) {
    out.push('## Contacts', '')
    for (const c of p.contacts) {
      const who = [c.name, c.title]
        .filter(Boolean)
        .map((t) => inline(t!))
        .join(', ')
      out.push(
        `- ${inline(c.role[0]!.toUpperCase() + c.role.slice(1))}: ${who}${c.email ? ` ${isEmail(c.email) ? `<${c.email}>` : inline(c.email)}` : ''}`,
      )
    }
    out.push('')
  }
  if (p.links.length > 0) {
    out.push('## Links', '')
    for (const l of p.links) {
      if (isWebOrMail(l.url)) out.push(`- [${inline(l.label || l.url)}](<${l.url}>)`)
      else out.push(`- ${inline(l.label ? `${l.label}: ${l.url}` : l.url)}`)
    }
    out.push('')
  }
  const source = p.source.file ? ` · source ${inline(p.source.file)} (${p.source.layout})` : ''
  out.push('---', '', `Profile ${inline(p.id)} · ${p.status}${source}`, '')
  return out.join('\n')
}

function indexMarkdown(profiles: readonly Profile[], names: Map<string, string>): string {
  const sorted = [...profiles].sort(
    (a, b) =>
      foldKey(a.country).localeCompare(foldKey(b.country)) ||
      foldKey(a.city).localeCompare(foldKey(b.city)) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  const out = [
    '# Learning city profiles',
    '',
    `${profiles.length} profile${profiles.length === 1 ? '' : 's'}, by country and city.`,
    '',
    '| City | Country | Status | Metrics known |',
    '| --- | --- | --- | --- |',
  ]
  for (const p of sorted) {
    const known = METRIC_CATALOGUE.filter((d) => p.metrics[d.key] !== null).length
    const link = `[${cell(inline(p.city || p.id))}](<${names.get(p.id)}>)`
    out.push(
      `| ${link} | ${cell(inline(p.country))} | ${p.status} | ${known} of ${METRIC_CATALOGUE.length} |`,
    )
  }
  out.push('')
  return out.join('\n')
}

export function markdownFiles(profiles: readonly Profile[]): ExportFile[] {
  const names = markdownNames(profiles)
  return [
    { path: `${MARKDOWN_DIR}/index.md`, chunks: () => [indexMarkdown(profiles, names)] },
    ...profiles.map((p) => ({
      path: `${MARKDOWN_DIR}/${names.get(p.id)!}`,
      chunks: () => [profileMarkdown(p)],
    })),
  ]
}
