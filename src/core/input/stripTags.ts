// Removes HTML markup that survives as text: raw HTML inside Markdown, and double-encoded HTML from a CMS
// (`&lt;p&gt;Text&lt;/p&gt;` decodes to `<p>Text</p>`). The tags go, their text stays, except the contents of
// elements that are never text (scripts, styles), so that no adapter hands executable content to a parser.

const NEVER_TEXT_OPEN = /<(script|style|noscript|template|iframe|object|svg|canvas)\b[^<>]*>/gi
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
/** A start or end tag (`<p>`, `</a>`, `<o:p>`, `<br/>`), a doctype or a processing instruction; not `a < b`. */
const TAG = /<\/?[a-z][a-z0-9:-]*(?:\s[^<>]*)?\/?>|<![a-z][^<>]*>|<\?[^<>]*\?>/gi

/** Removes tags, comments and never-text elements from `text`, which may span several lines. */
export function stripTags(text: string): string {
  if (!text.includes('<')) return text
  // Removing one tag can join the text around it into another (`<<b>script>` leaves `<script>`): strip again
  // until nothing changes. Deeper nesting than any page has is adversarial; its tag openers are dropped.
  let out = text
  for (let pass = 0, prev = ''; prev !== out; pass++) {
    if (pass === MAX_PASSES) return out.replace(TAG_OPENER, '')
    prev = out
    out = withoutNeverText(out.replace(COMMENT, '')).replace(TAG, '')
  }
  return out
}

const MAX_PASSES = 16
/** The `<` (with any run of them before it) of anything TAG could match, however the rest is nested. */
const TAG_OPENER = /<+(?=[a-z/!?])/gi

/**
 * Cuts each never-text element with its content. An element left open runs to the end, as in a browser. A loop
 * rather than one lazy regex, so that many unclosed openers cost linear time, not quadratic.
 */
function withoutNeverText(text: string): string {
  const opener = new RegExp(NEVER_TEXT_OPEN.source, 'gi')
  let out = ''
  let from = 0
  for (let open = opener.exec(text); open; open = opener.exec(text)) {
    out += text.slice(from, open.index)
    const closer = new RegExp(`</${open[1]}\\s*>`, 'gi')
    closer.lastIndex = opener.lastIndex
    const close = closer.exec(text)
    if (!close) return out
    from = closer.lastIndex
    opener.lastIndex = from
  }
  return out + text.slice(from)
}
