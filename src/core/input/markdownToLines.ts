// Markdown to Markdown-ish lines, the common input of all parsers. One source line gives at most one output line:
// soft-wrapped paragraph lines are NOT joined, because pasted profiles put a label and its value on consecutive
// lines, and joining them would glue the two together.
import { frontMatter } from './markdownFrontMatter'
import { type LinkReferences, markdownInline } from './markdownInline'
import { normaliseLine } from './plainToLines'
import { stripTags } from './stripTags'

const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+["'(].*)?$/
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const BULLET = /^\s*[-*+][ \t]+(.*)$/
const NUMBERED = /^\s*(\d{1,9})[.)][ \t]+(.*)$/
const QUOTE = /^\s{0,3}>[ \t]?/

/** Converts Markdown to lines. Never throws. */
export function markdownToLines(md: string): string[] {
  const source = stripTags(md.replace(/<br\s*\/?>/gi, '\n')).split(LINE_BREAK)
  const { fields, bodyStart } = frontMatter(source)
  const body = source.slice(bodyStart)
  const references = collectDefinitions(body)
  const out: string[] = fields.length > 0 ? [...fields, ''] : []
  let fence: string | null = null
  let paragraphBefore = false
  for (const raw of body) {
    const opener = FENCE.exec(raw)?.[1]
    if (fence !== null) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length && raw.trim() === opener)
        fence = null
      else out.push(normaliseLine(raw))
      paragraphBefore = false
      continue
    }
    if (opener) {
      fence = opener
      continue
    }
    const line = raw.replace(QUOTE, '').replace(QUOTE, '')
    const setext = SETEXT.exec(line)
    if (setext && paragraphBefore) {
      out[out.length - 1] = `${setext[1]!.startsWith('=') ? '#' : '##'} ${out[out.length - 1]}`
      paragraphBefore = false
      continue
    }
    const converted = convertLine(line, references)
    paragraphBefore = converted !== null && converted.kind === 'paragraph'
    if (converted !== null) out.push(converted.text)
  }
  return withoutExtraBlanks(out)
}

/** Keeps single blank lines between blocks, none at either end. */
function withoutExtraBlanks(lines: readonly string[]): string[] {
  const out = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''))
  while (out[0] === '') out.shift()
  while (out[out.length - 1] === '') out.pop()
  return out
}

type Converted = { kind: 'paragraph' | 'other'; text: string }

/** One body line; null for lines that carry no text (definitions, table rules). */
function convertLine(line: string, references: LinkReferences): Converted | null {
  const inline = (text: string): string => normaliseLine(markdownInline(text, references))
  if (DEFINITION.test(line) || isTableRule(line)) return null
  if (line.trim() === '' || THEMATIC_BREAK.test(line)) return { kind: 'other', text: '' }
  const atx = ATX.exec(line)
  if (atx) {
    const text = inline(atx[2] ?? '')
    return { kind: 'other', text: text === '' ? '' : `${atx[1]} ${text}` }
  }
  const bullet = BULLET.exec(line)
  if (bullet) return { kind: 'other', text: item('- ', inline(bullet[1]!)) }
  const numbered = NUMBERED.exec(line)
  if (numbered) return { kind: 'other', text: item(`${Number(numbered[1])}. `, inline(numbered[2]!)) }
  if (/^\s*\|/.test(line)) return { kind: 'other', text: tableRow(line, inline) }
  const text = inline(line)
  return { kind: text === '' ? 'other' : 'paragraph', text }
}

function item(marker: string, text: string): string {
  return text === '' ? '' : marker + text
}

/** The `|---|:--:|` line under a table header. */
function isTableRule(line: string): boolean {
  return /^[\s|:-]*$/.test(line) && line.includes('|') && line.includes('-')
}

/** `| a | b |` → `a | b`, the table row form the HTML adapter also writes. */
function tableRow(line: string, inline: (text: string) => string): string {
  const cells = line
    .trim()
    .replace(/^\||(?<!\\)\|$/g, '')
    .split(/(?<!\\)\|/)
  return cells.map((cell) => inline(cell)).join(' | ')
}

function collectDefinitions(lines: readonly string[]): Map<string, string> {
  const references = new Map<string, string>()
  for (const line of lines) {
    const match = DEFINITION.exec(line)
    if (match) references.set(match[1]!.trim().toLowerCase(), match[2]!)
  }
  return references
}
