// YAML front matter at the top of a Markdown file. It is not shown as text, but a profile's front matter often holds
// its identity (`city: Changzhou`), so each top-level scalar `key: value` becomes a `Key: value` line that the
// parsers can read as a labelled field. Nested blocks and lists under a key are dropped: profiles do not use them,
// and a YAML parser is not worth its weight here.

const OPEN = /^---\s*$/
const CLOSE = /^(?:---|\.\.\.)\s*$/
const SCALAR = /^([A-Za-z_][\w -]*?)\s*:\s+(\S.*)$/

/** Splits off front matter: the label lines it yields and the index of the first body line. */
export function frontMatter(lines: readonly string[]): { fields: string[]; bodyStart: number } {
  if (lines.length === 0 || !OPEN.test(lines[0]!)) return { fields: [], bodyStart: 0 }
  const end = lines.findIndex((line, i) => i > 0 && CLOSE.test(line))
  if (end < 0) return { fields: [], bodyStart: 0 }
  const fields: string[] = []
  for (const line of lines.slice(1, end)) {
    const match = SCALAR.exec(line)
    if (!match) continue
    const value = unquote(match[2]!.trim())
    if (value !== '') fields.push(`${label(match[1]!)}: ${value}`)
  }
  return { fields, bodyStart: end + 1 }
}

function label(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value)
  if (quoted) return quoted[2]!
  const flow = /^\[(.*)\]$/.exec(value)
  if (flow)
    return flow[1]!
      .split(',')
      .map((item) => unquote(item.trim()))
      .join(', ')
  return value.replace(/\s+#.*$/, '')
}
