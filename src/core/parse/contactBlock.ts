// The contact block at the end of case studies: a name, then `Official title/organization` and the
// title, `Email`, `City website` and the (often broken) URL.
import { isBoilerplate } from '../clean/boilerplate'
import { isUrlLine, repairUrl } from '../clean/urls'
import type { Contact } from '../model'
import type { ProfileBuilder } from './builder'
import { looksLikePersonName } from './person'
import { withoutMarker, type Piece } from './pieces'
import { foldKey } from '../clean/fold'

type Field = 'title' | 'email' | 'website' | 'other'

const LABELS: ReadonlyArray<[RegExp, Field]> = [
  [/^(official )?(title|position|function)( ?\/ ?organi[sz]ation)?$|^organi[sz]ation$/, 'title'],
  [/^e-?mail( address)?$/, 'email'],
  [/^(city |official )?(website|web site|web|url|homepage)$/, 'website'],
  [/^(address|postal address|phone|telephone|tel|fax|mobile)$/, 'other'],
]

function contactLabel(text: string): { field: Field; label: string; inline: string | null } | null {
  const [head, ...rest] = text.split(':')
  const key = foldKey(head ?? '').replace(/[.]$/, '')
  const hit = LABELS.find(([r]) => r.test(key))
  if (!hit) return null
  const inline = rest.join(':').trim()
  return { field: hit[1], label: (head ?? '').trim(), inline: inline || null }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i

export const isContactHeading = (text: string): boolean =>
  /^(\d{1,2}[.)]\s*)?contacts?( information| details| person)?:?$/i.test(text.trim())

/** Reads the pieces after a `Contact` heading. */
export function readContactBlock(pieces: readonly Piece[], b: ProfileBuilder): void {
  let current = -1
  let pending: { field: Field; label: string } | null = null
  const put = (piece: Piece, field: Field, label: string, value: string): void => {
    if (field === 'website' || (field !== 'email' && isUrlLine(value))) {
      return b.link(piece, { label: label || 'Website', url: repairUrl(value) })
    }
    if (field === 'email' && current >= 0)
      return b.contactPart(piece, current, { email: value.replace(/^mailto:/i, '') })
    if (field === 'title' && current >= 0) return b.contactPart(piece, current, { title: value })
    b.unassign(piece, label ? `${label}: ${value}` : value)
  }
  for (const piece of pieces) {
    const text = piece.text
    if (isBoilerplate(text)) {
      b.boiler(piece)
      continue
    }
    const label = contactLabel(text)
    if (label) {
      if (label.inline) put(piece, label.field, label.label, label.inline)
      else {
        b.label(piece, 'contact')
        pending = label
      }
      continue
    }
    if (pending) {
      put(piece, pending.field, pending.label, text)
      pending = null
      continue
    }
    if (EMAIL.test(text) && current >= 0) b.contactPart(piece, current, { email: text })
    else if (isUrlLine(text)) b.link(piece, { label: 'Website', url: repairUrl(text) })
    else if (looksLikePersonName(text))
      current = b.contact(piece, { role: 'contact', name: text, title: null, email: null })
    else b.unassign(piece)
  }
}

/** The heading of a list of links: `Links`, `Useful links`, `Websites`. */
export const isLinksHeading = (text: string): boolean =>
  /^(useful |further |external |more )?(links|websites?|web links|online resources)$/i.test(text.trim())

/** A role as written before a colon: a few words of letters (`Mayor`, `Focal point`, `UNESCO focal point`). */
const ROLE = /^[\p{L}][\p{L}\p{M}’' -]{0,39}$/u
/** The email at the end of a contact line: a mail link (`[a@b.org](mailto:a@b.org)`), `<a@b>` or bare. */
const TRAILING_EMAIL =
  /\s*(?:\[[^\]]*\]\(mailto:([^()\s]+)\)|<([^\s<>@]+@[^\s<>@]+)>|([^\s<>@]+@[^\s<>@]+\.[a-z]{2,}))$/i

/**
 * One line of a list of contacts (`- Mayor: Jane Doe, Mayor of Espoo <jane@espoo.fi>`, the form the Markdown export
 * writes under `## Contacts`): the role, the name, the title after the first comma, a trailing email. The role
 * keeps its case, except a capital that only starts a sentence (`Mayor` → `mayor`; `UNESCO …` stays).
 */
export function contactLine(text: string): Contact | null {
  const m = /^([^:]+):\s+(.+)$/.exec(withoutMarker(text))
  if (!m || !ROLE.test(m[1]!.trim())) return null
  const role = m[1]!.trim().replace(/^(\p{Lu})(?=\p{Ll})/u, (c) => c.toLowerCase())
  let rest = m[2]!.trim()
  const mail = TRAILING_EMAIL.exec(rest)
  const email = mail ? (mail[1] ?? mail[2] ?? mail[3])!.replace(/^mailto:/i, '') : null
  if (mail) rest = rest.slice(0, mail.index).trim()
  const comma = rest.indexOf(', ')
  const name = (comma < 0 ? rest : rest.slice(0, comma)).trim()
  const title = comma < 0 ? null : rest.slice(comma + 2).trim() || null
  if (!name || /[\d@]/.test(name) || name.split(/\s+/).length > 10) return null
  return { role, name, title, email }
}
