// The one rule for which links survive into lines: web and mail links only, never `javascript:`, `data:` or
// relative links (which mean nothing outside their site). Characters that would end `(url)` early are escaped.

/** The URL to write in `[label](url)`, or null when the link should keep only its label. */
export function linkUrl(raw: string | null | undefined): string | null {
  // Browsers ignore tabs and line breaks inside URLs; so do we.
  const url = (raw ?? '').replace(/[\t\n\r]/g, '').trim()
  if (!/^(?:https?:\/\/[^\s/]|mailto:\S)/i.test(url)) return null
  return url.replace(/[\s()<>[\]]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)))
}

/**
 * Link syntax that text brings along (`[x](javascript:…)` in a page's prose, `\[x\](data:…)` unescaped from
 * Markdown, `<vbscript:…>`) would become a live link wherever lines are rendered as Markdown. The syntax is broken
 * (a space after `]`, autolink brackets dropped) and the text kept. A destination counts as unsafe when it has a
 * scheme or an entity (`&#106;avascript:`) and is not a web or mail link; relative links are harmless.
 */
const UNSAFE_LINK = /\](\(|:)(\s*<?)(?!https?:\/\/|mailto:)(?=[^\s)/]*[:&])/gi
const UNSAFE_AUTOLINK = /<(?!https?:|mailto:)([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi

export function defuseLinks(line: string): string {
  if (!line.includes(']') && !line.includes('<')) return line
  const defused = line.replace(UNSAFE_LINK, '] $1$2')
  // Dropping one pair of brackets can join the next pair around the same scheme (`<<javascript:x>>`): repeat until
  // none is left. Each pass removes two characters, so this ends.
  let out = defused
  for (let prev = ''; prev !== out;) out = (prev = out).replace(UNSAFE_AUTOLINK, '$1')
  return out
}
